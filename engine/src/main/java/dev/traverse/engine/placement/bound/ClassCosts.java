package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.problem.Demand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each class of placed replicas, the weighted sum of the scorers' per-replica bounds on every group it may use.
 * Classes whose demands have equal bound keys on the same groups share one answer, as thousands of workloads share a
 * few request sizes and data sources. For one bound on one thread.
 */
final class ClassCosts {

    /** The summed per-replica bound of each group of a class's set, and the index of the cheapest. */
    record Costs(double[] perGroup, int cheapest) {
    }

    private final PlacedReplicas placed;
    private final WeightedScorers scorers;
    private final int[][] members;
    private final Map<List<Object>, Costs> known = new HashMap<>();

    ClassCosts(PlacedReplicas placed, WeightedScorers scorers) {
        this.placed = placed;
        this.scorers = scorers;
        this.members = new int[placed.groupSets().size()][];
    }

    WeightedScorers scorers() {
        return scorers;
    }

    /** The groups the class may use, in ascending order: the positions {@link Costs#perGroup} follows. */
    int[] groups(ReplicaClass c) {
        if (members[c.places()] == null) {
            members[c.places()] = c.groups().stream().toArray();
        }
        return members[c.places()];
    }

    /** The costs of the class over its {@link #groups}, from the scorers of {@code applicable}. */
    Costs of(ReplicaClass c, int[] applicable) {
        return known.computeIfAbsent(key(applicable, c), k -> costs(applicable, c, groups(c)));
    }

    private List<Object> key(int[] applicable, ReplicaClass c) {
        Demand demand = placed.problem().demands().get(c.demand());
        List<Object> key = new ArrayList<>(1 + 2 * applicable.length);
        key.add(c.places());
        for (int s : applicable) {
            key.add(s);
            key.add(scorers.scorer(s).boundKey(placed.problem(), demand));
        }
        return key;
    }

    private Costs costs(int[] applicable, ReplicaClass c, int[] ids) {
        Demand demand = placed.problem().demands().get(c.demand());
        double[] cost = new double[ids.length];
        double[] one = new double[ids.length];
        for (int s : applicable) {
            scorers.scorer(s).lowerBounds(placed, demand, ids, one);
            double factor = scorers.factor(s);
            for (int i = 0; i < ids.length; i++) {
                cost[i] += factor * one[i];
            }
        }
        int cheapest = 0;
        for (int i = 1; i < ids.length; i++) {
            if (cost[i] < cost[cheapest]) {
                cheapest = i;
            }
        }
        return new Costs(cost, cheapest);
    }
}
