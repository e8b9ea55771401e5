package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.plugins.DynamicFixtures.Situation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PodTopologySpreadTest {

    /** Three zones of two nodes; zone z3 is tainted, so workloads that do not tolerate it can never use it. */
    static final String SPEC = """
            sites:
              - name: weu
                kind: cloud-region
                provider: azure
                region: westeurope
                clusters:
                  - name: aks
                    nodes:
                      - name: a
                        count: 2
                        zone: z1
                        capacity: {cpu: 8, memory: 32Gi}
                      - name: b
                        count: 2
                        zone: z2
                        capacity: {cpu: 8, memory: 32Gi}
                      - name: c
                        count: 2
                        zone: z3
                        capacity: {cpu: 8, memory: 32Gi}
                        taints: [{key: dedicated, value: gpu, effect: NoSchedule}]
            workloads:
              - name: web
                kind: service
                image: example.com/web:1
                replicas: 8
                resources: {cpu: 1, memory: 1Gi}
                spread: [{over: zone, maxSkew: 1}]
              - name: per-node
                kind: service
                image: example.com/per-node:1
                replicas: 8
                resources: {cpu: 1, memory: 1Gi}
                tolerations: [{key: dedicated, operator: Exists}]
                spread: [{over: node, maxSkew: 1}]
              - name: loose
                kind: service
                image: example.com/loose:1
                replicas: 8
                resources: {cpu: 1, memory: 1Gi}
                spread: [{over: zone, maxSkew: 2}]
              - name: soft
                kind: service
                image: example.com/soft:1
                replicas: 4
                spread: [{over: zone, maxSkew: 1, whenUnsatisfiable: ScheduleAnyway}]
              - name: plain
                kind: service
                image: example.com/plain:1
                replicas: 4
            """;

    private final PodTopologySpread plugin = new PodTopologySpread();

    static Stream<Arguments> placements() {
        String sixNodes = "aks/a-1 aks/a-2 aks/b-1 aks/b-2 aks/c-1 aks/c-2";
        return Stream.of(
                pass("first replica goes anywhere", "web", "", "aks/a-1"),
                fail("second in the same zone while the others are empty", "web", "aks/a-1", "aks/a-2",
                        "raise maxSkew over zone to 2", 0.5),
                pass("second in another zone", "web", "aks/a-1", "aks/b-1"),
                pass("one per zone, then any zone", "web", "aks/a-1 aks/b-1 aks/c-1", "aks/a-2"),
                fail("third in a zone while another is empty", "web", "aks/a-1 aks/a-2", "aks/a-1",
                        "raise maxSkew over zone to 3", 0.667),
                pass("two per zone, then any zone", "web", sixNodes, "aks/c-1"),
                fail("a zone of two above zones of one", "web", "aks/a-1 aks/a-2 aks/b-1 aks/c-1", "aks/a-1",
                        "raise maxSkew over zone to 2", 0.5),
                pass("a zone of one below zones of two", "web", "aks/a-1 aks/a-2 aks/b-1 aks/b-2 aks/c-1",
                        "aks/c-2"),
                pass("maxSkew 2 allows a second in one zone", "loose", "aks/a-1", "aks/a-2"),
                fail("maxSkew 2 refuses a third in one zone", "loose", "aks/a-1 aks/a-2", "aks/a-1",
                        "raise maxSkew over zone to 3", 0.333),
                pass("nodes: fewer replicas than nodes, an empty node", "per-node",
                        "aks/a-1 aks/a-2 aks/b-1 aks/b-2 aks/c-1", "aks/c-2"),
                fail("nodes: fewer replicas than nodes, a used node", "per-node",
                        "aks/a-1 aks/a-2 aks/b-1 aks/b-2 aks/c-1", "aks/a-1", "raise maxSkew over node to 2", 0.5),
                pass("nodes: one on every node, then any node", "per-node", sixNodes, "aks/a-1"),
                fail("nodes: a node of two, then it again", "per-node", sixNodes + " aks/a-1", "aks/a-1",
                        "raise maxSkew over node to 2", 0.5),
                pass("nodes: a node of two, then another node", "per-node", sixNodes + " aks/a-1", "aks/b-1"),
                pass("ScheduleAnyway never refuses", "soft", "aks/a-1 aks/a-2", "aks/a-1"),
                pass("no spread never refuses", "plain", "aks/a-1 aks/a-2", "aks/a-1"));
    }

    private static Arguments pass(String name, String workload, String placed, String candidate) {
        return Arguments.of(name, workload, placed, candidate, null, null);
    }

    private static Arguments fail(String name, String workload, String placed, String candidate, String fix,
                                  double magnitude) {
        return Arguments.of(name, workload, placed, candidate, fix, magnitude);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placements")
    void keepsSkewWithinMaxSkew(String name, String workload, String placed, String candidate, String fix,
                                Double magnitude) {
        Situation s = DynamicFixtures.allFeasible(SPEC).placeAll(workload, placed);
        int next = placed.isBlank() ? 0 : placed.trim().split("\\s+").length;

        Rejection rejection = s.filter(plugin, workload, next, candidate);

        if (fix == null) {
            assertThat(rejection).isNull();
        } else {
            assertThat(rejection.plugin()).isEqualTo("PodTopologySpread");
            assertThat(rejection.reason()).isEqualTo("node(s) didn't match pod topology spread constraints");
            assertThat(rejection.fix()).isEqualTo(fix);
            assertThat(rejection.magnitude()).isCloseTo(magnitude, within(0.001));
        }
    }

    /** Kubernetes counts only domains with nodes the pod may use: a zone the workload cannot enter is not empty. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                             | feasibility | workload | fix
            z3 is tainted: z1 and z2 hold one each, z3 ignored | filtered    | web      |
            z3 counted when every group is called usable       | all         | web      | raise maxSkew over zone to 2
            a workload tolerating the taint counts z3          | filtered    | tolerant | raise maxSkew over zone to 2
            """)
    void countsOnlyEligibleDomains(String name, String feasibility, String workload, String fix) {
        String spec = SPEC + """
                  - name: tolerant
                    kind: service
                    image: example.com/tolerant:1
                    replicas: 3
                    tolerations: [{key: dedicated, operator: Exists}]
                    spread: [{over: zone, maxSkew: 1}]
                """;
        Situation s = feasibility.equals("all") ? DynamicFixtures.allFeasible(spec) : DynamicFixtures.filtered(spec);
        s.place(workload, 0, "aks/a-1").place(workload, 1, "aks/b-1");

        Rejection rejection = s.filter(plugin, workload, 2, "aks/a-2");

        assertThat(rejection == null ? null : rejection.fix()).isEqualTo(fix);
    }

    /**
     * Replicas in a workload's primary clusters are spread over those clusters' zones: an empty zone of the burst
     * cluster, used only once the primary is full, does not hold the fewest at 0.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                      | placed          | candidate | fix
            a second in z1 beside one in z2             | aks/a-1 aks/b   | aks/a-2   |
            a third in z1 while z2 is empty             | aks/a-1 aks/a-2 | aks/a-1   | raise maxSkew over zone to 3
            the burst cluster counts its own zone alone | aks/a-1 aks/a-2 | spare/c   |
            """)
    void countsTheDomainsOfTheHostsFallbackGroup(String name, String placed, String candidate, String fix) {
        Situation s = DynamicFixtures.filtered("""
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - name: a
                            count: 2
                            zone: z1
                            capacity: {cpu: 8, memory: 32Gi}
                          - name: b
                            zone: z2
                            capacity: {cpu: 8, memory: 32Gi}
                      - name: spare
                        nodes:
                          - name: c
                            zone: z3
                            capacity: {cpu: 8, memory: 32Gi}
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 6
                    clusterAffinities: [{name: primary, clusters: [aks]}, {name: burst, clusters: [spare]}]
                    spread: [{over: zone, maxSkew: 1}]
                """).placeAll("api", placed);

        Rejection rejection = s.filter(plugin, "api", s.next("api"), candidate);

        assertThat(rejection == null ? null : rejection.fix()).isEqualTo(fix);
    }

    /**
     * A burst cluster sharing the primary's zones counts its own replicas alone, as its scheduler sees only those: one
     * in z1 and none in z2 there, so a second in z1 is two beyond the emptiest, whatever the primary holds in z2.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                           | placed             | candidate | fix
            a second burst replica in z1 while z2 has none   | aks/b spare/c-1    | spare/c-2 | raise maxSkew over zone to 2
            the burst's empty zone                           | aks/b spare/c-1    | spare/d   |
            the primary counts its own replica in z2 alone   | aks/b spare/c-1    | aks/a     |
            """)
    void countsTheReplicasOfTheHostsFallbackGroup(String name, String placed, String candidate, String fix) {
        Situation s = DynamicFixtures.filtered("""
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - name: a
                            zone: z1
                            capacity: {cpu: 8, memory: 32Gi}
                          - name: b
                            zone: z2
                            capacity: {cpu: 8, memory: 32Gi}
                      - name: spare
                        nodes:
                          - name: c
                            count: 2
                            zone: z1
                            capacity: {cpu: 8, memory: 32Gi}
                          - name: d
                            zone: z2
                            capacity: {cpu: 8, memory: 32Gi}
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 6
                    clusterAffinities: [{name: primary, clusters: [aks]}, {name: burst, clusters: [spare]}]
                    spread: [{over: zone, maxSkew: 1}]
                """).placeAll("api", placed);

        Rejection rejection = s.filter(plugin, "api", s.next("api"), candidate);

        assertThat(rejection == null ? null : rejection.fix()).isEqualTo(fix);
    }

    @Test
    void theFixtureTaintKeepsWebOutOfZoneThree() {
        Situation s = DynamicFixtures.filtered(SPEC);
        assertThat(s.feasible("web", "aks/c")).isFalse();
        assertThat(s.feasible("web", "aks/a")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"web, true", "per-node, true", "soft, false", "plain, false"})
    void appliesOnlyToHardSpread(String workload, boolean applies) {
        assertThat(DynamicFixtures.allFeasible(SPEC).appliesTo(plugin, workload)).isEqualTo(applies);
    }

    @Test
    void followsReplicasAsTheyMoveAndLeave() {
        Situation s = DynamicFixtures.allFeasible(SPEC).placeAll("web", "aks/a-1 aks/b-1 aks/c-1");
        assertThat(s.filter(plugin, "web", 3, "aks/a-2")).isNull();

        s.state.remove(s.replica("web", 2));

        assertThat(s.filter(plugin, "web", 3, "aks/a-2")).isNotNull();
        assertThat(s.filter(plugin, "web", 3, "aks/c-2")).isNull();
    }
}
