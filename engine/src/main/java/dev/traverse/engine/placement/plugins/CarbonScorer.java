package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import dev.traverse.engine.placement.problem.ResourceDimensions;

/**
 * Objective {@code carbon}, in gCO2 per hour: the replica's share of its host's power ({@code powerWatts}) times the
 * site's grid carbon intensity (gCO2/kWh; W x gCO2/kWh / 1000 = gCO2/h). The share is the replica's cpu request over
 * the host's cpu capacity, a power model proportional to cpu; devices, and nodes that state no cpu, use memory
 * instead (a microcontroller's RAM is what firmware fills). Sites that state no carbon intensity count 0, since
 * there is nothing known to count: they look clean next to sites that state one, so a topology that weighs carbon
 * should state intensities for every site.
 */
public final class CarbonScorer implements Scorer {

    public static final String NAME = "Carbon";
    public static final String OBJECTIVE = "carbon";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String objective() {
        return OBJECTIVE;
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        HostGroup group = state.problem().groupOf(host);
        return share(state.demandOf(replica).request(), group) * hostGramsPerHour(group);
    }

    /** The emissions of the most polluting host when full: no replica's share exceeds it. */
    @Override
    public double scale(Problem problem) {
        double max = 0;
        for (HostGroup g : problem.groups()) {
            max = Math.max(max, hostGramsPerHour(g));
        }
        return max > 0 ? max : 1;
    }

    static double hostGramsPerHour(HostGroup group) {
        Double intensity = group.site().carbonIntensity();
        return intensity == null ? 0 : group.powerWatts() * intensity / 1000;
    }

    /** The part of the host's power the replica accounts for, from 0 to 1. */
    static double share(long[] request, HostGroup group) {
        long[] capacity = group.capacity();
        int dim = group.isDevice() || capacity[ResourceDimensions.CPU] == 0
                ? ResourceDimensions.MEMORY : ResourceDimensions.CPU;
        return capacity[dim] == 0 ? 0 : Math.min(1, (double) request[dim] / capacity[dim]);
    }
}
