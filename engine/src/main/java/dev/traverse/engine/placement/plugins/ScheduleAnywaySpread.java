package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.DomainCharge;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.List;

/**
 * Objective {@code affinity}, for spread constraints that only prefer ({@code whenUnsatisfiable: ScheduleAnyway}): the
 * replicas the placement has beyond {@code maxSkew}. Per constraint, each eligible domain holding more than the
 * emptiest one plus {@code maxSkew} counts what it holds beyond that, in replicas; eligible domains are those
 * {@link PodTopologySpread} counts. A placement as even as the constraint asks counts 0, whatever order its replicas
 * were placed in, and moving one replica changes only what it takes from one domain and adds to another, so the
 * improvement pass prices moves by their own deltas. Weighed as one missed preference per replica, like
 * {@link PreferredAffinity}'s terms.
 */
public final class ScheduleAnywaySpread implements Scorer {

    public static final String NAME = "ScheduleAnywaySpread";

    private final RunCache<PlacementState, SpreadDomains> spread = new RunCache<>();
    private final RunCache<Problem, int[]> replicaCounts = new RunCache<>();
    /** Per demand, its ScheduleAnyway constraints: asked for on every delta. */
    private final RunCache<Problem, SpreadConstraint[][]> constraints = new RunCache<>();
    private final RunCache<PlacedReplicas, SkewBound> bounds = new RunCache<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String objective() {
        return PreferredAffinity.OBJECTIVE;
    }

    @Override
    public void requestCounts(Problem problem, CountRequests requests) {
        SpreadConstraint[][] all = constraints.get(problem, ScheduleAnywaySpread::preferring);
        for (int d = 0; d < all.length; d++) {
            for (SpreadConstraint c : all[d]) {
                requests.track(d, c.over());
            }
        }
    }

    @Override
    public boolean appliesTo(Problem problem, int demand) {
        return preferring(problem, demand).length > 0;
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        SpreadDomains domains = spread.get(state, SpreadDomains::new);
        int delta = 0;
        for (SpreadConstraint c : preferring(state.problem(), replica.demand())) {
            delta += domains.excessChange(replica, c.over(), c.maxSkew(), host);
        }
        return delta;
    }

    /** The replicas beyond maxSkew are a function of where the replicas are. */
    @Override
    public boolean isMarginal() {
        return true;
    }

    /**
     * A replica filling the only emptiest domain takes one replica off each domain beyond the emptiest plus
     * {@code maxSkew}; each of those holds more than {@code maxSkew} of the workload's replicas.
     */
    @Override
    public double minDelta(Problem problem, int demand, int group) {
        int replicas = replicaCounts.get(problem, Problem::replicasPerDemand)[demand];
        double least = 0;
        for (SpreadConstraint c : preferring(problem, demand)) {
            least -= replicas / (c.maxSkew() + 1);
        }
        return least;
    }

    @Override
    public Object minDeltaKey(Problem problem, int demand) {
        List<Integer> key = new ArrayList<>();
        key.add(replicaCounts.get(problem, Problem::replicasPerDemand)[demand]);
        for (SpreadConstraint c : preferring(problem, demand)) {
            key.add(c.maxSkew());
        }
        return key;
    }

    /**
     * The per-replica bounds stay 0, which a replica filling the emptiest domain may undercut but the total never
     * does; all the bound has is how the replicas share domains, at least what {@link SkewBound} finds.
     */
    @Override
    public double lowerBoundBeyondReplicas(PlacedReplicas placed, int demand) {
        SkewBound bound = bounds.get(placed, SkewBound::new);
        double total = 0;
        for (SpreadConstraint c : preferring(placed.problem(), demand)) {
            total += bound.of(demand, c.over(), c.maxSkew());
        }
        return total;
    }

    /** A single constraint over zones or wider, class by class: see {@link SkewBound#charge}. */
    @Override
    public DomainCharge chargeBeyondReplicas(PlacedReplicas placed, int demand) {
        SpreadConstraint[] constraints = preferring(placed.problem(), demand);
        return constraints.length == 1 ? bounds.get(placed, SkewBound::new).charge(demand, constraints[0]) : null;
    }

    /** A replica beyond maxSkew: a missed preference of full weight. */
    @Override
    public double scale(Problem problem) {
        return 1;
    }

    private SpreadConstraint[] preferring(Problem problem, int demand) {
        return constraints.get(problem, ScheduleAnywaySpread::preferring)[demand];
    }

    private static SpreadConstraint[][] preferring(Problem problem) {
        SpreadConstraint[][] out = new SpreadConstraint[problem.demands().size()][];
        for (Demand d : problem.demands()) {
            out[d.index()] = d.workload().spread().stream()
                    .filter(c -> c.whenUnsatisfiable() == WhenUnsatisfiable.SCHEDULE_ANYWAY)
                    .toArray(SpreadConstraint[]::new);
        }
        return out;
    }
}
