package dev.traverse.engine.placement;

import static dev.traverse.engine.placement.PlacementFixtures.CONSTRUCTION_ONLY;
import static dev.traverse.engine.placement.PlacementFixtures.IMPROVED;
import static dev.traverse.engine.placement.PlacementFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult.HostUsage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When the construction opens a host: it charges each replica its share of the opening, at the rate its group pays
 * per unit of load, rather than the whole opening to the replica that happens to come first.
 */
class OpeningHostsTest {

    private static List<Integer> replicasPerHostInUse(PlacementResult r) {
        return r.hosts().stream().map(HostUsage::replicas).filter(n -> n > 0).sorted().toList();
    }

    /**
     * Balance 0.2 against consolidation 0.1: a host in use is worth loading to sqrt(0.1 / 0.2), about 71 %. 28
     * replicas of a tenth of a node fit in 3 nodes (0.3 + 0.2 * (1 + 1 + 0.64) = 0.828), but 4 nodes of 7 cost less
     * (0.4 + 0.2 * 4 * 0.49 = 0.792), and no split does better.
     */
    @Test
    void loadsHostsOnlyAsFarAsBalanceAgainstOpeningPays() {
        Topology t = spec("""
                objectives: {cost: 0, latency: 0, carbon: 0, resilience: 0, balance: 0.2, consolidation: 0.1}
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - {name: pool, count: 8, capacity: {cpu: 10, memory: 64Gi}}
                workloads:
                  - {name: api, kind: service, image: example.com/api:1, replicas: 28, resources: {cpu: 1, memory: 1Gi}}
                """);

        PlacementResult constructed = PlacementEngine.place(t, CONSTRUCTION_ONLY);
        PlacementResult improved = PlacementEngine.place(t, IMPROVED);

        assertThat(replicasPerHostInUse(constructed)).containsExactly(7, 7, 7, 7);
        assertThat(constructed.objectives().total()).isCloseTo(0.792, offset(1e-9));
        assertThat(improved.objectives().total()).isCloseTo(constructed.objectives().total(),
                offset(1e-9));
        assertThat(PlacementValidator.validate(t, constructed)).isEmpty();
    }

    /**
     * A 4-core node at $1 an hour and a 16-core one at $2: the small one is cheaper to open, the large one cheaper per
     * core. 16 one-core replicas fill one large node ($2), where opening the cheapest node each time fills four small
     * ones ($4).
     */
    @Test
    void opensTheGroupCheapestPerUnitOfLoad() {
        Topology t = spec("""
                objectives: {cost: 1, latency: 0, carbon: 0, resilience: 0, balance: 0, consolidation: 0}
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - {name: small, count: 4, capacity: {cpu: 4, memory: 64Gi}, costPerHour: 1, billing: when-used}
                          - {name: large, count: 1, capacity: {cpu: 16, memory: 64Gi}, costPerHour: 2, billing: when-used}
                workloads:
                  - {name: api, kind: service, image: example.com/api:1, replicas: 16, resources: {cpu: 1, memory: 1Gi}}
                """);

        PlacementResult constructed = PlacementEngine.place(t, CONSTRUCTION_ONLY);

        assertThat(replicasPerHostInUse(constructed)).containsExactly(16);
        assertThat(constructed.objectives().costPerHour()).isEqualTo(2.0);
        assertThat(PlacementValidator.validate(t, constructed)).isEmpty();
    }
}
