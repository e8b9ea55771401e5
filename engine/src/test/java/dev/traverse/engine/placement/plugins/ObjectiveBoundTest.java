package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.placement.bound.ObjectiveBound;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.plugins.DynamicFixtures.Situation;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each part of the objective's lower bound on a small topology, with one scorer weighed 1 at a time, against the
 * value worked out by hand. Where the placed replicas sit does not matter: the bound speaks of every placement of
 * them.
 */
class ObjectiveBoundTest {

    /** Two zones of a cloud region, 4 cpu per node; a store 10 ms away with one 4-cpu gateway. */
    private static final String SITES = """
            sites:
              - name: weu
                kind: cloud-region
                provider: azure
                carbonIntensity: 300
                clusters:
                  - name: aks
                    nodes:
                      - name: a
                        count: 2
                        zone: z1
                        capacity: {cpu: 4, memory: 16Gi}
                        costPerHour: 1
                        billing: when-used
                      - name: b
                        count: 2
                        zone: z2
                        capacity: {cpu: 4, memory: 16Gi}
                        costPerHour: 0.5
                        billing: when-used
              - name: store
                kind: store
                provider: on-prem
                clusters:
                  - name: k3s
                    distribution: k3s
                    nodes:
                      - name: gw
                        capacity: {cpu: 4, memory: 16Gi}
            links:
              - between: [weu, store]
                latencyMs: 10
            """;

