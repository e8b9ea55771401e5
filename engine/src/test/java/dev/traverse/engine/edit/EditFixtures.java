package dev.traverse.engine.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Topologies for edit tests, and checks that an edited topology is one the reader accepts. */
final class EditFixtures {

    /** A cloud region and two stores with gateways, cameras and sensors; workloads with every kind of reference. */
    static final String SHOP = """
            # Two stores and a cloud region.
            apiVersion: traverse.dev/v1alpha1
            kind: Topology
            metadata:
              name: shop
            spec:
              sites:
                - name: cloud
                  kind: cloud-region
                  provider: azure
                  jurisdiction: NL
                  clusters:
                    - name: aks
                      distribution: aks
                      nodes:
                        - name: general
                          count: 3
                          zone: z1
                          capacity: {cpu: 8, memory: 32Gi}
                        - name: gpu
                          capacity: {cpu: 24, memory: 220Gi, gpu: 1}
                - name: store-1
                  kind: store
                  provider: on-prem
                  jurisdiction: FR
                  clusters:
                    - name: store-1-k3s
                      distribution: k3s
                      nodes:
                        - name: gw
                          arch: arm64
                          capacity: {cpu: 4, memory: 8Gi}
                  devices:
                    - name: cam
                      count: 4
                      kind: camera
                      arch: arm64
                      runtimes: [firmware, container]
                      capacity: {cpu: 4, memory: 2Gi}
                      gateway: gw
                      fleet: cameras
                    - name: shelf
                      count: 10
                      kind: sensor
                      arch: cortex-m4
                      capacity: {memory: 256Ki}
                      gateway: gw
                      fleet: shelves
                - name: store-2
                  kind: store
                  provider: on-prem
                  jurisdiction: FR
                  clusters:
                    - name: store-2-k3s
                      distribution: k3s
                      nodes:
                        - name: gw
                          arch: arm64
                          capacity: {cpu: 4, memory: 8Gi}
                  devices:
                    - name: cam
                      count: 2
                      kind: camera
                      arch: arm64
                      capacity: {cpu: 4, memory: 2Gi}
                      gateway: store-2-k3s/gw
                      fleet: cameras
                    - name: shelf
                      count: 4
                      kind: sensor
                      arch: cortex-m4
                      capacity: {memory: 256Ki}
                      gateway: gw
                      fleet: shelves
              links:
                - between: [cloud, store-1]
                  latencyMs: 14
                - between: [cloud, store-2]
                  latencyMs: 16
                - between: [store-1/cam, store-1]
                  latencyMs: 1
              workloads:
                - name: api
                  kind: service
                  image: registry.example.com/api:1
                  replicas: 3
                  resources: {cpu: 500m, memory: 1Gi}
                  affinity: [{clusters: [aks, store-1-k3s]}, {sites: [cloud], preferred: 50}]
                  antiAffinity: [{workload: api, over: node}]
                  clusterAffinities:
                    - {name: primary, clusters: [aks]}
                    - {name: stores, clusters: [store-1-k3s, store-2-k3s]}
                  replicaScheduling: {type: Divided, division: Weighted, weights: {aks: 2, store-1-k3s: 1}}
                  pins: [{replica: 0, node: aks/general-2}, {replica: 1, node: store-1-k3s/gw}]
                - name: vision
                  kind: ai-model
                  image: registry.example.com/vision:2
                  replicas: 2
                  resources: {cpu: 1, memory: 1Gi}
                  affinity: [{nodes: [store-1/cam, store-2/cam-1]}, {workload: api, over: site}]
                  latency: {to: store-1/cam, maxMs: 5}
                  pins: [{replica: 1, node: store-1/cam-3}]
                - name: shelf-fw
                  kind: firmware
                  artifact: oci://registry.example.com/shelf:2
                  resources: {memory: 96Ki}
                  arch: [cortex-m4]
                  target: {fleet: shelves}
            layout:
              aks: {x: 100, y: 110}
              aks/general: {x: 110, y: 140}
              cloud: {x: 80, y: 60}
              store-1: {x: 560, y: 60}
              store-1-k3s: {x: 570, y: 100}
              store-1-k3s/gw: {x: 580, y: 120}
              store-1/cam: {x: 600, y: 200}
              store-2: {x: 900, y: 60}
            """;

    private EditFixtures() {
    }

    static Topology shop() {
        return read(SHOP);
    }

    static Topology read(String yaml) {
        ReadResult result = TopologyReader.read("fixture.yaml", yaml, FileFormat.YAML);
        assertThat(result.errors()).isEmpty();
        return result.document().orElseThrow().topology();
    }

    /** Writes the topology and reads it back: no errors, and the same model. */
    static void assertReadable(Topology t) {
        String yaml = TopologyWriter.toYaml(TopologyDocument.of(t));
        ReadResult result = TopologyReader.read("edited.yaml", yaml, FileFormat.YAML);
        assertThat(result.errors()).as(yaml).isEmpty();
        assertThat(result.document()).hasValueSatisfying(d -> assertThat(d.topology()).isEqualTo(t));
    }

    static String yaml(Topology t) {
        return TopologyWriter.toYaml(TopologyDocument.of(t));
    }

    static Site site(Topology t, String name) {
        return t.sites().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static Device device(Topology t, String site, String name) {
        return site(t, site).devices().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    static Workload workload(Topology t, String name) {
        return t.workloads().stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow();
    }

    /** The sample topologies shipped with Traverse. */
    static Stream<Path> samples() throws java.io.IOException {
        Path dir = Stream.of(Path.of("..", "sample-topologies"), Path.of("sample-topologies"))
                .filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalStateException("no samples"));
        return Files.list(dir).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }
}
