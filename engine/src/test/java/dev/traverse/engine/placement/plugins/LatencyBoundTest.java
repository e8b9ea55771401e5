package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.plugins.DynamicFixtures.Situation;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class LatencyBoundTest {

    /**
     * A store with cameras 1 ms from it, a cloud region 14 ms away, a PoP reached over two short hops (0.1 + 0.2 ms,
     * a sum doubles cannot hold exactly), and a site no link reaches.
     */
    static final String SPEC = """
            sites:
              - name: cloud
                kind: cloud-region
                provider: azure
                clusters:
                  - name: aks
                    nodes:
                      - name: general
                        capacity: {cpu: 8, memory: 32Gi}
              - name: store
                kind: store
                provider: on-prem
                clusters:
                  - name: k3s
                    distribution: k3s
                    nodes:
                      - name: gw
                        capacity: {cpu: 4, memory: 8Gi}
                devices:
                  - name: cam
                    count: 2
                    kind: camera
                    arch: arm64
                    runtimes: [firmware, container]
                    capacity: {cpu: 2, memory: 2Gi}
              - name: hop
                kind: edge-pop
                provider: other
              - name: pop
                kind: edge-pop
                provider: other
                clusters:
                  - name: pop-k8s
                    nodes:
                      - name: edge
                        capacity: {cpu: 4, memory: 8Gi}
              - name: island
                kind: other
                provider: on-prem
                clusters:
                  - name: island-k3s
                    distribution: k3s
                    nodes:
                      - name: box
                        capacity: {cpu: 4, memory: 8Gi}
            links:
              - between: [cloud, store]
                latencyMs: 14
              - between: [store/cam, store]
                latencyMs: 1
              - between: [store, hop]
                latencyMs: 0.1
              - between: [hop, pop]
                latencyMs: 0.2
            workloads:
              - name: footfall
                kind: ai-model
                image: example.com/footfall:1
                latency: {to: store/cam, maxMs: 5}
              - name: report
                kind: service
                image: example.com/report:1
                latency: {to: store, maxMs: 14}
              - name: tight
                kind: service
                image: example.com/tight:1
                latency: {to: store, maxMs: 0.25}
              - name: exact
                kind: service
                image: example.com/exact:1
                latency: {to: store, maxMs: 0.3}
              - name: anywhere
                kind: service
                image: example.com/anywhere:1
            """;

    private final LatencyBound plugin = new LatencyBound();

    static Stream<Arguments> placements() {
        String fromCameras = "node(s) exceed latency bound 5 ms to store/cam";
        return Stream.of(
                pass("the store's gateway, 1 ms from the cameras", "footfall", "k3s/gw"),
                pass("a camera itself", "footfall", "store/cam-2"),
                fail("the cloud, 15 ms from the cameras", "footfall", "aks/general",
                        fromCameras, "relax latency bound to 15 ms", 0.667),
                fail("no path at all", "footfall", "island-k3s/box",
                        fromCameras, "link site island to store/cam", 1),
                pass("exactly at the bound", "report", "aks/general"),
                fail("a fractional bound, the fix rounded up", "tight", "pop-k8s/edge",
                        "node(s) exceed latency bound 0.25 ms to store", "relax latency bound to 0.3 ms", 0.167),
                pass("0.1 + 0.2 ms meets a bound of 0.3 ms", "exact", "pop-k8s/edge"),
                pass("no bound never refuses", "anywhere", "island-k3s/box"));
    }

    private static Arguments pass(String name, String workload, String candidate) {
        return Arguments.of(name, workload, candidate, null, null, null);
    }

    private static Arguments fail(String name, String workload, String candidate, String reason, String fix,
                                  double magnitude) {
        return Arguments.of(name, workload, candidate, reason, fix, magnitude);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placements")
    void keepsReplicasWithinTheirBound(String name, String workload, String candidate, String reason, String fix,
                                       Double magnitude) {
        Situation s = DynamicFixtures.allFeasible(SPEC);

        Rejection rejection = s.filter(plugin, workload, 0, candidate);

        if (reason == null) {
            assertThat(rejection).isNull();
        } else {
            assertThat(rejection.plugin()).isEqualTo("LatencyBound");
            assertThat(rejection.reason()).isEqualTo(reason);
            assertThat(rejection.fix()).isEqualTo(fix);
            assertThat(rejection.magnitude()).isCloseTo(magnitude, within(0.001));
        }
    }

    /** Where a host is does not change as replicas come: groups with no member within the bound are left out early. */
    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # group          | workload | reason
            k3s/gw           | footfall |
            store/cam        | footfall |
            aks/general      | footfall | node(s) exceed latency bound 5 ms to store/cam
            island-k3s/box   | footfall | node(s) exceed latency bound 5 ms to store/cam
            island-k3s/box   | anywhere |
            pop-k8s/edge     | exact    |
            pop-k8s/edge     | tight    | node(s) exceed latency bound 0.25 ms to store
            """)
    void refusesWholeGroupsOutOfReach(String group, String workload, String reason) {
        Situation s = DynamicFixtures.allFeasible(SPEC);
        var g = s.problem.groups().stream().filter(x -> x.name().equals(group)).findFirst().orElseThrow();

        Rejection rejection = plugin.filter(s.problem, s.problem.demands().get(s.demand(workload)), g);

        assertThat(rejection == null ? null : rejection.reason()).isEqualTo(reason);
        assertThat(plugin.admits(s.problem, s.problem.demands().get(s.demand(workload)), g))
                .as("admits answers as the filter does").isEqualTo(reason == null);
    }

    @ParameterizedTest
    @CsvSource({"footfall, true", "report, true", "anywhere, false"})
    void appliesToBoundedWorkloads(String workload, boolean applies) {
        assertThat(DynamicFixtures.allFeasible(SPEC).appliesTo(plugin, workload)).isEqualTo(applies);
    }
}
