package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;

/**
 * Objective {@code balance}: over the hosts in use, the sum of the square of each host's dominant utilisation, the
 * largest of used over capacity among the resources it has (more than 1 when over-committed). Squaring makes one hot
 * host cost more than two half-full ones, so load spreads evenly and hosts keep headroom; the sum depends on where
 * replicas run, not on the order they were placed in. A replica adds the change it makes to its host's square.
 */
public final class BalanceScorer implements Scorer {

    public static final String NAME = "Balance";
    public static final String OBJECTIVE = "balance";

    /** 1/capacity per group and dimension, 0 where the group has none: scoring runs for every candidate host. */
    private final RunCache<Problem, double[][]> inverseCapacity = new RunCache<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String objective() {
        return OBJECTIVE;
    }

    /** The change of the sum of squares. */
    @Override
    public boolean isMarginal() {
        return true;
    }

    @Override
    public boolean addsSquaredUtilisation() {
        return true;
    }

    /** A replica may fit under a resource another already fills further, and change nothing. */
    @Override
    public double minDelta(Problem problem, int demand, int group) {
        return 0;
    }

    /** On an empty member, the square of the replica's own dominant share of it. */
    @Override
    public double minDeltaOnEmpty(Problem problem, int demand, int group) {
        double[] inverse = inverseCapacity.get(problem, BalanceScorer::inverses)[group];
        long[] request = problem.demands().get(demand).request();
        double dominant = 0;
        for (int i = 0; i < inverse.length; i++) {
            dominant = Math.max(dominant, request[i] * inverse[i]);
        }
        return dominant * dominant;
    }

    /** Its bounds read the request only. */
    @Override
    public Object minDeltaKey(Problem problem, int demand) {
        return java.nio.LongBuffer.wrap(problem.demands().get(demand).request()); // equal by content
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        Problem problem = state.problem();
        double[] inverse = inverseCapacity.get(problem, BalanceScorer::inverses)[problem.hostGroup()[host]];
        long[] request = state.demandOf(replica).request();
        double before = 0;
        double after = 0;
        for (int i = 0; i < inverse.length; i++) {
            if (inverse[i] > 0) {
                long used = state.used(host, i);
                before = Math.max(before, used * inverse[i]);
                after = Math.max(after, (used + request[i]) * inverse[i]);
            }
        }
        return after * after - before * before;
    }

    /** A full host. */
    @Override
    public double scale(Problem problem) {
        return 1;
    }

    private static double[][] inverses(Problem problem) {
        double[][] out = new double[problem.groups().size()][];
        for (int g = 0; g < out.length; g++) {
            long[] capacity = problem.groups().get(g).capacity();
            out[g] = new double[capacity.length];
            for (int i = 0; i < capacity.length; i++) {
                out[g][i] = capacity[i] > 0 ? 1.0 / capacity[i] : 0;
            }
        }
        return out;
    }
}
