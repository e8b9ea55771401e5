package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.PlacementPlugin;
import java.util.List;

/** Every plugin Traverse ships, in evaluation order: cheap and decisive filters first. One place to register. */
public final class BuiltInPlugins {

    private BuiltInPlugins() {
    }

    public static List<PlacementPlugin> all() {
        return List.of(
                new NodeResourcesFit(),
                new TaintToleration(),
                // Host filters that read what is already placed, cheapest first.
                new FirmwareSlot(),
                new LatencyBound(),
                new InterWorkloadAffinity(),
                new PodTopologySpread(),
                // Scorers, one per objective.
                new CostScorer(),
                new LatencyScorer(),
                new CarbonScorer(),
                new BalanceScorer(),
                new ConsolidationScorer(),
                new ResilienceScorer(),
                new PreferredAffinity());
    }
}
