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

    /** Per latency source, the nearest member of each group, built on first use in a run. */
    private final RunCache<Problem, double[][]> nearestMember = new RunCache<>();
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

    /** The nearest member of the group. */
    @Override
    public double minDelta(Problem problem, int demand, int group) {
        Demand d = problem.demands().get(demand);
        if (d.latencySource() < 0) {
            return 0;
        }
        double[][] bySource = nearestMember.get(problem, p -> new double[p.latency().size()][]);
        double[] nearest = bySource[d.latencySource()];
        if (nearest == null) {
            nearest = nearestMembers(problem, d);
            bySource[d.latencySource()] = nearest;
        }
        return nearest[group];
    }

    /** Per group, its member nearest to the demand's data source: many workloads share a source. */
    private static double[] nearestMembers(Problem problem, Demand d) {
        double[] out = new double[problem.groups().size()];
        for (var g : problem.groups()) {
            double best = UNREACHABLE_MS;
            for (int h = g.firstHost(); h < g.lastHostExclusive(); h++) {
                double ms = problem.latencyToHost(d, h);
                best = Math.min(best, Double.isInfinite(ms) ? UNREACHABLE_MS : ms);
            }
            out[g.index()] = best;
        }
        return out;
    }

    /** Its bounds read the data source only. */
    @Override
    public Object boundKey(Problem problem, int demand) {
        return problem.demands().get(demand).latencySource();
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
