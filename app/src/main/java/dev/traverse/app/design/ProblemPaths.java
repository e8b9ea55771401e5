package dev.traverse.app.design;

import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which element a problem is about, from the field path the reader gives it: the innermost site, cluster, node pool,
 * device group, link or workload the path goes through ({@code spec.sites[3].clusters[0].nodes[1].capacity.cpu} is
 * about the node pool {@code CLUSTER/POOL}). Ids are the canvas's: layout keys, link ids, workload names.
 * Thread-safe (no state).
 */
public final class ProblemPaths {

    private ProblemPaths() {
    }

    /** The id of the element {@code path} is about in {@code topology}, or empty when it is about none. */
    public static Optional<String> elementId(Topology topology, String path) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(path, "path");
        if (path.startsWith("layout.")) {
            return Optional.of(path.substring("layout.".length()));
        }
        Optional<String> id = Optional.empty();
        Site site = item(topology.sites(), index(path, "spec.sites["));
        if (site != null) {
            id = Optional.of(site.name());
            String rest = path.substring(path.indexOf(']') + 1);
            Cluster cluster = item(site.clusters(), index(rest, ".clusters["));
            if (cluster != null) {
                id = Optional.of(cluster.name());
                String inCluster = rest.substring(rest.indexOf(']') + 1);
                var pool = item(cluster.nodes(), index(inCluster, ".nodes["));
                if (pool != null) {
                    id = Optional.of(cluster.name() + "/" + pool.name());
                }
            }
            var device = item(site.devices(), index(rest, ".devices["));
            if (device != null) {
                id = Optional.of(site.name() + "/" + device.name());
            }
            return id;
        }
        var link = item(topology.links(), index(path, "spec.links["));
        if (link != null) {
            return Optional.of(TopologyEdits.linkId(link));
        }
        var workload = item(topology.workloads(), index(path, "spec.workloads["));
        return workload == null ? Optional.empty() : Optional.of(workload.name());
    }

    /** The index N of a path that starts {@code prefix N]}, or -1. */
    private static int index(String path, String prefix) {
        if (!path.startsWith(prefix)) {
            return -1;
        }
        int close = path.indexOf(']', prefix.length());
        if (close < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(path.substring(prefix.length(), close));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <T> T item(List<T> items, int index) {
        return index >= 0 && index < items.size() ? items.get(index) : null;
    }
}
