package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.placement.plugins.DynamicFixtures.Situation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleAnywaySpreadTest {

    /** Three zones of one cluster: two nodes in z1, two in z2, one in z3. */
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
                      - name: c
                        zone: z3
                        capacity: {cpu: 8, memory: 32Gi}
            workloads:
              - name: web
                kind: service
                image: example.com/web:1
                replicas: 9
                spread: [{over: zone, maxSkew: 1, whenUnsatisfiable: ScheduleAnyway}]
              - name: api
                kind: service
                image: example.com/api:1
                spread: [{over: zone, maxSkew: 1}]
            """;

    private final ScheduleAnywaySpread scorer = new ScheduleAnywaySpread();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                    | web placed in zones     | candidate | delta
            the first replica                         |                         | aks/a-1   | 0
            a second in the same zone                 | aks/a-1                 | aks/a-2   | 1
            a second in another zone                  | aks/a-1                 | aks/b-1   | 0
            z1 one beyond the empty z3                | aks/a-1 aks/b-1         | aks/a-2   | 1
            the empty z3, nothing beyond yet          | aks/a-1 aks/b-1         | aks/c     | 0
            filling the only empty zone: z1 gains 1   | aks/a-1 aks/a-2 aks/a-1 aks/b-1 | aks/c | -1
            filling it: z1 and z2 gain 1 each         | aks/a-1 aks/a-2 aks/a-1 aks/b-1 aks/b-2 aks/b-1 | aks/c | -2
            one of two emptiest zones changes nothing | aks/a-1 aks/a-2 aks/a-1 | aks/b-1 | 0
            z3 the only one with 1: z1 gains 1        | aks/a-1 aks/a-2 aks/a-1 aks/b-1 aks/b-2 aks/c | aks/c | -1
            within maxSkew of the fewest              | aks/a-1 aks/b-1 aks/c   | aks/b-2   | 0
            """)
    void countsTheReplicasBeyondMaxSkew(String name, String placed, String candidate, double delta) {
        Situation s = DynamicFixtures.filtered(SPEC).placeAll("web", placed);

        assertThat(s.delta(scorer, "web", s.next("web"), candidate)).isCloseTo(delta, within(1e-9));
    }

    /**
     * Seven replicas ending 4, 2, 1 over z1, z2, z3 are 4 - 1 - 1 = 2 beyond maxSkew, whatever order they come in:
     * the deltas are changes of one function of the placement.
     */
    @Test
    void theDeltasAddUpToTheFinalPlacementsCountInAnyOrder() {
        String[] orders = {
                "aks/a-1 aks/a-2 aks/a-1 aks/a-2 aks/b-1 aks/b-2 aks/c",
                "aks/c aks/b-1 aks/b-2 aks/a-1 aks/a-2 aks/a-1 aks/a-2",
                "aks/a-1 aks/c aks/a-2 aks/b-1 aks/a-1 aks/b-2 aks/a-2"};
        for (String order : orders) {
            Situation s = DynamicFixtures.filtered(SPEC);
            double total = 0;
            for (String host : order.split(" ")) {
                int next = s.next("web");
                total += s.delta(scorer, "web", next, host);
                s.place("web", next, host);
            }
            assertThat(total).as(order).isCloseTo(2, within(1e-9));
        }
    }

    @Test
    void requiredSpreadIsTheFiltersBusiness() {
        Situation s = DynamicFixtures.filtered(SPEC);

        assertThat(scorer.appliesTo(s.problem, s.demand("web"))).isTrue();
        assertThat(scorer.appliesTo(s.problem, s.demand("api"))).isFalse();
        assertThat(scorer.isMarginal()).isTrue();
    }
}
