package dev.traverse.engine.placement.framework;

import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;

/**
 * A soft objective: what placing a replica on a host adds to it (lower is better). Each scorer belongs to one
 * objective of the topology ({@code cost}, {@code latency}, {@code carbon}, {@code balance}, {@code resilience},
 * {@code consolidation}), whose weight multiplies its normalised value.
 */
public interface Scorer extends PlacementPlugin {

    /** The objective this scorer serves; its weight comes from the topology or the run's options. */
    String objective();

    /** What placing the replica on the host adds, in the objective's own unit (per hour, ms, gCO2/h...). */
    double delta(PlacementState state, Replica replica, int host);

    /**
     * False when the scorer adds nothing for any replica of the demand, so the engine can skip it for that demand.
     * Defaults to true.
     */
    default boolean appliesTo(Problem problem, int demand) {
        return true;
    }

    /**
     * True when {@link #delta} is the change that placing the replica makes to one function of the state, so that
     * deltas added up in any order give that function (cost, latency...). The improvement pass then prices a move by
     * the moved replica's deltas alone; otherwise it also scores again, in replica order, the replicas placed after
     * it that the move may affect. Defaults to false, which is always safe.
     */
    default boolean isMarginal() {
        return false;
    }

    /**
     * A lower bound on {@link #delta} for any replica of the demand on any member of the group, whatever else is
     * placed (among the replicas {@code placed} holds). The engine adds these up, with {@link #openingCharge}, into a
     * lower bound on the objective, so each result states its gap; see {@link #lowerBound(PlacedReplicas)}. Zero is
     * right for scorers whose deltas are never negative, and is the default. As the engine only adds these up over
     * the replicas of a placement, zero is also right for a {@link #isMarginal marginal} scorer whose total is never
     * negative, though a replica may lower it.
     */
    default double lowerBound(PlacedReplicas placed, Demand demand, int group) {
        return 0;
    }

    /**
     * A lower bound on {@link #delta} for any replica of the demand on any member of the group, whatever is placed.
     * The search visits groups from the lowest bound up and stops once no group left can beat the best host found,
     * so a tight bound saves work while a loose one only costs speed. The default, minus infinity, never prunes.
     */
    default double minDelta(Problem problem, int demand, int group) {
        return Double.NEGATIVE_INFINITY;
    }

    /**
     * A lower bound on {@link #delta} on an empty member of the group: at least {@link #minDelta}, more where opening
     * a host costs something. Lets the search skip a group's empty member when it cannot win.
     */
    default double minDeltaOnEmpty(Problem problem, int demand, int group) {
        return minDelta(problem, demand, group);
    }

    /**
     * What of the demand {@link #minDelta} and {@link #minDeltaOnEmpty} read, as a value with equals and hashCode:
     * demands with equal keys have equal bounds on every group, so the search orders the groups once for all of them.
     * Null, the default, orders each demand's groups on its own.
     */
    default Object minDeltaKey(Problem problem, int demand) {
        return null;
    }

    /**
     * {@link #lowerBound(PlacedReplicas, Demand, int)} for many groups at once, into {@code into[i]} for
     * {@code groups[i]}: the engine asks for every group a class of replicas may use, so scorers whose answer repeats
     * work per call override this.
     */
    default void lowerBounds(PlacedReplicas placed, Demand demand, int[] groups, double[] into) {
        for (int i = 0; i < groups.length; i++) {
            into[i] = lowerBound(placed, demand, groups[i]);
        }
    }

    /**
     * What the per-replica bounds of a demand depend on: demands with equal keys get equal bounds on every group, so
     * the engine asks once per key and set of groups. Each demand is its own key by default, which is always right.
     */
    default Object boundKey(Problem problem, Demand demand) {
        return demand;
    }

    /**
     * What the scorer charges, once, for the first replica on an empty member of the group, when that is all it
     * charges beyond {@link #lowerBound(PlacedReplicas, Demand, int)}: the engine then bounds how many hosts any
     * placement must use. Never negative; zero, the default, for scorers that charge no such thing.
     */
    default double openingCharge(Problem problem, int group) {
        return 0;
    }

    /**
     * A lower bound, over every placement of the replicas {@code placed} holds (in any order), on what the scorer's
     * deltas for the demand's replicas add up to beyond its per-replica bounds: the sum over the placed replicas of the
     * demand of {@link #delta} less {@link #lowerBound(PlacedReplicas, Demand, int)} on the group of the host. For
     * scorers that charge for how replicas share domains, which no per-replica bound can see (replicas beyond a
     * spread's maxSkew, replicas of a workload that keeps away from itself). Never negative; 0, the default, is always right. The engine
     * adds it up over the demands the scorer applies to, for scorers without a bound of their own on their total
     * ({@link #lowerBound(PlacedReplicas)}).
     */
    default double lowerBoundBeyondReplicas(PlacedReplicas placed, int demand) {
        return 0;
    }

    /**
     * A {@link DomainCharge} that the replicas of each class of the demand pay at least beyond the scorer's
     * per-replica bounds, whatever else is placed, or null, the default. The engine may then bound it together with
     * the per-replica bounds, class by class, in place of {@link #lowerBoundBeyondReplicas(PlacedReplicas, int)}, and
     * count the better of the two.
     */
    default DomainCharge chargeBeyondReplicas(PlacedReplicas placed, int demand) {
        return null;
    }

    /**
     * A credit that {@link #lowerBound(PlacedReplicas, Demand, int)} gives the demand's replicas on the groups of some
     * domains, but that any placement earns in a few of them only, or null, the default. The engine may then take it
     * into account where it bounds the per-replica bounds together with a {@link DomainCharge} over the same key.
     */
    default LimitedCredit limitedCredit(PlacedReplicas placed, Demand demand) {
        return null;
    }

    /**
     * A lower bound on the scorer's total over every placement of the replicas {@code placed} holds, in any order,
     * for scorers that know one better than the per-replica bounds and opening charges; it then replaces them for
     * this scorer. Negative infinity, the default, says there is none. The engine's contract: for every such
     * placement the total is at least the sum of {@code lowerBound(placed, demand, group)} over the replicas plus
     * the sum of {@link #openingCharge} over the hosts used, and at least this.
     */
    default double lowerBound(PlacedReplicas placed) {
        return Double.NEGATIVE_INFINITY;
    }

    /**
     * The scorer's {@link #delta} for every replica of the demand as a {@link DomainCharge}, when that is all it is;
     * null, the default, otherwise. For scorers with a bound of their own ({@link #lowerBound(PlacedReplicas)}) that
     * give a charge for every placed demand they apply to, the engine then also bounds their totals together with the
     * other scorers' per-replica bounds, class by class (what pulls a workload's replicas to one place against what
     * spreads them), and counts the better of that and their own bounds. Called on the run's thread.
     */
    default DomainCharge domainCharge(Problem problem, int demand) {
        return null;
    }

    /**
     * True when the scorer's total is the sum, over the hosts in use, of the square of each host's dominant
     * utilisation: the largest, over the resources the host has, of used over capacity ({@code balance}), with
     * {@link #delta} the change one replica makes to it. The engine then bounds this total together with the
     * per-replica bounds and the {@link #openingCharge opening charges} of the other scorers, whose best cases differ
     * from its own (packing against spreading). False, the default, is always safe.
     */
    default boolean addsSquaredUtilisation() {
        return false;
    }

    /** A typical large delta, so that deltas of different objectives are comparable once divided by it. */
    double scale(Problem problem);
}
