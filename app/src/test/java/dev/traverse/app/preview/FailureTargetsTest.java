package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.placement.Failure;
import org.junit.jupiter.api.Test;

class FailureTargetsTest {

    private final TopologyIndex index = TopologyIndex.of(Topologies.retailMini());

    @Test
    void turnsWhatWasRightClickedIntoTheEnginesFailure() {
        assertThat(FailureTargets.failureOf(index, "store-017")).isEqualTo(Failure.parse("site/store-017"));
        assertThat(FailureTargets.failureOf(index, "aks-weu")).isEqualTo(Failure.parse("cluster/aks-weu"));
        assertThat(FailureTargets.failureOf(index, "aks-weu/gpu")).isEqualTo(Failure.parse("node/aks-weu/gpu"));
        assertThat(FailureTargets.failureOf(index, "aks-weu/gpu-2")).isEqualTo(Failure.parse("node/aks-weu/gpu-2"));
        assertThat(FailureTargets.failureOf(index, "store-017/cam")).isEqualTo(Failure.parse("node/store-017/cam"));
        assertThat(FailureTargets.failureOf(index, "azure-westeurope <-> store-017"))
                .isEqualTo(Failure.parse("link/azure-westeurope,store-017"));
    }

    @Test
    void refusesWhatTheTopologyDoesNotHave() {
        assertThatThrownBy(() -> FailureTargets.failureOf(index, "store-099"))
                .hasMessage("the topology has no site, cluster, node, device or link store-099");
        assertThatThrownBy(() -> FailureTargets.failureOf(index, "store-017 <-> aks-weu"))
                .hasMessage("there is no link between store-017 and aks-weu");
    }

    @Test
    void describesFailuresForSentences() {
        assertThat(FailureTargets.describe(index, Failure.parse("site/store-017"))).isEqualTo("site store-017");
        assertThat(FailureTargets.describe(index, Failure.parse("node/aks-weu/gpu")))
                .isEqualTo("node pool aks-weu/gpu");
        assertThat(FailureTargets.describe(index, Failure.parse("node/aks-weu/gpu-1")))
                .isEqualTo("node aks-weu/gpu-1");
        assertThat(FailureTargets.describe(index, Failure.parse("node/store-017/cam")))
                .isEqualTo("device group store-017/cam");
        assertThat(FailureTargets.describe(index, Failure.parse("node/store-017/cam-3")))
                .isEqualTo("device store-017/cam-3");
        assertThat(FailureTargets.describe(index, Failure.parse("link/azure-westeurope,store-017")))
                .isEqualTo("link azure-westeurope ↔ store-017");
    }
}
