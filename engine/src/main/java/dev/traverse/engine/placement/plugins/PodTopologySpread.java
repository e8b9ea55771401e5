package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hard spread constraints ({@code whenUnsatisfiable: DoNotSchedule}): one more replica in the host's domain must keep
 * it within {@code maxSkew} of the emptiest eligible domain, as kube-scheduler's PodTopologySpread filter does.
 * ScheduleAnyway constraints are preferences, scored by {@link ScheduleAnywaySpread}.
 */
public final class PodTopologySpread implements HostFilter {

    public static final String NAME = "PodTopologySpread";
    static final String REASON = "node(s) didn't match pod topology spread constraints";

    private final RunCache<PlacementState, SpreadDomains> domains = new RunCache<>();
    /**
     * Refusals by key, maxSkew and skew: explanations ask again for every host of every unplaced replica, and the
     * words depend on nothing else. Few distinct ones, and the same in every run.
     */
    private final Map<List<Integer>, Rejection> refusals = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void requestCounts(Problem problem, CountRequests requests) {
        for (Demand demand : problem.demands()) {
            for (SpreadConstraint c : demand.workload().spread()) {
                if (c.whenUnsatisfiable() == WhenUnsatisfiable.DO_NOT_SCHEDULE) {
                    requests.track(demand.index(), c.over());
                }
            }
        }
    }

    /** Asked for every host an explanation looks at: a plain loop over a list that is mostly empty. */
    @Override
    public boolean appliesTo(PlacementState state, int demand) {
        for (SpreadConstraint c : state.problem().demands().get(demand).workload().spread()) {
            if (c.whenUnsatisfiable() == WhenUnsatisfiable.DO_NOT_SCHEDULE) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean admits(PlacementState state, Replica replica, int host) {
        SpreadDomains spread = domains.get(state, SpreadDomains::new);
        for (SpreadConstraint c : state.demandOf(replica).workload().spread()) {
            if (c.whenUnsatisfiable() == WhenUnsatisfiable.DO_NOT_SCHEDULE
                    && spread.skewAfterPlacing(replica, c.over(), host) > c.maxSkew()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Rejection filter(PlacementState state, Replica replica, int host) {
        SpreadDomains spread = domains.get(state, SpreadDomains::new);
        for (SpreadConstraint c : state.demandOf(replica).workload().spread()) {
            if (c.whenUnsatisfiable() != WhenUnsatisfiable.DO_NOT_SCHEDULE) {
                continue;
            }
            int skew = spread.skewAfterPlacing(replica, c.over(), host);
            if (skew > c.maxSkew()) {
                return refusals.computeIfAbsent(List.of(c.over().ordinal(), c.maxSkew(), skew),
                        k -> refusal(c, skew));
            }
        }
        return null;
    }

    /** The smallest change that lets this host in: a maxSkew as large as the skew it would make. */
    private static Rejection refusal(SpreadConstraint c, int skew) {
        return Rejection.withFix(NAME, REASON, "raise maxSkew over " + c.over() + " to " + skew,
                (double) (skew - c.maxSkew()) / skew);
    }
}
