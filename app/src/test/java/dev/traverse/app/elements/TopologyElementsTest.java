package dev.traverse.app.elements;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.model.Topology;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TopologyElementsTest {

    private final Topology topology = Topologies.retailMini();

    @Test
    void resolvesEachKindOfIdToItsType() {
        assertThat(TopologyElements.resolve(topology, "store-017"))
                .contains(new ElementRef(ElementType.SITE, "store-017"));
        assertThat(TopologyElements.resolve(topology, "aks-weu"))
                .contains(new ElementRef(ElementType.CLUSTER, "aks-weu"));
        assertThat(TopologyElements.resolve(topology, "aks-weu/gpu"))
                .contains(new ElementRef(ElementType.NODE_POOL, "aks-weu/gpu"));
        assertThat(TopologyElements.resolve(topology, "store-017/cam"))
                .contains(new ElementRef(ElementType.DEVICE_GROUP, "store-017/cam"));
        assertThat(TopologyElements.resolve(topology, "azure-westeurope <-> store-017"))
                .contains(new ElementRef(ElementType.LINK, "azure-westeurope <-> store-017"));
    }

    @Test
    void idsThatNameNothingResolveToNothing() {
        assertThat(TopologyElements.resolve(topology, "nowhere")).isEmpty();
        assertThat(TopologyElements.resolve(topology, "aks-weu/nope")).isEmpty();
        assertThat(TopologyElements.resolve(topology, "store-017/gw")).isEmpty();
        assertThat(TopologyElements.resolve(topology, "store-017 <-> azure-westeurope")).isEmpty();
        assertThat(TopologyElements.resolve(topology, null)).isEmpty();
        assertThat(TopologyElements.resolve(topology, "vision")).as("workloads are looked up by type").isEmpty();
    }

    @Test
    void findsRecordsAndTheSiteOfACluster() {
        assertThat(TopologyElements.find(topology, ElementRef.workload("checkout")))
                .map(w -> ((dev.traverse.engine.model.Workload) w).replicas()).contains(4);
        assertThat(TopologyElements.siteOfCluster(topology, "store-017-k3s").map(s -> s.name()))
                .contains("store-017");
        assertThat(TopologyElements.exists(topology, new ElementRef(ElementType.SITE, "aks-weu"))).isFalse();
        assertThat(TopologyElements.nodePool(topology, "gpu")).isEqualTo(Optional.empty());
    }

    @Test
    void renamingKeepsAChildsParentInItsId() {
        assertThat(TopologyElements.renamedId(new ElementRef(ElementType.NODE_POOL, "aks-weu/gpu"), "a100"))
                .isEqualTo("aks-weu/a100");
        assertThat(TopologyElements.renamedId(new ElementRef(ElementType.DEVICE_GROUP, "store-017/cam"), "camera"))
                .isEqualTo("store-017/camera");
        assertThat(TopologyElements.renamedId(new ElementRef(ElementType.SITE, "store-017"), "store-18"))
                .isEqualTo("store-18");
        assertThat(ElementType.NODE_POOL.count(1)).isEqualTo("1 node pool");
        assertThat(ElementType.NODE_POOL.count(3)).isEqualTo("3 node pools");
    }
}
