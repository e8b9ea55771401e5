package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.DeviceTarget;
import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;

/**
 * A workload that targets a fleet runs only on the devices of that fleet; nodes belong to no fleet. Reason:
 * {@code node(s) didn't belong to fleet shelf-sensors}.
 */
public final class FleetTarget implements GroupFilter {

    public static final String NAME = "FleetTarget";

    /** Enrolling devices in a fleet they are not yet part of. */
    static final double JOIN_FLEET = 0.2;
    /** Taking devices away from the fleet they serve now. */
    static final double MOVE_FLEET = 0.3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object verdictKey(Problem problem, Demand demand) {
        return java.util.Optional.ofNullable(demand.workload().target());
    }

    @Override
    public boolean admits(Problem problem, Demand demand, HostGroup group) {
        DeviceTarget target = demand.workload().target();
        return target == null || (group.isDevice() && target.fleet().equals(group.device().fleet()));
    }

    @Override
    public Rejection filter(Problem problem, Demand demand, HostGroup group) {
        if (admits(problem, demand, group)) {
            return null;
        }
        String fleet = demand.workload().target().fleet();
        String reason = "node(s) didn't belong to fleet " + fleet;
        if (!group.isDevice()) {
            return Rejection.of(NAME, reason);
        }
        return group.device().fleet() == null
                ? Rejection.withFix(NAME, reason, "add " + StaticFilterPhrases.group(group) + " to fleet " + fleet,
                        JOIN_FLEET)
                : Rejection.withFix(NAME, reason, "move " + StaticFilterPhrases.group(group) + " to fleet " + fleet,
                        MOVE_FLEET);
    }
}
