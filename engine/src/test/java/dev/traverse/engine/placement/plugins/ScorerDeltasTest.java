package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.plugins.DynamicFixtures.Situation;
import dev.traverse.engine.placement.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deltas of the scorers of the objectives a topology weighs, each in its own unit; the next replica is scored. */
class ScorerDeltasTest {

    /**
     * A cloud region (300 gCO2/kWh) with an autoscaled pool in zone z1 and an always-on pool in z2; a store with no
     * stated carbon intensity, 14 ms away, whose cameras are 1 ms from it; and a green site (50 gCO2/kWh) with a
     * microcontroller sensor and a camera, which no link reaches.
     */
    static final String SPEC = """
            sites:
              - name: weu
                kind: cloud-region
                provider: azure
                carbonIntensity: 300
                clusters:
                  - name: aks
                    nodes:
                      - name: spot
                        count: 2
                        zone: z1
                        capacity: {cpu: 4, memory: 16Gi}
                        costPerHour: 0.5
                        billing: when-used
                        powerWatts: 100
                      - name: base
                        zone: z2
                        capacity: {cpu: 8, memory: 32Gi}
                        costPerHour: 0.3
                        powerWatts: 160
              - name: store
                kind: store
                provider: on-prem
                clusters:
                  - name: k3s
                    distribution: k3s
                    nodes:
                      - name: gw
                        capacity: {cpu: 4, memory: 8Gi}
                        powerWatts: 12
                devices:
                  - name: cam
                    count: 2
                    kind: camera
                    arch: arm64
                    runtimes: [firmware, container]
                    capacity: {cpu: 2, memory: 2Gi}
                    powerWatts: 4
              - name: north
                kind: factory
                provider: on-prem
                carbonIntensity: 50
                devices:
                  - name: sensor
                    kind: sensor
                    arch: cortex-m4
                    capacity: {memory: 256Ki}
                    powerWatts: 4
                    fleet: sensors
                  - name: cam
                    kind: camera
                    arch: arm64
                    runtimes: [firmware, container]
                    capacity: {cpu: 2, memory: 2Gi}
                    powerWatts: 4
            links:
              - between: [weu, store]
                latencyMs: 14
              - between: [store/cam, store]
                latencyMs: 1
            workloads:
              - name: api
                kind: service
                image: example.com/api:1
                replicas: 4
                resources: {cpu: 1, memory: 2Gi}
              - name: big
                kind: service
                image: example.com/big:1
                resources: {cpu: 500m, memory: 12Gi}
              - name: footfall
                kind: ai-model
                image: example.com/footfall:1
                latency: {to: store/cam, maxMs: 20}
              - name: sensor-fw
                kind: firmware
                artifact: oci://example.com/sensor:1
                resources: {memory: 64Ki}
                target: {fleet: sensors}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | placed         | workload | candidate   | delta
            first replica on an empty when-used node |                | api      | aks/spot-1  | 0.5
            a when-used node already running         | api:aks/spot-1 | api      | aks/spot-1  | 0
            another node of a running pool           | api:aks/spot-1 | api      | aks/spot-2  | 0.5
            an always-on node costs the same anyway  |                | api      | aks/base    | 0
            a device                                 |                | api      | store/cam-1 | 0
            """)
    void cost(String name, String placed, String workload, String candidate, double delta) {
        assertDelta(new CostScorer(), placed, workload, candidate, delta);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                 | workload | candidate    | delta
            the store's gateway, 1 ms from cameras | footfall | k3s/gw       | 1
            a camera itself                        | footfall | store/cam-1  | 0
            the cloud                              | footfall | aks/base     | 15
            unreachable counts ten seconds         | footfall | north/sensor | 10000
            no bound, no latency                   | api      | aks/base     | 0
            """)
    void latency(String name, String workload, String candidate, double delta) {
        assertDelta(new LatencyScorer(), null, workload, candidate, delta);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                   | placed       | workload  | candidate    | delta
            a quarter of 100 W at 300 g/kWh          |              | api       | aks/spot-1   | 7.5
            an eighth of 160 W at 300 g/kWh          |              | api       | aks/base     | 6
            the same share whatever else runs there  | api:aks/base | api       | aks/base     | 6
            a site with no stated intensity counts 0 |              | api       | k3s/gw       | 0
            a device counts its memory share         |              | sensor-fw | north/sensor | 0.05
            a device with cpu counts its cpu share   |              | api       | north/cam    | 0.1
            a share is at most the whole host        |              | big       | north/sensor | 0.2
            """)
    void carbon(String name, String placed, String workload, String candidate, double delta) {
        assertDelta(new CarbonScorer(), placed, workload, candidate, delta);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                         | placed         | workload | candidate  | delta
            cpu dominates on an empty node |                | api      | aks/spot-1 | 0.0625
            after one more of the same     | api:aks/spot-1 | api      | aks/spot-1 | 0.1875
            memory dominates               |                | big      | aks/spot-1 | 0.5625
            what others use counts         | api:aks/spot-1 | big      | aks/spot-1 | 0.703125
            a bigger node is emptier       |                | api      | aks/base   | 0.015625
            """)
    void balance(String name, String placed, String workload, String candidate, double delta) {
        assertDelta(new BalanceScorer(), placed, workload, candidate, delta);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                       | placed         | workload | candidate  | delta
            opening an empty node        |                | api      | aks/spot-1 | 1
            joining a node in use        | api:aks/spot-1 | big      | aks/spot-1 | 0
            an always-on node counts too |                | api      | aks/base   | 1
            """)
    void consolidation(String name, String placed, String workload, String candidate, double delta) {
        assertDelta(new ConsolidationScorer(), placed, workload, candidate, delta);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                 | placed                        | workload | candidate  | delta
            the first replica                      |                               | api      | aks/spot-1 | 0
            another node of the same zone          | api:aks/spot-1                | api      | aks/spot-2 | 0.25
            two of four already in the zone        | api:aks/spot-1 api:aks/spot-2 | api      | aks/spot-1 | 0.5
            another zone                           | api:aks/spot-1 api:aks/spot-2 | api      | aks/base   | 0
            a single replica has nothing to spread |                               | big      | aks/spot-1 | 0
            """)
    void resilience(String name, String placed, String workload, String candidate, double delta) {
        assertDelta(new ResilienceScorer(), placed, workload, candidate, delta);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # scorer            | objective     | scale
            CostScorer          | cost          | 0.5
            LatencyScorer       | latency       | 20
            CarbonScorer        | carbon        | 48
            BalanceScorer       | balance       | 1
            ConsolidationScorer | consolidation | 1
            ResilienceScorer    | resilience    | 1
            PreferredAffinity   | affinity      | 1
            """)
    void objectivesAndScales(String type, String objective, double scale) throws ReflectiveOperationException {
        Scorer scorer = (Scorer) Class.forName(getClass().getPackageName() + "." + type).getDeclaredConstructor()
                .newInstance();
        assertThat(scorer.objective()).isEqualTo(objective);
        assertThat(scorer.scale(DynamicFixtures.problem(SPEC))).isCloseTo(scale, within(1e-9));
    }

    /** With nothing to measure, scales fall back to a unit rather than 0, which would divide deltas into NaN. */
    @Test
    void scalesAreNeverZero() {
        Problem problem = DynamicFixtures.problem("""
                sites:
                  - name: lab
                    kind: office
                    provider: on-prem
                    clusters:
                      - name: lab-k3s
                        nodes:
                          - name: pi
                            capacity: {cpu: 4, memory: 8Gi}
                workloads:
                  - name: hello
                    kind: service
                    image: example.com/hello:1
                """);
        assertThat(new CostScorer().scale(problem)).isEqualTo(1);
        assertThat(new CarbonScorer().scale(problem)).isEqualTo(1);
        assertThat(new LatencyScorer().scale(problem)).isEqualTo(100);
    }

    private static void assertDelta(Scorer scorer, String placed, String workload, String candidate, double delta) {
        Situation s = DynamicFixtures.allFeasible(SPEC).placeEach(placed);

        assertThat(s.delta(scorer, workload, s.next(workload), candidate)).isCloseTo(delta, within(1e-9));
    }
}
