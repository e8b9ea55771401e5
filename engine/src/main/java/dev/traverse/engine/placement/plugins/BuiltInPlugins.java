package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.PlacementPlugin;
import dev.traverse.engine.placement.framework.PluginRegistry;
import java.util.List;

/**
 * Every plugin Traverse ships, in evaluation order: cheap and decisive filters first. One place to register.
 *
 * <p>The order also decides which reason a refused group is counted under, so the most fundamental mismatch comes
 * first: what kind of host it is (runtime, fleet), what it is built for (arch, os), where it is (jurisdiction, named
 * places), how it is labelled and equipped, then capacity and taints, in the order they had before the static
 * filters came.
 */
public final class BuiltInPlugins {

    private BuiltInPlugins() {
    }

    /** The built-in plugins followed by those the class path provides: what every run uses unless told otherwise. */
    public static PluginRegistry registry() {
        return PluginRegistry.withServiceLoader(all());
    }

    public static List<PlacementPlugin> all() {
        return List.of(
                new RuntimeClass(),
                new FleetTarget(),
                new NodeArch(),
                new NodeOs(),
                new Jurisdiction(),
                new NodeAffinity(),
                new NodeSelector(),
                new GpuModel(),
                new NodeResourcesFit(),
                new TaintToleration(),
                // Host filters that read what is already placed, cheapest first.
                new FirmwareSlot(),
                new LatencyBound(),
                new InterWorkloadAffinity(),
                new PodTopologySpread(),
                // Scorers, each serving one objective.
                new CostScorer(),
                new LatencyScorer(),
                new CarbonScorer(),
                new BalanceScorer(),
                new ConsolidationScorer(),
                new ResilienceScorer(),
                new PreferredAffinity(),
                new ScheduleAnywaySpread());
    }
}
