package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import dev.traverse.engine.placement.problem.ResourceDimensions;
import java.util.List;

/**
 * Objective {@code carbon}, in gCO2 per hour: the replica's share of its host's power ({@code powerWatts}) times the
 * site's grid carbon intensity (gCO2/kWh; W x gCO2/kWh / 1000 = gCO2/h). The share is the replica's cpu request over
 * the host's cpu capacity, a power model proportional to cpu; hosts that state no cpu (microcontrollers) use memory
 * instead, which is what firmware fills. This is the rule the result's {@code carbonGramsPerHour} is reported by, so
 * that the engine lowers the figure it reports. Sites that state no carbon intensity count 0, since there is nothing
 * known to count: they look clean next to sites that state one, so a topology that weighs carbon should state
 * intensities for every site.
 */
public final class CarbonScorer implements Scorer {

    public static final String NAME = "Carbon";
    public static final String OBJECTIVE = "carbon";

    /** Per group: the dimension its share is measured in, and gCO2/h per unit of it. Scoring runs for every host. */
    private record PerUnit(int[] dimension, double[] grams, double[] whole) {
    }

    private final RunCache<Problem, PerUnit> perUnit = new RunCache<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String objective() {
        return OBJECTIVE;
    }

    /** The change of the emissions of the replicas placed. */
    @Override
    public boolean isMarginal() {
        return true;
    }

    /** Exact: a replica's carbon depends on its host's group only. */
    @Override
    public double lowerBound(PlacedReplicas placed, Demand demand, int group) {
        PerUnit units = perUnit.get(placed.problem(), CarbonScorer::perUnit);
        return gramsPerHour(units, demand.request(), group);
    }

    /** A replica's carbon depends on its cpu and memory request only. */
    @Override
    public Object boundKey(Problem problem, Demand demand) {
        long[] request = demand.request();
        return List.of(request[ResourceDimensions.CPU], request[ResourceDimensions.MEMORY]);
    }

    @Override
    public void lowerBounds(PlacedReplicas placed, Demand demand, int[] groups, double[] into) {
        PerUnit units = perUnit.get(placed.problem(), CarbonScorer::perUnit);
        long[] request = demand.request();
        for (int i = 0; i < groups.length; i++) {
            int g = groups[i];
            into[i] = gramsPerHour(units, request, g);
        }
    }

    /** Exact: a replica's carbon depends on its host's group only. */
    @Override
    public double minDelta(Problem problem, int demand, int group) {
        PerUnit units = perUnit.get(problem, CarbonScorer::perUnit);
        return gramsPerHour(units, problem.demands().get(demand).request(), group);
    }

    /** Its bounds read the request only. */
    @Override
    public Object minDeltaKey(Problem problem, int demand) {
        return java.nio.LongBuffer.wrap(problem.demands().get(demand).request()); // equal by content
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        return gramsPerHour(perUnit.get(state.problem(), CarbonScorer::perUnit), state.demandOf(replica).request(),
                state.problem().hostGroup()[host]);
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

    /** A replica's share of a member of the group, never more than the whole host. */
    private static double gramsPerHour(PerUnit units, long[] request, int group) {
        return Math.min(units.whole()[group], request[units.dimension()[group]] * units.grams()[group]);
    }

    static double hostGramsPerHour(HostGroup group) {
        Double intensity = group.site().carbonIntensity();
        return intensity == null ? 0 : group.powerWatts() * intensity / 1000;
    }

    /** The dimension a group's share is measured in: cpu, or memory for hosts stating no cpu. */
    static int shareDimension(HostGroup group) {
        return group.capacity()[ResourceDimensions.CPU] == 0 ? ResourceDimensions.MEMORY : ResourceDimensions.CPU;
    }

    private static PerUnit perUnit(Problem problem) {
        int groups = problem.groups().size();
        PerUnit out = new PerUnit(new int[groups], new double[groups], new double[groups]);
        for (HostGroup g : problem.groups()) {
            int dim = shareDimension(g);
            long capacity = g.capacity()[dim];
            out.dimension()[g.index()] = dim;
            out.whole()[g.index()] = hostGramsPerHour(g);
            out.grams()[g.index()] = capacity == 0 ? 0 : hostGramsPerHour(g) / capacity;
        }
        return out;
    }
}
