package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.placement.framework.PlacementPlugin;
import dev.traverse.engine.placement.framework.PluginRegistry;
import org.junit.jupiter.api.Test;

class BuiltInPluginsTest {

    @Test
    void staticFiltersRunFirstMostFundamentalMismatchFirst() {
        PluginRegistry registry = PluginRegistry.of(BuiltInPlugins.all());
        assertThat(registry.groupFilters()).extracting(PlacementPlugin::name).containsExactly(
                RuntimeClass.NAME, FleetTarget.NAME, NodeArch.NAME, NodeOs.NAME, Jurisdiction.NAME, NodeAffinity.NAME,
                NodeSelector.NAME, GpuModel.NAME, NodeResourcesFit.NAME, TaintToleration.NAME, LatencyBound.NAME);
    }

    @Test
    void nodeAffinityAlsoFiltersMembers() {
        PluginRegistry registry = PluginRegistry.of(BuiltInPlugins.all());
        assertThat(registry.hostFilters()).extracting(PlacementPlugin::name).containsSubsequence(NodeAffinity.NAME,
                NodeResourcesFit.NAME);
    }

    @Test
    void namesAreUnique() {
        assertThat(BuiltInPlugins.all()).extracting(PlacementPlugin::name).doesNotHaveDuplicates();
    }
}
