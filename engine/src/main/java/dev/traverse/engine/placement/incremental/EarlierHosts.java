package dev.traverse.engine.placement.incremental;

import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a previous result put each replica of a new run, as a host of the new problem: matched by workload name and
 * replica number, and by qualified host name ({@code cluster/node-3}). A daemon's replicas are numbered after the
 * sites that can host it, so a new site renumbers them: they are matched by the site they serve instead.
 */
final class EarlierHosts {

    private EarlierHosts() {
    }

    /** Per replica, its host in the previous result if that host still exists, else -1. */
    static int[] of(PlacementResult previous, Problem problem, List<Replica> replicas) {
        int[] out = new int[replicas.size()];
        Arrays.fill(out, PlacementState.UNPLACED);
        if (previous.assignments().isEmpty()) {
            return out;
        }
        String[] names = problem.hostNames();
        Map<String, Integer> hostByName = new HashMap<>(names.length * 2);
        for (int h = 0; h < names.length; h++) {
            hostByName.put(names[h], h);
        }
        Map<String, int[]> byWorkload = new HashMap<>();
        for (Assignment a : previous.assignments()) {
            Integer host = hostByName.get(a.node());
            if (host != null && a.replica() >= 0) {
                int[] hosts = byWorkload.get(a.workload());
                if (hosts == null || hosts.length <= a.replica()) {
                    hosts = widened(hosts, a.replica() + 1);
                    byWorkload.put(a.workload(), hosts);
                }
                hosts[a.replica()] = host;
            }
        }
        for (int i = 0; i < out.length; i++) {
            Replica r = replicas.get(i);
            int[] hosts = byWorkload.get(problem.demands().get(r.demand()).name());
            if (hosts != null) {
                out[i] = r.site() >= 0 ? inSite(problem, hosts, r.site())
                        : r.ordinal() < hosts.length ? hosts[r.ordinal()] : PlacementState.UNPLACED;
            }
        }
        return out;
    }

    /** Room for at least {@code size} replica numbers, the new ones without a host. */
    private static int[] widened(int[] hosts, int size) {
        int old = hosts == null ? 0 : hosts.length;
        int[] out = hosts == null ? new int[Math.max(size, 4)] : Arrays.copyOf(hosts, Math.max(size, old * 2));
        Arrays.fill(out, old, out.length, PlacementState.UNPLACED);
        return out;
    }

    /** The workload's earlier host in the site, or -1. */
    private static int inSite(Problem problem, int[] hosts, int site) {
        for (int host : hosts) {
            if (host != PlacementState.UNPLACED && problem.groupOf(host).siteIndex() == site) {
                return host;
            }
        }
        return PlacementState.UNPLACED;
    }
}
