package dev.traverse.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.model.Topology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemPathsTest {

    private final Topology t = Topologies.retailMini();

    @ParameterizedTest
    @CsvSource({
            "spec.sites[0], azure-westeurope",
            "spec.sites[0].jurisdiction, azure-westeurope",
            "spec.sites[0].clusters[0].context, aks-weu",
            "spec.sites[0].clusters[0].nodes[1].capacity.cpu, aks-weu/gpu",
            "spec.sites[1].clusters[0].nodes[0], store-017-k3s/gw",
            "spec.sites[1].devices[1].gateway, store-017/shelf",
            "spec.links[0].between[1], azure-westeurope <-> store-017",
            "spec.workloads[1].affinity[0].clusters, checkout",
            "layout.store-017, store-017",
            "spec.sites[1].clusters[0].nodes[7], store-017-k3s",
    })
    void aProblemPathLeadsToTheInnermostElement(String path, String id) {
        assertThat(ProblemPaths.elementId(t, path)).contains(id);
    }

    @Test
    void pathsOutsideElementsLeadNowhere() {
        assertThat(ProblemPaths.elementId(t, "")).isEmpty();
        assertThat(ProblemPaths.elementId(t, "metadata.name")).isEmpty();
        assertThat(ProblemPaths.elementId(t, "spec.objectives.cost")).isEmpty();
        assertThat(ProblemPaths.elementId(t, "spec.sites[9].name")).isEmpty();
        assertThat(ProblemPaths.elementId(t, "spec.sites[x]")).isEmpty();
    }
}
