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

    /** The cleanest group: a replica's carbon depends on its host's group only. */
    @Override
    public double lowerBound(Problem problem, dev.traverse.engine.placement.problem.Demand demand,
                             java.util.BitSet groups) {
        PerUnit units = perUnit.get(problem, CarbonScorer::perUnit);
        double best = groups.isEmpty() ? 0 : Double.POSITIVE_INFINITY;
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            best = Math.min(best, Math.min(units.whole()[g], demand.request()[units.dimension()[g]] * units.grams()[g]));
        }
        return best;
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        PerUnit units = perUnit.get(state.problem(), CarbonScorer::perUnit);
        int g = state.problem().hostGroup()[host];
        long request = state.demandOf(replica).request()[units.dimension()[g]];
        return Math.min(units.whole()[g], request * units.grams()[g]);
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
