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

class FleetTargetTest {

    static final Problem PROBLEM = StaticFixtures.spec("""
              sites:
                - name: store
                  kind: store
                  provider: on-prem
                  clusters:
                    - name: store-k3s
                      nodes:
                        - name: gw
                          arch: arm64
                  devices:
                    - name: shelf
                      count: 20
                      kind: sensor
                      arch: cortex-m4
                      fleet: shelf-sensors
                    - name: shelf-old
                      count: 5
                      kind: sensor
                      arch: cortex-m4
                      fleet: legacy
                    - name: spare
                      kind: sensor
                      arch: cortex-m4
              workloads:
                - name: web
                  kind: service
                  image: example.com/web:1
                - name: shelf-fw
                  kind: firmware
                  artifact: oci://example.com/shelf:2
                  target: {fleet: shelf-sensors}
            """);

    static Stream<Arguments> verdicts() {
        return Stream.of(
                passes("web", "store-k3s/gw"),
                passes("web", "store/spare"),
                passes("shelf-fw", "store/shelf"),
                rejects("shelf-fw", "store/shelf-old",
                        "node(s) didn't belong to fleet shelf-sensors",
                        "move device group store/shelf-old to fleet shelf-sensors", 0.3),
                rejects("shelf-fw", "store/spare",
                        "node(s) didn't belong to fleet shelf-sensors",
                        "add device group store/spare to fleet shelf-sensors", 0.2),
                rejectsWithoutFix("shelf-fw", "store-k3s/gw", "node(s) didn't belong to fleet shelf-sensors"));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("verdicts")
    void workloadGoesOnlyToDevicesOfItsFleet(String workload, String group, String reason, String fix,
                                             Double magnitude) {
        assertVerdict(groupVerdict(new FleetTarget(), PROBLEM, workload, group), FleetTarget.NAME, reason, fix,
                magnitude);
    }
}
