package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.bound.UtilisationBound;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;

/**
 * Objective {@code balance}, a fraction from 0 to 1 (more when over-committed): the host's dominant utilisation once
 * the replica is on it, the largest of used-plus-request over capacity among the resources the host has. Emptier
 * hosts score lower, so load spreads evenly.
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

    /** See {@link UtilisationBound}: each replica's own share, and more where replicas must share hosts. */
    @Override
    public double lowerBound(PlacedReplicas placed) {
        return UtilisationBound.of(placed);
    }

    @Override
    public boolean addsDominantUtilisation() {
        return true;
    }

    /** At best the member is empty: the replica's own dominant share of it. */
    @Override
    public double minDelta(Problem problem, int demand, int group) {
        double[] inverse = inverseCapacity.get(problem, BalanceScorer::inverses)[group];
        long[] request = problem.demands().get(demand).request();
        double dominant = 0;
        for (int i = 0; i < inverse.length; i++) {
            dominant = Math.max(dominant, request[i] * inverse[i]);
        }
        return dominant;
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
        double dominant = 0;
        for (int i = 0; i < inverse.length; i++) {
            if (inverse[i] > 0) {
                dominant = Math.max(dominant, (state.used(host, i) + request[i]) * inverse[i]);
            }
        }
        return dominant;
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