    @Test
    void resilienceCountsThePairsLeftWhenReplicasSpreadEvenlyOverZones() {
        Situation s = situation(SITES + """
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 4
                    resources: {cpu: 1, memory: 1Gi}
                    affinity: [{clusters: [aks]}]
                """, "api:aks/a-1 api:aks/a-1 api:aks/a-2 api:aks/a-2");

        // Two in each zone: one pair per zone, each pair counting 1/4.
        assertThat(bound(new ResilienceScorer(), s)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void resilienceSpreadsNoFurtherThanAZoneHasRoomFor() {
        Situation s = situation("""
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
                            capacity: {cpu: 4, memory: 16Gi}
                          - name: small
                            zone: z2
                            capacity: {cpu: 1, memory: 16Gi}
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 4
                    resources: {cpu: 1, memory: 1Gi}
                """, "api:aks/a-1 api:aks/a-1 api:aks/a-2 api:aks/small");

        // z2 holds one replica: three share z1, three pairs of 1/4 each.
        assertThat(bound(new ResilienceScorer(), s)).isCloseTo(0.75, within(1e-9));
    }

    @Test
    void balanceCountsReplicasThatMustShareAHost() {
        Situation s = situation(SITES + """
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 3
                    resources: {cpu: 1, memory: 1Gi}
                    affinity: [{clusters: [k3s]}]
                """, "api:k3s/gw api:k3s/gw api:k3s/gw");

        // One gateway, three quarters of its cpu in use.
        assertThat(bound(new BalanceScorer(), s)).isCloseTo(0.5625, within(1e-9));
    }

    @Test
    void balanceSpreadsOverEveryHostAllowed() {
        Situation s = situation(SITES + """
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 6
                    resources: {cpu: 1, memory: 1Gi}
                    affinity: [{clusters: [aks]}]
                """, "api:aks/a-1 api:aks/a-1 api:aks/a-1 api:aks/a-1 api:aks/a-2 api:aks/a-2");

        // Four nodes sharing six cpus evenly, each three eighths full: 4 x 9/64. (Whole replicas do no better than
        // two, two, one and one: 0.625.)
        assertThat(bound(new BalanceScorer(), s)).isCloseTo(0.5625, within(1e-4));
    }

    @Test
    void balanceCountsTheFullestResourceOnly() {
        Situation s = situation(SITES + """
                workloads:
                  - name: big
                    kind: service
                    image: example.com/big:1
                    resources: {cpu: 2, memory: 1Gi}
                    affinity: [{clusters: [k3s]}]
                  - name: small
                    kind: service
                    image: example.com/small:1
                    resources: {cpu: 1, memory: 11Gi}
                    affinity: [{clusters: [k3s]}]
                """, "big:k3s/gw small:k3s/gw");

        // Three quarters of the cpu and of the memory: the host is three quarters full, not one and a half.
        assertThat(bound(new BalanceScorer(), s)).isCloseTo(0.5625, within(1e-9));
    }

    @Test
    void consolidationOpensAsManyHostsAsTheOnlyGroupNeeds() {
        Situation s = situation(SITES + """
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 6
                    resources: {cpu: 1, memory: 1Gi}
                    affinity: [{clusters: [aks]}]
                  - name: edge
                    kind: service
                    image: example.com/edge:1
                    replicas: 2
                    resources: {cpu: 1, memory: 1Gi}
                    affinity: [{clusters: [k3s]}]
                """, "api:aks/a-1 api:aks/a-1 api:aks/a-1 api:aks/a-1 api:aks/b-1 api:aks/b-1 edge:k3s/gw edge:k3s/gw");

        // api fills 6 of 16 cpus in the cloud: 1.5 hosts' worth; edge needs the gateway, the only member of its group.
        assertThat(bound(new ConsolidationScorer(), s)).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void costPaysTheCheapestShareOfWhenUsedHosts() {
        Situation s = situation(SITES + """
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 6
                    resources: {cpu: 2, memory: 1Gi}
                    affinity: [{clusters: [aks]}]
                """, "api:aks/a-1 api:aks/a-1 api:aks/a-2 api:aks/a-2 api:aks/b-1 api:aks/b-1");

        // b's two nodes (0.5 each) hold 8 of the 12 cpus, and the other 4 open a node of a (1): 2, as the best
        // placement pays. Load beyond a pool's size is only penalised, so the bound stays a little below.
        assertThat(bound(new CostScorer(), s)).isCloseTo(2, within(0.01)).isLessThanOrEqualTo(2);
    }

    @Test
    void costAndConsolidationCountTheBetterOfTogetherAndApart() {
        Situation s = situation("""
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - name: big
                            count: 2
                            capacity: {cpu: 4, memory: 16Gi}
                            costPerHour: 1
                            billing: when-used
                          - name: tiny
                            count: 2
                            capacity: {cpu: 1, memory: 16Gi}
                            costPerHour: 0.1
                            billing: when-used
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 2
                    resources: {cpu: 1, memory: 1Gi}
                """, "api:aks/big-1 api:aks/big-1");

        ObjectiveBound both = new ObjectiveBound(s.problem, List.of(new CostScorer(), new ConsolidationScorer()),
                new double[] {1, 1});
        // Apart: cost at least two shares of tiny nodes (0.1 each), consolidation at least one host; together the
        // best case is one host of either pool (2 or 1.1), less than 0.2 + 1.
        assertThat(both.of(placed(s))).isCloseTo(1.2, within(1e-9));
    }

    @Test
    void balanceAndOpeningHostsCountTogetherWhereTheirBestCasesDiffer() {
        Situation s = situation("""
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - name: n
                            count: 4
                            capacity: {cpu: 4, memory: 16Gi}
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 4
                    resources: {cpu: 1, memory: 1Gi}
                """, "api:aks/n-1 api:aks/n-1 api:aks/n-2 api:aks/n-2");

        ObjectiveBound both = new ObjectiveBound(s.problem, List.of(new BalanceScorer(), new ConsolidationScorer()),
                new double[] {1, 1});
        // Apart: balance spreads (4 x 1/16) and consolidation packs (one host), 1.25 in all. Together a host
        // holding m replicas costs 1 + (m/4)^2, at least m/2 per replica: 2 for four, as on one host.
        assertThat(both.of(placed(s))).isCloseTo(2, within(1e-6));
    }

    @Test
    void balanceAndOpeningHostsMeetWhereTheirMarginalCostsDo() {
        Situation s = situation("""
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - name: n
                            count: 4
                            capacity: {cpu: 4, memory: 16Gi}
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 8
                    resources: {cpu: 1, memory: 1Gi}
                """, "api:aks/n-1 api:aks/n-1 api:aks/n-1 api:aks/n-1 api:aks/n-2 api:aks/n-2 api:aks/n-2 api:aks/n-2");

        ObjectiveBound both = new ObjectiveBound(s.problem, List.of(new BalanceScorer(), new ConsolidationScorer()),
                new double[] {4, 1});
        // Two hosts' worth of load on y hosts costs y + 4 * 4 / y, least at y = 4: 8, as four hosts with two each
        // pay (two full hosts pay 10, three pay 8.5). Apart, consolidation packs (2) and balance spreads (4 x 1).
        assertThat(both.of(placed(s))).isCloseTo(8, within(1e-3)).isLessThanOrEqualTo(8 + 1e-9);
    }

    @Test
    void hostsReplicasKeptApartMustOpenCountWholeBesideTheRelaxedBalance() {
        Situation s = situation("""
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - name: n
                            count: 4
                            capacity: {cpu: 4, memory: 16Gi}
                workloads:
                  - name: db
                    kind: service
                    image: example.com/db:1
                    replicas: 2
                    resources: {cpu: 1, memory: 1Gi}
                    antiAffinity: [{workload: db, over: node}]
                """, "db:aks/n-1 db:aks/n-2");

        ObjectiveBound both = new ObjectiveBound(s.problem, List.of(new BalanceScorer(), new ConsolidationScorer()),
                new double[] {1, 1});
        // The relaxation opens half a host for half a host's load (0.5 + 0.25 / 0.5 = 1); opening alone counts the two
        // hosts the replicas kept apart need (2). Those two whole, plus balance relaxed without opening charges (half
        // a host's load over four hosts, 4 x (1/8)^2), count 2.0625, against 2.125 for the placement.
        assertThat(both.of(placed(s))).isCloseTo(2.0625, within(1e-3)).isLessThanOrEqualTo(2.125);
    }

    @Test
    void replicasKeptApartOpenAHostEach() {
        Situation s = situation(SITES + """
                workloads:
                  - name: db
                    kind: service
                    image: example.com/db:1
                    replicas: 3
                    resources: {cpu: 1, memory: 1Gi}
                    affinity: [{clusters: [aks]}]
                    antiAffinity: [{workload: db, over: node}]
                """, "db:aks/a-1 db:aks/b-1 db:aks/b-2");

        // Three hosts, the cheapest three: b, b, then a.
        assertThat(bound(new CostScorer(), s)).isCloseTo(0.5 + 0.5 + 1, within(1e-9));
        assertThat(bound(new ConsolidationScorer(), s)).isCloseTo(3, within(1e-9));
    }

    @Test
    void replicasAskingMoreThanHalfAMemberInOneResourceOpenAHostEach() {
        Situation s = situation("""
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - name: a
                            count: 2
                            capacity: {cpu: 4, memory: 16Gi}
                          - name: b
                            count: 2
                            capacity: {cpu: 4, memory: 16Gi}
                workloads:
                  - name: train
                    kind: job
                    image: example.com/train:1
                    replicas: 3
                    resources: {cpu: 3, memory: 1Gi}
                  - name: cache
                    kind: service
                    image: example.com/cache:1
                    resources: {cpu: 1, memory: 12Gi}
                """, "train:aks/a-1 train:aks/a-2 train:aks/b-1 cache:aks/a-1");

        // No two train replicas share a node (3 of 4 cpu each): three nodes of the two pools, not the 2.5 their cpu
        // fills. Cache asks more than half a node's memory, not its cpu, and shares a node with one of them, as here.
        assertThat(bound(new ConsolidationScorer(), s)).isCloseTo(3, within(1e-9));
    }

    @Test
    void aPinnedReplicaOpensItsHost() {
        Situation s = situation(SITES + """
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 2
                    resources: {cpu: 1, memory: 1Gi}
                    affinity: [{clusters: [aks]}]
                    pins: [{replica: 0, node: aks/a-2}]
                """, "api:aks/a-2 api:aks/a-2");

        // Pool a's price for the pinned host; the other replica may join it.
        assertThat(bound(new CostScorer(), s)).isCloseTo(1, within(1e-9));
    }

    @Test
    void latencyFillsTheNearestGroupUpToItsRoom() {
        Situation s = situation(SITES + """
                workloads:
                  - name: footfall
                    kind: ai-model
                    image: example.com/footfall:1
                    replicas: 3
                    resources: {cpu: 2, memory: 1Gi}
                    latency: {to: store, maxMs: 20}
                """, "footfall:k3s/gw footfall:k3s/gw footfall:aks/a-1");

        // The gateway, 0 ms away, holds two; the third is in the cloud, 10 ms away.
        assertThat(bound(new LatencyScorer(), s)).isCloseTo(10, within(1e-9));
    }

    @Test
    void aPreferredTermNamingAWorkloadCountsOnlyWhereThatWorkloadCanBe() {
        Situation s = situation(SITES + """
                workloads:
                  - name: cache
                    kind: service
                    image: example.com/cache:1
                    resources: {cpu: 1, memory: 1Gi}
                    affinity: [{clusters: [k3s]}]
                  - name: near
                    kind: service
                    image: example.com/near:1
                    replicas: 2
                    resources: {cpu: 1, memory: 1Gi}
                    affinity: [{workload: cache, over: site, preferred: 50}]
                  - name: far
                    kind: service
                    image: example.com/far:1
                    replicas: 2
                    resources: {cpu: 1, memory: 1Gi}
                    affinity: [{clusters: [aks]}, {workload: cache, over: site, preferred: 50}]
                """, "cache:k3s/gw near:k3s/gw near:aks/a-1 far:aks/a-1 far:aks/a-1");

        // near can join cache at the store, missing nothing; far may not leave the cloud, where cache cannot be, and
        // misses 0.5 a replica.
        assertThat(bound(new PreferredAffinity(), s)).isCloseTo(1, within(1e-9));
    }

    @Test
    void objectivesPullingApartAreBoundedTogether() {
        Situation s = situation(SITES + """
                workloads:
                  - name: footfall
                    kind: ai-model
                    image: example.com/footfall:1
                    resources: {cpu: 2, memory: 1Gi}
                    latency: {to: store, maxMs: 20}
                    affinity: [{clusters: [aks], preferred: 100}]
                """, "footfall:k3s/gw");

        ObjectiveBound both = new ObjectiveBound(s.problem, List.of(new LatencyScorer(), new PreferredAffinity()),
                new double[] {0.05, 1});
        // Apart, the best cases are 0 ms (the store) and the preference met (the cloud); no host has both: the
        // store misses the preference (1), the cloud costs 0.05 * 10.
        assertThat(both.of(placed(s))).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void resilienceCountsAgainstWhatPullsAWorkloadToOnePlace() {
        Situation s = situation(SITES + """
                workloads:
                  - name: footfall
                    kind: ai-model
                    image: example.com/footfall:1
                    replicas: 3
                    resources: {cpu: 1, memory: 1Gi}
                    latency: {to: store, maxMs: 20}
                """, "footfall:k3s/gw footfall:aks/a-1 footfall:aks/b-1");

        ObjectiveBound both = new ObjectiveBound(s.problem, List.of(new LatencyScorer(), new ResilienceScorer()),
                new double[] {0.02, 1});
        // Apart, latency is 0 with all three at the store and resilience 0 with one per zone. Together the j-th
        // replica in a zone adds its latency (0 at the store, 0.2 in the cloud) and j/3: the best three are the
        // store's first and one in each cloud zone, 0.4, which the placement above reaches.
        assertThat(0.02 * bound(new LatencyScorer(), s) + bound(new ResilienceScorer(), s)).isCloseTo(0, within(1e-9));
        assertThat(both.of(placed(s))).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void aZoneHoldsNoMoreOfAClassThanItsMembersFitWhenSpreadingAgainstLatency() {
        Situation s = situation(SITES + """
                workloads:
                  - name: footfall
                    kind: ai-model
                    image: example.com/footfall:1
                    replicas: 4
                    resources: {cpu: 2, memory: 1Gi}
                    latency: {to: store, maxMs: 20}
                """, "footfall:k3s/gw footfall:k3s/gw footfall:aks/a-1 footfall:aks/b-1");

        ObjectiveBound both = new ObjectiveBound(s.problem, List.of(new LatencyScorer(), new ResilienceScorer()),
                new double[] {0.1, 1});
        // The gateway holds two: its first costs 0, its second 1/4; a replica in the cloud costs 1 and each zone's
        // second 1 + 1/4. The best four: 0, 1/4, 1, 1.
        assertThat(both.of(placed(s))).isCloseTo(2.25, within(1e-9));
    }

    @Test
    void aSpreadsSkewCountsAgainstWhatPullsAWorkloadToOnePlace() {
        Situation s = situation(SITES + """
                workloads:
                  - name: footfall
                    kind: ai-model
                    image: example.com/footfall:1
                    replicas: 2
                    resources: {cpu: 1, memory: 1Gi}
                    latency: {to: store, maxMs: 20}
                    spread: [{over: zone, maxSkew: 1, whenUnsatisfiable: ScheduleAnyway}]
                """, "footfall:k3s/gw footfall:aks/a-1");

        ObjectiveBound both = new ObjectiveBound(s.problem, List.of(new LatencyScorer(), new ScheduleAnywaySpread()),
                new double[] {0.05, 1});
        // Three eligible zones and two replicas: one zone always holds none, so two in a zone are one beyond maxSkew. Apart, latency is 0 (both at the store) and the skew 0 (one per zone); together the store's
        // second costs 1 and a cloud replica 0.5: the best is one at the store and one in the cloud, 0.5.
        assertThat(0.05 * bound(new LatencyScorer(), s)).isCloseTo(0, within(1e-9));
        assertThat(both.of(placed(s))).isCloseTo(0.5, within(1e-9));
        // With the cloud four times as far off, both at the store paying the skew is the best: 1.
        ObjectiveBound farther = new ObjectiveBound(s.problem, List.of(new LatencyScorer(), new ScheduleAnywaySpread()),
                new double[] {0.2, 1});
        assertThat(farther.of(placed(s))).isCloseTo(1, within(1e-9));
    }

    /**
     * Two replicas that fit on one host, a host in each of two zones: opening the first costs 1, the second 3; two
     * replicas sharing a zone add 1 in resilience (factor 2 over two replicas). Together on the cheap host: 1 + 1 = 2;
     * apart: 1 + 3 = 4. Bounded apart, resilience spreads for free and cost packs on the cheap host (1); counting the
     * zone pairs with the relaxation's prices (0.5 a replica on the cheap host, 1.5 on the dear one) finds 2.
     */
    @Test
    void resilienceCountsAgainstPackingOnTheCheapHost() {
        Situation s = situation("""
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - name: cheap
                            zone: z1
                            capacity: {cpu: 2, memory: 16Gi}
                            costPerHour: 1
                            billing: when-used
                          - name: dear
                            zone: z2
                            capacity: {cpu: 2, memory: 16Gi}
                            costPerHour: 3
                            billing: when-used
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 2
                    resources: {cpu: 1, memory: 1Gi}
                """, "api:aks/cheap api:aks/cheap");

        ObjectiveBound both = new ObjectiveBound(s.problem, List.of(new CostScorer(), new ResilienceScorer()),
                new double[] {1, 2});
        assertThat(both.of(placed(s))).isCloseTo(2, within(1e-9));
    }

    /**
     * Four 1-cpu replicas, a 4-cpu host in each of two zones: opening the first costs 1, the second 3, so 0.25 and 0.75
     * a replica in the relaxation; a pair sharing a zone adds 0.25 in resilience (factor 1 over four replicas). Free
     * to choose, three would go to the cheap zone: 0.75 + 0.75 in pairs, 0.75 for the fourth, 2.25 in all. A hard
     * spread with maxSkew 1 keeps every placement at two and two: 0.5 + 0.25 + 1.5 + 0.25 = 2.5.
     */
    @Test
    void aHardSpreadSendsItsShareOfReplicasToTheDearZone() {
        String spec = """
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - name: cheap
                            zone: z1
                            capacity: {cpu: 4, memory: 16Gi}
                            costPerHour: 1
                            billing: when-used
                          - name: dear
                            zone: z2
                            capacity: {cpu: 4, memory: 16Gi}
                            costPerHour: 3
                            billing: when-used
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 4
                    resources: {cpu: 1, memory: 1Gi}
                """;
        String placements = "api:aks/cheap api:aks/cheap api:aks/dear api:aks/dear";
        Situation free = situation(spec, placements);
        Situation spread = situation(spec + """
                    spread: [{over: zone, maxSkew: 1, whenUnsatisfiable: DoNotSchedule}]
                """, placements);

        assertThat(costAndResilience(free).of(placed(free))).isCloseTo(2.25, within(1e-9));
        assertThat(costAndResilience(spread).of(placed(spread))).isCloseTo(2.5, within(1e-9));
    }

    /**
     * A preferred term naming a workload with one replica is met in one zone at most. db may run only in the dear
     * zones z2 and z3 (1 a host); api's four replicas prefer its zone (a miss adds 1), pay 0.1 a host in z1, and a pair
     * sharing a zone adds 1. The best: db and two api replicas in z2, one in z1, one in z3: 4.1 + 2 misses + 1 pair
     * = 7.1. Crediting the term in both zones db may use, the paired relaxation found 6.1; with one zone earning it
     * (a zone of its own at the credited price, the real zones without), api pays 1, 1.1, 2 and 2: 7.1 with db.
     */
    @Test
    void aPreferenceForAWorkloadWithOneReplicaIsMetInOneZoneAgainstItsPairs() {
        Situation s = situation("""
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks1
                        nodes:
                          - name: a
                            count: 4
                            zone: z1
                            capacity: {cpu: 1, memory: 16Gi}
                            costPerHour: 0.1
                            billing: when-used
                      - name: aks2
                        nodes:
                          - name: b
                            count: 4
                            zone: z2
                            capacity: {cpu: 1, memory: 16Gi}
                            costPerHour: 1
                            billing: when-used
                          - name: c
                            count: 4
                            zone: z3
                            capacity: {cpu: 1, memory: 16Gi}
                            costPerHour: 1
                            billing: when-used
                workloads:
                  - name: db
                    kind: service
                    image: example.com/db:1
                    resources: {cpu: 1, memory: 1Gi}
                    affinity: [{clusters: [aks2]}]
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 4
                    resources: {cpu: 1, memory: 1Gi}
                    affinity: [{workload: db, over: zone, preferred: 100}]
                """, "db:aks2/b-1 api:aks2/b-2 api:aks2/b-3 api:aks1/a-1 api:aks2/c-1");

        ObjectiveBound bound = new ObjectiveBound(s.problem,
                List.of(new CostScorer(), new PreferredAffinity(), new ResilienceScorer()), new double[] {1, 1, 4});
        assertThat(bound.of(placed(s))).isCloseTo(7.1, within(1e-9));
    }

    private static ObjectiveBound costAndResilience(Situation s) {
        return new ObjectiveBound(s.problem, List.of(new CostScorer(), new ResilienceScorer()), new double[] {1, 1});
    }

    /**
     * Two replicas that fit on one host, a host in each of three zones: opening the one in z1 costs 1, the others 3.
     * Under a ScheduleAnyway spread over zones (maxSkew 1) two replicas sharing a zone, with a zone left empty, put
     * one beyond maxSkew (1). Together on the cheap host: 1 + 1 = 2; apart: 1 + 3 = 4. Bounded apart, the spread is
     * free and cost packs (1); the relaxation's prices (0.5 a replica in z1, 1.5 elsewhere) with the excess find 2.
     */
    @Test
    void aScheduleAnywaySpreadCountsAgainstPackingOnTheCheapHost() {
        Situation s = situation("""
                sites:
                  - name: weu
                    kind: cloud-region
                    provider: azure
                    clusters:
                      - name: aks
                        nodes:
                          - name: cheap
                            zone: z1
                            capacity: {cpu: 2, memory: 16Gi}
                            costPerHour: 1
                            billing: when-used
                          - name: dear
                            zone: z2
                            capacity: {cpu: 2, memory: 16Gi}
                            costPerHour: 3
                            billing: when-used
                          - name: spare
                            zone: z3
                            capacity: {cpu: 2, memory: 16Gi}
                            costPerHour: 3
                            billing: when-used
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 2
                    resources: {cpu: 1, memory: 1Gi}
                    spread: [{over: zone, maxSkew: 1, whenUnsatisfiable: ScheduleAnyway}]
                """, "api:aks/cheap api:aks/cheap");

        ObjectiveBound both = new ObjectiveBound(s.problem, List.of(new CostScorer(), new ScheduleAnywaySpread()),
                new double[] {1, 1});
        assertThat(both.of(placed(s))).isCloseTo(2, within(1e-9));
    }

    /**
     * A ScheduleAnyway spread over sites with resilience over zones: two replicas that fit on one host, a host in
     * each of three sites, opening the cheap one costs 1 and the others 5; a pair sharing a zone adds 0.1, and two
     * replicas sharing a site with a site left empty put one beyond maxSkew (1). Together on the cheap host: 1 + 0.1
     * + 1 = 2.1; apart: 6. The paired relaxation's prices (0.5 on the cheap host, 2.5 on the others) with the site's
     * excess on top of the pairs give 0.5 + 1.6 = 2.1, the optimum; with the pairs alone, 0.5 + 0.6 = 1.1.
     */
    @Test
    void aSpreadOverSitesCountsOnTopOfPairsInZones() {
        String host = """
                    clusters:
                      - name: %s
                        nodes:
                          - name: n
                            zone: %s
                            capacity: {cpu: 2, memory: 16Gi}
                            costPerHour: %s
                            billing: when-used
                """;
        Situation s = situation("sites:\n"
                + "  - name: a\n    kind: cloud-region\n    provider: azure\n" + host.formatted("ka", "za", "1")
                + "  - name: b\n    kind: cloud-region\n    provider: azure\n" + host.formatted("kb", "zb", "5")
                + "  - name: c\n    kind: cloud-region\n    provider: azure\n" + host.formatted("kc", "zc", "5")
                + """
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 2
                    resources: {cpu: 1, memory: 1Gi}
                    spread: [{over: site, maxSkew: 1, whenUnsatisfiable: ScheduleAnyway}]
                """, "api:ka/n api:ka/n");

        ObjectiveBound bound = new ObjectiveBound(s.problem,
                List.of(new CostScorer(), new ResilienceScorer(), new ScheduleAnywaySpread()),
                new double[] {1, 0.2, 1});
        assertThat(bound.of(placed(s))).isCloseTo(2.1, within(1e-9));
    }

    /**
     * A ScheduleAnyway spread over clusters whose zones do not nest in them: clusters ka (cheap, 1) and kb (5) share
     * zone z1, kc (5) has z2. Two replicas that fit on one host; a pair sharing a zone adds 0.1, two sharing a
     * cluster with a cluster left empty put one beyond maxSkew (1). Together on the cheap host: 1 + 0.1 + 1 = 2.1;
     * apart: 6 or 6.1. Counted over cells (zone and cluster), the relaxation's prices (0.5 on the cheap host, 2.5 on
     * the others) give 2.1, the optimum; the pairs alone with the spread's own bound, 1.1.
     */
    @Test
    void aSpreadOverClustersSharingZonesCountsOverCells() {
        String cluster = """
                      - name: %s
                        nodes:
                          - name: n
                            zone: %s
                            capacity: {cpu: 2, memory: 16Gi}
                            costPerHour: %s
                            billing: when-used
                """;
        Situation s = situation("sites:\n  - name: weu\n    kind: cloud-region\n    provider: azure\n    clusters:\n"
                + cluster.formatted("ka", "z1", "1") + cluster.formatted("kb", "z1", "5")
                + cluster.formatted("kc", "z2", "5") + """
                workloads:
                  - name: api
                    kind: service
                    image: example.com/api:1
                    replicas: 2
                    resources: {cpu: 1, memory: 1Gi}
                    spread: [{over: cluster, maxSkew: 1, whenUnsatisfiable: ScheduleAnyway}]
                """, "api:ka/n api:ka/n");

        ObjectiveBound bound = new ObjectiveBound(s.problem,
                List.of(new CostScorer(), new ResilienceScorer(), new ScheduleAnywaySpread()),
                new double[] {1, 0.2, 1});
        assertThat(bound.of(placed(s))).isCloseTo(2.1, within(1e-9));
    }

    /** Scorers answer for many groups at once what they answer group by group. */
    @Test
    void boundsForManyGroupsAgreeWithBoundsForOne() {
        Situation s = situation(SITES + """
                workloads:
                  - name: cache
                    kind: service
                    image: example.com/cache:1
                    resources: {cpu: 1, memory: 1Gi}
                  - name: footfall
                    kind: ai-model
                    image: example.com/footfall:1
                    resources: {cpu: 2, memory: 1Gi}
                    latency: {to: store, maxMs: 20}
                    affinity: [{clusters: [aks], preferred: 40}, {workload: cache, over: zone, preferred: 30}]
                """, "cache:aks/b-1 footfall:k3s/gw");
        PlacedReplicas placed = placed(s);
        int[] groups = {0, 1, 2};
        for (Scorer scorer : List.of(new CostScorer(), new LatencyScorer(), new CarbonScorer(), new BalanceScorer(),
                new ConsolidationScorer(), new ResilienceScorer(), new PreferredAffinity())) {
            for (var demand : s.problem.demands()) {
                double[] many = new double[groups.length];
                scorer.lowerBounds(placed, demand, groups, many);
                for (int i = 0; i < groups.length; i++) {
                    assertThat(many[i]).as("%s, %s, group %d", scorer.name(), demand.name(), groups[i])
                            .isEqualTo(scorer.lowerBound(placed, demand, groups[i]));
                }
            }
        }
    }

    private static Situation situation(String spec, String placements) {
        return DynamicFixtures.filtered(spec).placeEach(placements);
    }

    private static double bound(Scorer scorer, Situation s) {
        return new ObjectiveBound(s.problem, List.of(scorer), new double[] {1}).of(placed(s));
    }

    /** The placed replicas, each allowed the groups that passed the group filters, or its pinned host's. */
    private static PlacedReplicas placed(Situation s) {
        return new PlacedReplicas(s.state, replica -> {
            BitSet groups = (BitSet) s.state.feasibleGroups(replica.demand()).clone();
            if (replica.host() >= 0) {
                groups.clear();
                groups.set(s.problem.hostGroup()[replica.host()]);
            }
            return groups;
        });
    }
}
