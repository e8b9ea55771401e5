package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.HashMap;
import java.util.Map;

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

    /** Per latency source, the latency to each group's nearest member; built as sources are asked for. */
    private final RunCache<Problem, Map<Integer, double[]>> nearest = new RunCache<>();

    /** The change of the latencies of the replicas placed. */
    @Override
    public boolean isMarginal() {
        return true;
    }

    /** Only workloads with a latency bound have a data source to be near. */
    @Override
    public boolean appliesTo(Problem problem, int demand) {
        return problem.demands().get(demand).latencySource() >= 0;
    }

    /** The group's nearest member. */
    @Override
    public double lowerBound(PlacedReplicas placed, Demand demand, int group) {
        return demand.latencySource() < 0 ? 0 : nearest(placed.problem(), demand.latencySource())[group];
    }

    /** Latency depends on the data source only. */
    @Override
    public Object boundKey(Problem problem, Demand demand) {
        return demand.latencySource();
    }

    @Override
    public void lowerBounds(PlacedReplicas placed, Demand demand, int[] groups, double[] into) {
        if (demand.latencySource() < 0) {
            java.util.Arrays.fill(into, 0);
            return;
        }
        double[] nearest = nearest(placed.problem(), demand.latencySource());
        for (int i = 0; i < groups.length; i++) {
            into[i] = nearest[groups[i]];
        }
    }

    private double[] nearest(Problem problem, int source) {
        return nearest.get(problem, p -> new HashMap<>()).computeIfAbsent(source, s -> nearestMembers(problem, s));
    }

    private static double[] nearestMembers(Problem problem, int source) {
        double[] out = new double[problem.groups().size()];
        for (HostGroup g : problem.groups()) {
            double best = UNREACHABLE_MS;
            int last = -1;
            for (int h = g.firstHost(); h < g.lastHostExclusive(); h++) {
                int endpoint = problem.hostLatency()[h];
                if (endpoint != last) {
                    best = Math.min(best, problem.latency().latency(source, endpoint));
                    last = endpoint;
                }
            }
            out[g.index()] = best;
        }
        return out;
    }

    /** The nearest member of the group. */
    @Override
    public double minDelta(Problem problem, int demand, int group) {
        int source = problem.demands().get(demand).latencySource();
        return source < 0 ? 0 : nearest(problem, source)[group];
    }

    /** Its bounds read the data source only. */
    @Override
    public Object minDeltaKey(Problem problem, int demand) {
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
