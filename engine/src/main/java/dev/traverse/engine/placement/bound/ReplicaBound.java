package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.framework.DomainCharge;
import dev.traverse.engine.placement.framework.LimitedCredit;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.problem.Demand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-replica part of the objective bound: for each placed replica, the weighted sum of the scorers' per-replica
 * bounds on the group it lands in, at the cheapest groups it may use. Summing over the scorers before taking the
 * least makes objectives that pull towards different groups (latency towards the edge, carbon towards clean grids)
 * count against each other. A group takes at most as many replicas of one class as its members hold by capacity,
 * so replicas that cannot all fit in the cheapest group pay for the next.
 */
final class ReplicaBound {

    private ReplicaBound() {
    }

    /**
     * @param scorers the scorers to add up, each with its factor (weight over scale) and, per demand, whether it
     *                applies
     */
    static double of(PlacedReplicas placed, WeightedScorers scorers) {
        return of(placed, scorers, null)[0];
    }

    /**
     * The bound as {@link #of(PlacedReplicas, WeightedScorers)} gives it, and with each class also paying the charges
     * for its replicas sharing a domain ({@link JointSpread}): per demand, the weighted {@link DomainCharge} of the
     * charging scorers (one key per demand), or null. The pairs of a workload's replicas sharing a domain are at
     * least those within each of its classes, so the classes can be bounded apart.
     *
     * @return the bound without the charges, then with them
     */
    static double[] of(PlacedReplicas placed, WeightedScorers scorers, DomainCharge[] charges) {
        int[][] members = new int[placed.groupSets().size()][];
        // Per set of groups and the scorers' keys of a demand: the summed bound per group, and the cheapest group.
        Map<List<Object>, Costs> known = new HashMap<>();
        JointSpread joint = new JointSpread(placed);
        double plain = 0;
        double charged = 0;
        for (ReplicaClass c : placed.classes()) {
            int[] applicable = scorers.boundingReplicas(c.demand());
            DomainCharge charge = charges == null || c.isPinned() || c.count() < 2 ? null : charges[c.demand()];
            if ((applicable.length > 0 || charge != null) && !c.groups().isEmpty()) {
                if (members[c.places()] == null) {
                    members[c.places()] = c.groups().stream().toArray();
                }
                int[] ids = members[c.places()];
                Costs costs = known.computeIfAbsent(key(placed, scorers, applicable, c),
                        k -> costs(placed, scorers, applicable, c, ids));
                double alone = applicable.length == 0 ? 0 : ofClass(placed, c, ids, costs);
                plain += alone;
                charged += charge == null || charge.isNone() ? alone
                        : joint.of(c, ids, costs.perGroup(), charge, credit(placed, scorers, applicable, c, charge));
            }
        }
        return new double[] {plain, charged};
    }

    /** Limited credits with more domains than this are left out: each domain is a copy of the groups giving it. */
    private static final int MOST_CREDITED_DOMAINS = 16;

    /**
     * The weighted limited credit ({@link LimitedCredit}) the scorers give the class, when one does and it limits
     * anything; null otherwise.
     */
    private static LimitedCredit credit(PlacedReplicas placed, WeightedScorers scorers, int[] applicable,
                                        ReplicaClass c, DomainCharge charge) {
        Demand demand = placed.problem().demands().get(c.demand());
        LimitedCredit found = null;
        for (int s : applicable) {
            LimitedCredit credit = scorers.scorer(s).limitedCredit(placed, demand);
            if (credit != null) {
                if (found != null) {
                    return null; // two credits limited apart: not bounded together here
                }
                found = credit.times(scorers.factor(s));
            }
        }
        boolean limits = found != null && found.domains() <= MOST_CREDITED_DOMAINS
                && found.domains() < found.reach().cardinality();
        return limits ? found : null;
    }

    /** The summed per-replica bound of each group of a set, and the index of the cheapest. */
    private record Costs(double[] perGroup, int cheapest) {
    }

    private static List<Object> key(PlacedReplicas placed, WeightedScorers scorers, int[] applicable,
                                    ReplicaClass c) {
        Demand demand = placed.problem().demands().get(c.demand());
        List<Object> key = new ArrayList<>(1 + 2 * applicable.length);
        key.add(c.places());
        for (int s : applicable) {
            key.add(s);
            key.add(scorers.scorer(s).boundKey(placed.problem(), demand));
        }
        return key;
    }

    private static Costs costs(PlacedReplicas placed, WeightedScorers scorers, int[] applicable, ReplicaClass c,
                               int[] ids) {
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

    private static double ofClass(PlacedReplicas placed, ReplicaClass c, int[] ids, Costs costs) {
        double[] cost = costs.perGroup();
        int cheapest = costs.cheapest();
        if (placed.capacityIn(c, ids[cheapest]) >= c.count()) {
            return c.count() * cost[cheapest];
        }
        // Fill the cheapest groups first, each up to what its members hold.
        CheapestFirst order = new CheapestFirst(cost);
        long left = c.count();
        double total = 0;
        for (int i = order.next(); i >= 0; i = order.next()) {
            long take = Math.min(left, placed.capacityIn(c, ids[i]));
            total += take * cost[i];
            left -= take;
            if (left == 0) {
                return total;
            }
        }
        // Only reached if the replicas are placed beyond what capacity allows: count the rest at the cheapest.
        return total + left * cost[cheapest];
    }
}
