package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.bound.GroupCharges;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Problem;
import java.nio.IntBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * How the construction ranks an empty host: as if opening it cost what its group pays per member's worth of load when
 * it opens members only as they fill ({@link GroupCharges#flatSlope}), times the replica's dominant share of a member,
 * rather than the whole opening charge plus the square of that share.
 *
 * <p>A greedy pass that charges the whole opening to whichever replica happens to open a host fills every host it
 * opened to the brim before it opens another, and prefers a dear group's open hosts to a cheap group's empty ones.
 * Where balance is weighed against opening, the best placement loads each member of a group to about
 * {@code sqrt(opening / balance)} only. Ranked this way, a replica joins a host in use while that host's load plus half
 * its own stays below that level, and the group that is cheapest per unit of load opens first, as in the lower bound's
 * relaxation. Only the ranking changes: scores, objectives and explanations stay the true ones.
 */
final class AmortisedOpening {

    private final Problem problem;
    private final Scorer[] scorers;
    private final double[] factors;
    /** Per group and dimension, 1 / capacity, 0 where the group has none of it. */
    private final double[][] inverseCapacity;
    /** Per set of applicable scorers (most demands share one), the charges per group. */
    private final Map<IntBuffer, Charges> bySet = new HashMap<>();
    /** Per demand, its set's charges, once asked for: the search asks for every empty member it weighs. */
    private final Charges[] byDemand;

    /** Per group, what opening a member costs and what a member's worth of load pays; the balance factor. */
    private record Charges(double[] opening, double[] slope, double balance) {
    }

    AmortisedOpening(Problem problem, Scorer[] scorers, double[] factors) {
        this.problem = problem;
        this.scorers = scorers;
        this.factors = factors;
        this.byDemand = new Charges[problem.demands().size()];
        this.inverseCapacity = new double[problem.groups().size()][];
        for (int g = 0; g < inverseCapacity.length; g++) {
            long[] capacity = problem.groups().get(g).capacity();
            inverseCapacity[g] = new double[capacity.length];
            for (int r = 0; r < capacity.length; r++) {
                inverseCapacity[g][r] = capacity[r] > 0 ? 1.0 / capacity[r] : 0;
            }
        }
    }

    /**
     * What to add to a replica's true score on an empty member of the group to rank that member: never above 0, since
     * the whole opening charge is at least its share. 0 when no applicable scorer charges for opening or balance.
     *
     * @param applicable the indices of the scorers that apply to the replica's demand
     */
    double shift(int[] applicable, int demand, int group) {
        Charges charges = byDemand[demand];
        if (charges == null) {
            charges = bySet.computeIfAbsent(IntBuffer.wrap(applicable), k -> charges(applicable));
            byDemand[demand] = charges;
        }
        double opening = charges.opening()[group];
        double balance = charges.balance();
        if (opening == 0 && balance == 0) {
            return 0;
        }
        double share = dominantShare(problem.demands().get(demand).request(), inverseCapacity[group]);
        return share * charges.slope()[group] - opening - balance * share * share;
    }

    private Charges charges(int[] applicable) {
        int groups = problem.groups().size();
        double[] opening = new double[groups];
        double balance = 0;
        for (int i : applicable) {
            if (scorers[i].addsSquaredUtilisation()) {
                balance += factors[i];
            }
            for (int g = 0; g < groups; g++) {
                opening[g] += factors[i] * scorers[i].openingCharge(problem, g);
            }
        }
        double[] slope = new double[groups];
        for (int g = 0; g < groups; g++) {
            slope[g] = GroupCharges.flatSlope(opening[g], balance);
        }
        return new Charges(opening, slope, balance);
    }

    private static double dominantShare(long[] request, double[] inverse) {
        double share = 0;
        for (int r = 0; r < inverse.length; r++) {
            share = Math.max(share, request[r] * inverse[r]);
        }
        return share;
    }
}
