package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Replica;

/**
 * A device runs one firmware image at a time: a firmware workload cannot go to a device that already runs another.
 * Two firmware workloads targeting one fleet is the usual cause.
 */
public final class FirmwareSlot implements HostFilter {

    public static final String NAME = "FirmwareSlot";
    static final String REASON = "device(s) already run another firmware";

    @Override
    public String name() {
        return NAME;
    }

    /** Placing more firmware never frees a device. */
    @Override
    public boolean refusesForGood() {
        return true;
    }

    @Override
    public boolean appliesTo(PlacementState state, int demand) {
        return isFirmware(state, demand);
    }

    @Override
    public boolean admits(PlacementState state, Replica replica, int host) {
        return state.firmwareOn(host) == 0 || !isFirmware(state, replica.demand());
    }

    @Override
    public Rejection filter(PlacementState state, Replica replica, int host) {
        if (admits(state, replica, host)) {
            return null;
        }
        String fleet = state.problem().groupOf(host).isDevice() ? state.problem().groupOf(host).device().fleet() : null;
        String fix = fleet == null ? "run one firmware workload per device"
                : "target fleet " + fleet + " with one firmware workload only";
        return Rejection.withFix(NAME, REASON, fix, 0.5);
    }

    private static boolean isFirmware(PlacementState state, int demand) {
        return state.problem().demands().get(demand).workload().effectiveRuntime() == Runtime.FIRMWARE;
    }
}
