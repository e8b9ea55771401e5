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

class NodeOsTest {

    static final Problem PROBLEM = StaticFixtures.spec("""
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  clusters:
                    - name: aks
                      nodes:
                        - name: linux
                          count: 2
                        - name: win
                          os: windows
                - name: store
                  kind: store
                  provider: on-prem
                  devices:
                    - name: cam
                      kind: camera
                      arch: arm64
                      os: linux
                      runtimes: [container]
                    - name: box
                      count: 3
                      kind: other
                      arch: arm64
                      runtimes: [container]
              workloads:
                - name: any
                  kind: service
                  image: example.com/any:1
                - name: lin
                  kind: service
                  image: example.com/lin:1
                  os: [linux]
                - name: win
                  kind: service
                  image: example.com/win:1
                  os: [windows]
                - name: both
                  kind: service
                  image: example.com/both:1
                  os: [linux, windows]
            """);

    static Stream<Arguments> verdicts() {
        return Stream.of(
                passes("any", "store/box"),
                passes("lin", "aks/linux"),
                passes("lin", "store/cam"),
                rejects("lin", "aks/win", "node(s) didn't match os linux", "add windows to the workload's os", 0.6),
                rejects("lin", "store/box",
                        "node(s) didn't match os linux (no os stated)",
                        "state os linux on device group store/box", 0.1),
                passes("win", "aks/win"),
                rejects("win", "aks/linux", "node(s) didn't match os windows", "add linux to the workload's os", 0.6),
                passes("both", "aks/win"),
                rejects("both", "store/box",
                        "node(s) didn't match os linux, windows (no os stated)",
                        "state os linux on device group store/box", 0.1));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("verdicts")
    void osMustBeOneTheWorkloadRunsOn(String workload, String group, String reason, String fix, Double magnitude) {
        assertVerdict(groupVerdict(new NodeOs(), PROBLEM, workload, group), NodeOs.NAME, reason, fix, magnitude);
    }
}
