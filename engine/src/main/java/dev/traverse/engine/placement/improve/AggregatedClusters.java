package dev.traverse.engine.placement.improve;

import dev.traverse.engine.model.ReplicaDivision;
import dev.traverse.engine.model.ReplicaScheduling;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Problem;

/**
 * Karmada's Aggregated division keeps a workload in as few clusters as fit it: the construction fills the clusters a
 * workload already uses before it opens another. A move keeps that: a replica of such a workload goes only to its
 * own cluster or one its workload already uses (each site's devices count as one cluster). Counts replicas per
 * cluster for those workloads only.
 */
final class AggregatedClusters implements PlacementListener {

    private final PlacementState state;
    private final Problem problem;
    /** Per demand, replicas per cluster domain; null for workloads not divided Aggregated. */
    private final int[][] perCluster;

    AggregatedClusters(PlacementState state) {
        this.state = state;
        this.problem = state.problem();
        perCluster = new int[problem.demands().size()][];
        int clusters = problem.domainCount(TopologyKey.CLUSTER);
        boolean any = false;
        for (int d = 0; d < perCluster.length; d++) {
            ReplicaScheduling s = problem.demands().get(d).workload().replicaScheduling();
            if (s != null && s.division() == ReplicaDivision.AGGREGATED) {
                perCluster[d] = new int[clusters];
                any = true;
            }
        }
        for (int r = 0; any && r < state.replicas().size(); r++) {
            int host = state.hostOf(r);
            if (host != PlacementState.UNPLACED) {
                added(r, host);
            }
        }
    }

    /**
     * Whether the replica, now off its host (or never placed: {@code from} is {@link PlacementState#UNPLACED}), may
     * go to the host without its workload using one more cluster.
     */
    boolean allows(int replica, int from, int to) {
        int[] counts = perCluster[state.replica(replica).demand()];
        if (counts == null) {
            return true;
        }
        int cluster = problem.domain(TopologyKey.CLUSTER, to);
        boolean stays = from != PlacementState.UNPLACED && problem.domain(TopologyKey.CLUSTER, from) == cluster;
        return stays || counts[cluster] > 0 || state.placedCount(state.replica(replica).demand()) == 0;
    }

    @Override
    public void added(int replica, int host) {
        count(replica, host, 1);
    }

    @Override
    public void removed(int replica, int host) {
        count(replica, host, -1);
    }

    private void count(int replica, int host, int sign) {
        int[] counts = perCluster[state.replica(replica).demand()];
        if (counts != null) {
            counts[problem.domain(TopologyKey.CLUSTER, host)] += sign;
        }
    }
}
