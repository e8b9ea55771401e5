package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.framework.DomainCharge;
import dev.traverse.engine.placement.framework.LimitedCredit;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.problem.Demand;

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
     * The bound, and with each class also paying the charges for its replicas sharing a domain ({@link JointSpread}): per demand, the weighted {@link DomainCharge} of the
     * charging scorers (one key per demand), or null. The pairs of a workload's replicas sharing a domain are at
     * least those within each of its classes, so the classes can be bounded apart.
     *
     * @param classCosts the weighted per-replica bounds of the scorers to add up, per class and group
     * @return the bound without the charges, then with them
     */
    static double[] of(PlacedReplicas placed, ClassCosts classCosts, DomainCharge[] charges) {
        WeightedScorers scorers = classCosts.scorers();
        JointSpread joint = new JointSpread(placed);
        double plain = 0;
        double charged = 0;
        for (ReplicaClass c : placed.classes()) {
            int[] applicable = scorers.boundingReplicas(c.demand());
            DomainCharge charge = charges == null || c.isPinned() || c.count() < 2 ? null : charges[c.demand()];
            if ((applicable.length > 0 || charge != null) && !c.groups().isEmpty()) {
                int[] ids = classCosts.groups(c);
                ClassCosts.Costs costs = classCosts.of(c, applicable);
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
    static LimitedCredit credit(PlacedReplicas placed, WeightedScorers scorers, int[] applicable,
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

    private static double ofClass(PlacedReplicas placed, ReplicaClass c, int[] ids, ClassCosts.Costs costs) {
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
