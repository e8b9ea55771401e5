package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.plugins.DynamicFixtures.Situation;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class InterWorkloadAffinityTest {

    /** Two zones of two nodes, and workloads with each kind of required workload term. */
    static final String SPEC = """
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
                        count: 2
                        zone: z2
                        capacity: {cpu: 8, memory: 32Gi}
            workloads:
              - name: cache
                kind: service
                image: example.com/cache:1
                replicas: 2
              - name: api
                kind: service
                image: example.com/api:1
                replicas: 2
                affinity: [{workload: cache, over: zone}]
              - name: peer
                kind: service
                image: example.com/peer:1
                replicas: 2
                affinity: [{workload: peer, over: zone}]
              - name: web
                kind: service
                image: example.com/web:1
                replicas: 3
                antiAffinity: [{workload: web}]
              - name: db
                kind: service
                image: example.com/db:1
                antiAffinity: [{workload: batch, over: zone}]
              - name: batch
                kind: job
                image: example.com/batch:1
              - name: hopeful
                kind: service
                image: example.com/hopeful:1
                affinity: [{workload: cache, over: zone, preferred: 50}]
                antiAffinity: [{workload: batch, preferred: 50}]
            """;

    private static final String AFFINITY = "node(s) didn't match pod affinity rules";
    private static final String ANTI = "node(s) didn't match pod anti-affinity rules";
    private static final String EXISTING = "node(s) didn't satisfy existing pods anti-affinity rules";

    private final InterWorkloadAffinity plugin = new InterWorkloadAffinity();

    static Stream<Arguments> placements() {
        return Stream.of(
                fail("affinity: nothing of cache placed yet", "", "api", 0, "aks/a-1",
                        AFFINITY, "make the affinity to workload cache over zone preferred"),
                pass("affinity: cache in the zone, on another node", "cache:aks/a-1", "api", 0, "aks/a-2"),
                fail("affinity: cache in the other zone only", "cache:aks/a-1", "api", 0, "aks/b-1",
                        AFFINITY, "make the affinity to workload cache over zone preferred"),
                pass("affinity: cache in both zones", "cache:aks/a-1 cache:aks/b-2", "api", 0, "aks/b-1"),
                pass("self-affinity: the first replica goes anywhere", "", "peer", 0, "aks/b-2"),
                pass("self-affinity: the second joins the first", "peer:aks/a-1", "peer", 1, "aks/a-2"),
                fail("self-affinity: not in another zone", "peer:aks/a-1", "peer", 1, "aks/b-1",
                        AFFINITY, "make the affinity to workload peer over zone preferred"),
                pass("self-anti-affinity over node: a free node", "web:aks/a-1", "web", 1, "aks/a-2"),
                fail("self-anti-affinity over node: the same node", "web:aks/a-1", "web", 1, "aks/a-1",
                        ANTI, "make the anti-affinity to workload web over node preferred"),
                fail("anti-affinity: batch in the zone", "batch:aks/a-2", "db", 0, "aks/a-1",
                        ANTI, "make the anti-affinity to workload batch over zone preferred"),
                pass("anti-affinity: batch in the other zone", "batch:aks/a-2", "db", 0, "aks/b-1"),
                fail("symmetric: db keeps batch out of its zone", "db:aks/a-2", "batch", 0, "aks/a-1",
                        EXISTING, "make the anti-affinity of workload db to workload batch over zone preferred"),
                pass("symmetric: batch is free in the other zone", "db:aks/a-2", "batch", 0, "aks/b-2"),
                pass("preferred terms never refuse", "batch:aks/a-1", "hopeful", 0, "aks/a-1"),
                pass("no terms never refuse", "web:aks/a-1", "cache", 0, "aks/a-1"));
    }

    private static Arguments pass(String name, String placed, String workload, int replica, String candidate) {
        return Arguments.of(name, placed, workload, replica, candidate, null, null);
    }

    private static Arguments fail(String name, String placed, String workload, int replica, String candidate,
                                  String reason, String fix) {
        return Arguments.of(name, placed, workload, replica, candidate, reason, fix);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("placements")
    void requiredWorkloadTerms(String name, String placed, String workload, int replica, String candidate,
                               String reason, String fix) {
        Situation s = DynamicFixtures.allFeasible(SPEC).placeEach(placed);

        Rejection rejection = s.filter(plugin, workload, replica, candidate);

        if (reason == null) {
            assertThat(rejection).isNull();
        } else {
            assertThat(rejection.plugin()).isEqualTo("InterWorkloadAffinity");
            assertThat(rejection.reason()).isEqualTo(reason);
            assertThat(rejection.fix()).isEqualTo(fix);
            assertThat(rejection.magnitude()).isEqualTo(0.5);
        }
    }

    @ParameterizedTest
    @CsvSource({"api, true", "peer, true", "web, true", "db, true", "batch, true", "cache, false", "hopeful, false"})
    void appliesToWorkloadsWithRequiredTermsAndThoseTheyKeepAwayFrom(String workload, boolean applies) {
        assertThat(DynamicFixtures.allFeasible(SPEC).appliesTo(plugin, workload)).isEqualTo(applies);
    }
}
