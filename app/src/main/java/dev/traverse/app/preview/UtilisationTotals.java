package dev.traverse.app.preview;

import dev.traverse.canvas.overlay.Utilisation;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.placement.PlacementResult.HostUsage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up the hosts' cpu, memory and gpu, used and offered, per element: each pool or device group over its members,
 * and each cluster and site over what it holds, so a container drawn as a summary tile can show how full it is. One
 * pass over the hosts and one over the elements. Not thread-safe: one per build.
 */
final class UtilisationTotals {

    private static final String[] RESOURCES = {Resources.CPU, Resources.MEMORY, Resources.GPU};

    private final TopologyIndex index;
    private final Amounts amounts = new Amounts();
    /** Per element: used and capacity of each resource, interleaved. */
    private final Map<String, double[]> totals = new LinkedHashMap<>();

    UtilisationTotals(TopologyIndex index) {
        this.index = index;
    }

    /** Adds every host of a result to its element and the element's cluster and site. */
    UtilisationTotals addAll(List<HostUsage> hosts) {
        Map<String, double[]> leaves = new HashMap<>();
        for (HostUsage host : hosts) {
            String element = index.elementOfHost(host.node());
            if (element != null) {
                add(leaves.computeIfAbsent(element, e -> new double[RESOURCES.length * 2]), host);
            }
        }
        // Roll leaves up into their containers in file order, so the map iterates like the topology.
        for (String element : index.elementIds()) {
            double[] leaf = leaves.get(element);
            if (leaf == null) {
                continue;
            }
            for (String id = element; id != null; id = index.parentOf(id)) {
                double[] sum = totals.computeIfAbsent(id, e -> new double[RESOURCES.length * 2]);
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += leaf[i];
                }
            }
        }
        return this;
    }

    private void add(double[] sum, HostUsage host) {
        for (int r = 0; r < RESOURCES.length; r++) {
            String resource = RESOURCES[r];
            sum[2 * r] += amounts.of(host.used(), resource);
            sum[2 * r + 1] += amounts.of(host.capacity(), resource);
        }
    }

    /** Utilisation per element: NaN for a resource no member offers. */
    Map<String, Utilisation> utilisation() {
        Map<String, Utilisation> out = new HashMap<>(totals.size() * 2);
        totals.forEach((element, sum) -> out.put(element,
                new Utilisation(fraction(sum, 0), fraction(sum, 1), fraction(sum, 2))));
        return out;
    }

    private static double fraction(double[] sum, int resource) {
        double used = sum[2 * resource];
        double capacity = sum[2 * resource + 1];
        if (capacity <= 0) {
            // A stated capacity of 0 with nothing used is simply not offered; anything used on it is over-full.
            return used > 0 ? 1 : Double.NaN;
        }
        return Math.min(1, used / capacity);
    }
}
