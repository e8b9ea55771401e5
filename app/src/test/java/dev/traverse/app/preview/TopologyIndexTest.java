package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.SampleTopologies;
import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Topology;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopologyIndexTest {

    private final TopologyIndex index = TopologyIndex.of(Topologies.retailMini());

    @Test
    void mapsPoolAndDeviceMembersToTheirElement() {
        assertThat(index.elementOfHost("aks-weu/general-4")).isEqualTo("aks-weu/general");
        assertThat(index.elementOfHost("store-017-k3s/gw")).isEqualTo("store-017-k3s/gw");
        assertThat(index.elementOfHost("store-017/shelf-20")).isEqualTo("store-017/shelf");
        assertThat(index.elementOfHost("aks-weu/general-7")).isNull();
        assertThat(index.hostsOf("aks-weu/gpu")).containsExactly("aks-weu/gpu-1", "aks-weu/gpu-2");
        assertThat(index.hostsOf("aks-weu")).isEmpty();
    }

    @Test
    void knowsWhatEachElementIsAndWhatHoldsIt() {
        assertThat(index.kindOf("store-017")).contains(TopologyIndex.Kind.SITE);
        assertThat(index.kindOf("aks-weu")).contains(TopologyIndex.Kind.CLUSTER);
        assertThat(index.kindOf("aks-weu/gpu")).contains(TopologyIndex.Kind.NODE_POOL);
        assertThat(index.kindOf("store-017/cam")).contains(TopologyIndex.Kind.DEVICE_GROUP);
        assertThat(index.kindOf("aks-weu/gpu-1")).isEmpty();
        assertThat(index.parentOf("aks-weu/gpu")).isEqualTo("aks-weu");
        assertThat(index.siteOf("aks-weu/gpu")).isEqualTo("azure-westeurope");
        assertThat(index.withDescendants("store-017")).containsExactly("store-017", "store-017-k3s",
                "store-017/cam", "store-017/shelf", "store-017-k3s/gw");
        assertThat(index.elementIds()).startsWith("azure-westeurope", "aks-weu", "aks-weu/general");
    }

    @Test
    void findsLinksEitherWayRoundAndFleetDevicesInFileOrder() {
        assertThat(index.linkIdBetween("store-017", "azure-westeurope"))
                .isEqualTo("azure-westeurope <-> store-017");
        assertThat(index.linkIdBetween("store-017", "store-017")).isNull();
        assertThat(index.linkIdsTouching(Set.of("store-017"))).containsExactly("azure-westeurope <-> store-017");

        TopologyIndex retail = TopologyIndex.of(SampleTopologies.load("retail-chain"));
        assertThat(retail.fleetHosts("store-cameras")).startsWith("store-001/cam-1", "store-001/cam-2")
                .contains("store-002/cam-12");
    }

    /** A workload edit keeps the places, whose index is taken over; a renamed element is indexed afresh. */
    @Test
    void aWorkloadEditKeepsTheEarlierPlacesAndAnotherEditIndexesThemAgain() {
        Topology before = Topologies.retailMini();
        Topology oneWorkloadFewer = TopologyEdits.deleteWorkloads(before, java.util.List.of(
                before.workloads().get(0).name()));
        TopologyIndex after = TopologyIndex.of(oneWorkloadFewer, index);
        assertThat(after.topology()).isSameAs(oneWorkloadFewer);
        assertThat(after.elementIds()).containsExactlyElementsOf(index.elementIds());
        assertThat(after.elementOfHost("aks-weu/general-4")).isEqualTo("aks-weu/general");
        assertThat(after.workload(before.workloads().get(0).name())).isNull();
        assertThat(after.workload(before.workloads().get(1).name())).isEqualTo(before.workloads().get(1));

        Topology renamed = TopologyEdits.rename(before, "store-017", "store-018");
        TopologyIndex again = TopologyIndex.of(renamed, index);
        assertThat(again.kindOf("store-018")).contains(TopologyIndex.Kind.SITE);
        assertThat(again.kindOf("store-017")).isEmpty();
        assertThat(again.elementOfHost("store-018/shelf-20")).isEqualTo("store-018/shelf");
    }
}
