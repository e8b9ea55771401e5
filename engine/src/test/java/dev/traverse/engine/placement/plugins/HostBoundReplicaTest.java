package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import org.junit.jupiter.api.Test;

/** Replicas bound to one host (pins, firmware for each fleet device) still answer to the static filters. */
class HostBoundReplicaTest {

    static final String SITE = StaticFixtures.HEADER + """
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - name: arm
                          count: 2
                          arch: arm64
                          capacity: {cpu: 2, memory: 4Gi}
                  devices:
                    - name: m4
                      count: 2
                      kind: sensor
                      arch: cortex-m4
                      fleet: shelf
                    - name: m33
                      kind: sensor
                      arch: cortex-m33
                      fleet: shelf
              workloads:
            """;

    static PlacementResult place(String workloads) {
        ReadResult read = TopologyReader.read("test.yaml", SITE + workloads, FileFormat.YAML);
        assertThat(read.problems()).isEmpty();
        return PlacementEngine.place(read.document().orElseThrow().topology(), PlacementOptions.DEFAULT);
    }

    @Test
    void aPinToAHostOfAnotherArchIsRefusedAndExplained() {
        PlacementResult result = place("""
                    - name: web
                      kind: service
                      image: example.com/web:1
                      arch: [amd64]
                      pins: [{replica: 0, node: aks/arm-1}]
                """);

        assertThat(result.assignments()).isEmpty();
        assertThat(result.unplaced()).singleElement().extracting(UnplacedReplica::summary)
                .isEqualTo("pinned to aks/arm-1, which is not available: 1 node(s) didn't match arch amd64.");
    }

    @Test
    void firmwareSkipsFleetDevicesOfAnotherArch() {
        PlacementResult result = place("""
                    - name: fw
                      kind: firmware
                      artifact: oci://example.com/fw:1
                      arch: [cortex-m4]
                      target: {fleet: shelf}
                """);

        assertThat(result.assignments()).extracting(Assignment::node).containsExactly("weu/m4-1", "weu/m4-2");
        assertThat(result.unplaced()).singleElement().extracting(UnplacedReplica::summary)
                .isEqualTo("device weu/m33 of fleet shelf cannot take it: 1 node(s) didn't match arch cortex-m4.");
    }
}
