package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;

/**
 * Objective {@code resilience}, a fraction from 0 to 1: the share of the workload's replicas already in the host's
 * zone, so replicas spread over zones and losing one zone loses fewer of them. Zones fall back to the cluster (and a
 * site's devices) where nodes state none. Single-replica workloads have nothing to spread and score 0.
 */
public final class ResilienceScorer implements Scorer {

    public static final String NAME = "Resilience";
    public static final String OBJECTIVE = "resilience";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String objective() {
        return OBJECTIVE;
    }

    /** The change of the pairs of replicas of a workload sharing a zone, over its replica count. */
    @Override
    public boolean isMarginal() {
        return true;
    }

    @Override
    public void requestCounts(Problem problem, CountRequests requests) {
        for (Demand d : problem.demands()) {
            if (d.workload().replicas() > 1) {
                requests.track(d.index(), TopologyKey.ZONE);
            }
        }
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        int replicas = state.demandOf(replica).workload().replicas();
        if (replicas <= 1) {
            return 0;
        }
        int zone = state.problem().domain(TopologyKey.ZONE, host);
        return (double) state.count(replica.demand(), TopologyKey.ZONE, zone) / replicas;
    }

    /** Every other replica in the same zone. */
    @Override
    public double scale(Problem problem) {
        return 1;
    }
}
