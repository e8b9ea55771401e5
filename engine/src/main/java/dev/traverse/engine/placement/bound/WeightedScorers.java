package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import java.util.List;

/** Some of a run's scorers, each with its factor (weight over scale), and which of them apply to each demand. */
final class WeightedScorers {

    private final Problem problem;
    private final List<Scorer> scorers;
    private final double[] factors;
    private final int[][] applicable;
    private final int[][] boundingReplicas;
    private final boolean[] overridesReplicaBound;

    WeightedScorers(Problem problem, List<Scorer> scorers, double[] factors) {
        this.problem = problem;
        this.scorers = scorers;
        this.factors = factors;
        this.applicable = new int[problem.demands().size()][];
        this.boundingReplicas = new int[problem.demands().size()][];
        this.overridesReplicaBound = new boolean[scorers.size()];
        for (int i = 0; i < scorers.size(); i++) {
            overridesReplicaBound[i] = overrides(scorers.get(i));
        }
    }

    /** False for scorers that keep the default per-replica bound of 0, which need not be asked for every group. */
    private static boolean overrides(Scorer scorer) {
        try {
            return scorer.getClass().getMethod("lowerBound", PlacedReplicas.class, Demand.class, int.class)
                    .getDeclaringClass() != Scorer.class;
        } catch (NoSuchMethodException e) {
            return true;
        }
    }

    int size() {
        return scorers.size();
    }

    Scorer scorer(int i) {
        return scorers.get(i);
    }

    double factor(int i) {
        return factors[i];
    }

    /** The indices of the scorers that apply to the demand and bound its replicas above 0 or below. */
    int[] boundingReplicas(int demand) {
        int[] list = boundingReplicas[demand];
        if (list == null) {
            int[] applies = applicable(demand);
            int[] all = new int[applies.length];
            int count = 0;
            for (int i : applies) {
                if (overridesReplicaBound[i]) {
                    all[count++] = i;
                }
            }
            list = java.util.Arrays.copyOf(all, count);
            boundingReplicas[demand] = list;
        }
        return list;
    }

    /** The indices of the scorers that apply to the demand; worked out on first use. */
    int[] applicable(int demand) {
        int[] list = applicable[demand];
        if (list == null) {
            int[] all = new int[scorers.size()];
            int count = 0;
            for (int i = 0; i < all.length; i++) {
                if (scorers.get(i).appliesTo(problem, demand)) {
                    all[count++] = i;
                }
            }
            list = java.util.Arrays.copyOf(all, count);
            applicable[demand] = list;
        }
        return list;
    }
}
