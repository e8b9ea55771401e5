package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PluginRegistry;
import dev.traverse.engine.placement.framework.Scorer;
import org.junit.jupiter.api.Test;

class DynamicPluginsRegisteredTest {

    private final PluginRegistry registry = PluginRegistry.of(BuiltInPlugins.all());

    @Test
    void hostFiltersRunAfterResourcesCheapestFirst() {
        assertThat(registry.hostFilters()).extracting(HostFilter::name).containsSubsequence(
                "NodeResourcesFit", "FirmwareSlot", "LatencyBound", "InterWorkloadAffinity", "PodTopologySpread");
    }

    @Test
    void scorersServeEveryObjectiveInOrder() {
        assertThat(registry.scorers()).extracting(Scorer::objective).containsExactly(
                "cost", "latency", "carbon", "balance", "consolidation", "resilience", "affinity", "affinity");
    }
}
