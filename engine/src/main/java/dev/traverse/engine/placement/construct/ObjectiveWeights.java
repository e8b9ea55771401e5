package dev.traverse.engine.placement.construct;

import dev.traverse.engine.model.Objectives;
import java.util.Map;

/** The weight of each objective for a run: the run's overrides, else the topology's, else 1 for other objectives. */
public final class ObjectiveWeights {

    /**
     * Every objective a run can weigh: the topology's six, and {@code affinity} for preferred affinity terms,
     * PreferNoSchedule taints and ScheduleAnyway spread, which the topology weighs inside each workload instead.
     */
    public static final java.util.List<String> OBJECTIVES =
            java.util.List.of("cost", "latency", "carbon", "balance", "resilience", "consolidation", "affinity");

    private final Objectives topology;
    private final Map<String, Double> overrides;

    public ObjectiveWeights(Objectives topology, Map<String, Double> overrides) {
        this.topology = topology;
        this.overrides = overrides;
    }

    public double of(String objective) {
        Double override = overrides.get(objective);
        if (override != null) {
            return override;
        }
        switch (objective) {
            case "cost": return topology.cost();
            case "latency": return topology.latency();
            case "carbon": return topology.carbon();
            case "balance": return topology.balance();
            case "resilience": return topology.resilience();
            case "consolidation": return topology.consolidation();
            default: return 1; // objectives a topology cannot weigh, such as preferred affinities
        }
    }
}
