package dev.traverse.engine.placement.plugins;

import static dev.traverse.engine.placement.plugins.StaticFixtures.assertVerdict;
import static dev.traverse.engine.placement.plugins.StaticFixtures.groupVerdict;
import static dev.traverse.engine.placement.plugins.StaticFixtures.passes;
import static dev.traverse.engine.placement.plugins.StaticFixtures.rejects;
import static dev.traverse.engine.placement.plugins.StaticFixtures.rejectsWithoutFix;

import dev.traverse.engine.placement.problem.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RuntimeClassTest {

    static final Problem PROBLEM = StaticFixtures.spec("""
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - name: general
                          count: 3
                        - name: wasm
                          runtimes: [container, wasm]
                - name: store
                  kind: store
                  provider: on-prem
                  devices:
                    - name: cam
                      count: 2
                      kind: camera
                      arch: arm64
                      runtimes: [firmware, container]
                      fleet: cams
                    - name: pi
                      kind: other
                      arch: arm64
                      runtimes: [container]
                    - name: shelf
                      count: 8
                      kind: sensor
                      arch: cortex-m4
                      fleet: shelves
                    - name: probe
                      kind: sensor
                      arch: cortex-m33
                      runtimes: [firmware, wasm]
                      fleet: probes
              workloads:
                - name: web
                  kind: service
                  image: example.com/web:1
                - name: mod
                  kind: service
                  image: example.com/mod:1
                  runtime: wasm
                - name: fw
                  kind: firmware
                  artifact: oci://example.com/fw:1
                  target: {fleet: cams}
            """);

    static Stream<Arguments> verdicts() {
        return Stream.of(
                passes("web", "aks/general"),
                passes("web", "aks/wasm"),
                passes("web", "store/cam"),
                passes("web", "store/pi"),
                rejectsWithoutFix("web", "store/shelf", "node(s) are microcontrollers, which don't run containers"),
                rejects("web", "store/probe",
                        "node(s) are microcontrollers, which don't run containers",
                        "set the workload's runtime to wasm", 0.5),
                passes("mod", "aks/wasm"),
                passes("mod", "store/probe"),
                rejects("mod", "aks/general",
                        "node(s) didn't have runtime wasm",
                        "add runtime wasm to node pool aks/general", 0.4),
                rejects("mod", "store/shelf",
                        "node(s) didn't have runtime wasm",
                        "add runtime wasm to device group store/shelf", 0.4),
                passes("fw", "store/cam"),
                passes("fw", "store/shelf"),
                rejectsWithoutFix("fw", "aks/general", "node(s) are Kubernetes nodes; firmware runs on devices"),
                rejects("fw", "store/pi",
                        "node(s) didn't have runtime firmware", "add runtime firmware to device group store/pi", 0.4));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("verdicts")
    void groupMustRunTheWorkloadsRuntime(String workload, String group, String reason, String fix, Double magnitude) {
        assertVerdict(groupVerdict(new RuntimeClass(), PROBLEM, workload, group), RuntimeClass.NAME, reason, fix,
                magnitude);
    }
}
