package dev.traverse.engine.placement.plugins;

import static dev.traverse.engine.placement.plugins.StaticFixtures.assertVerdict;
import static dev.traverse.engine.placement.plugins.StaticFixtures.groupVerdict;
import static dev.traverse.engine.placement.plugins.StaticFixtures.passes;
import static dev.traverse.engine.placement.plugins.StaticFixtures.rejects;

import dev.traverse.engine.placement.problem.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NodeArchTest {

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
                        - name: arm
                          count: 2
                          arch: arm64
                - name: store
                  kind: store
                  provider: on-prem
                  devices:
                    - name: shelf
                      count: 4
                      kind: sensor
                      arch: cortex-m4
                      runtimes: [firmware, wasm]
                      fleet: shelves
              workloads:
                - name: any
                  kind: service
                  image: example.com/any:1
                - name: amd
                  kind: service
                  image: example.com/amd:1
                  arch: [amd64]
                - name: multi
                  kind: service
                  image: example.com/multi:1
                  arch: [amd64, arm64]
                - name: many
                  kind: service
                  image: example.com/many:1
                  runtime: wasm
                  arch: [amd64, arm64, armv7, riscv64, cortex-m0, cortex-m3]
                - name: fw
                  kind: firmware
                  artifact: oci://example.com/fw:1
                  arch: [cortex-m4]
                  target: {fleet: shelves}
            """);

    static Stream<Arguments> verdicts() {
        return Stream.of(
                passes("any", "aks/general"),
                passes("any", "store/shelf"),
                passes("amd", "aks/general"),
                rejects("amd", "aks/arm", "node(s) didn't match arch amd64", "add arm64 to the workload's arch", 0.5),
                passes("multi", "aks/arm"),
                rejects("multi", "store/shelf",
                        "node(s) didn't match arch amd64, arm64",
                        "add cortex-m4 to the workload's arch", 0.5),
                rejects("many", "store/shelf",
                        "node(s) didn't match arch amd64, arm64, armv7, riscv64, cortex-m0 and 1 more",
                        "add cortex-m4 to the workload's arch", 0.5),
                passes("fw", "store/shelf"),
                rejects("fw", "aks/general",
                        "node(s) didn't match arch cortex-m4", "add amd64 to the workload's arch", 0.5));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("verdicts")
    void archMustBeOneTheWorkloadIsBuiltFor(String workload, String group, String reason, String fix,
                                            Double magnitude) {
        assertVerdict(groupVerdict(new NodeArch(), PROBLEM, workload, group), NodeArch.NAME, reason, fix, magnitude);
    }
}
