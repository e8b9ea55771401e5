package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;

/**
 * Objective {@code latency}, in ms: how far a latency-bound replica runs from its data source. Workloads without a
 * bound state no data source, so they score 0 everywhere.
 */
public final class LatencyScorer implements Scorer {

    public static final String NAME = "Latency";
    public static final String OBJECTIVE = "latency";
    /** When no path of links joins source and host (the LatencyBound filter refuses such hosts anyway). */
    static final double UNREACHABLE_MS = 10_000;
    /** The scale when no workload has a bound: a slow wide-area round trip. */
    private static final double DEFAULT_SCALE_MS = 100;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String objective() {
        return OBJECTIVE;
    }

    /** The change of the latencies of the replicas placed. */
    @Override
    public boolean isMarginal() {
        return true;
    }

    /** The nearest host any of the groups offers. */
    @Override
    public double lowerBound(Problem problem, dev.traverse.engine.placement.problem.Demand demand,
                             java.util.BitSet groups) {
        if (demand.latencySource() < 0 || groups.isEmpty()) {
            return 0;
        }
        double best = UNREACHABLE_MS;
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            var group = problem.groups().get(g);
            for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
                best = Math.min(best, problem.latencyToHost(demand, h));
            }
        }
        return best;
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        double ms = state.problem().latencyToHost(state.demandOf(replica), host);
        return Double.isInfinite(ms) ? UNREACHABLE_MS : ms;
    }

    /** The loosest bound: no allowed host of a bounded workload lies further away. */
    @Override
    public double scale(Problem problem) {
        double max = 0;
        for (Demand d : problem.demands()) {
            if (d.workload().latency() != null) {
                max = Math.max(max, d.workload().latency().maxMs());
            }
        }
        return max > 0 ? max : DEFAULT_SCALE_MS;
    }
}
