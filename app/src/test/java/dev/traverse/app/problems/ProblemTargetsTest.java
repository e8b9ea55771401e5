package dev.traverse.app.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.elements.ElementRef;
import dev.traverse.app.elements.ElementType;
import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.model.Topology;
import org.junit.jupiter.api.Test;

class ProblemTargetsTest {

    private final Topology topology = Topologies.retailMini();

    @Test
    void aPathLeadsToTheInnermostElementItGoesThrough() {
        assertThat(ProblemTargets.elementOf(topology, "spec.sites[0].clusters[0].nodes[1].capacity.memory"))
                .contains(new ElementRef(ElementType.NODE_POOL, "aks-weu/gpu"));
        assertThat(ProblemTargets.elementOf(topology, "spec.sites[0].clusters[0].distribution"))
                .contains(new ElementRef(ElementType.CLUSTER, "aks-weu"));
        assertThat(ProblemTargets.elementOf(topology, "spec.sites[1].devices[1].gateway"))
                .contains(new ElementRef(ElementType.DEVICE_GROUP, "store-017/shelf"));
        assertThat(ProblemTargets.elementOf(topology, "spec.sites[1].jurisdiction"))
                .contains(new ElementRef(ElementType.SITE, "store-017"));
        assertThat(ProblemTargets.elementOf(topology, "spec.links[0].between[1]"))
                .contains(new ElementRef(ElementType.LINK, "azure-westeurope <-> store-017"));
        assertThat(ProblemTargets.elementOf(topology, "spec.workloads[1].resources.cpu"))
                .contains(ElementRef.workload("checkout"));
    }

    @Test
    void pathsOutsideTheElementsOrPastTheirEndLeadNowhereOrToTheParent() {
        assertThat(ProblemTargets.elementOf(topology, "")).isEmpty();
        assertThat(ProblemTargets.elementOf(topology, "metadata.name")).isEmpty();
        assertThat(ProblemTargets.elementOf(topology, "spec.sites[9]")).isEmpty();
        assertThat(ProblemTargets.elementOf(topology, "spec.workloads[7].image")).isEmpty();
        assertThat(ProblemTargets.elementOf(topology, "spec.sites[1].clusters[4].nodes[0]"))
                .contains(new ElementRef(ElementType.SITE, "store-017"));
        assertThat(ProblemTargets.elementOf(topology, "spec.sites[0].clusters[0].nodes[8]"))
                .contains(new ElementRef(ElementType.CLUSTER, "aks-weu"));
        assertThat(ProblemTargets.elementOf(topology, null)).isEmpty();
    }
}
