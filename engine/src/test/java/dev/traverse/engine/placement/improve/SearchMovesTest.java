package dev.traverse.engine.placement.improve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.StateValidation;
import dev.traverse.engine.placement.construct.ConstructionPass;
import dev.traverse.engine.placement.construct.ObjectiveWeights;
import dev.traverse.engine.placement.construct.PassFactory;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The neighbourhoods aimed at one part of the objective, each on a placement arranged so that it has something to
 * gain: it makes changes, keeps every hard rule (judged by the independent validator), prices each change at exactly
 * what it does to the canonical objective, and reaches the placement it is for.
 */
class SearchMovesTest {

    /** Enough tries for each neighbourhood to find its change on these few hosts, whatever the draws. */
    private static final int TRIES = 400;

    /** A constructed run whose state is then arranged by hand, and its search wired over the arrangement. */
    private record Arranged(Topology topology, RunRules rules, SearchParts parts) {

        PlacementState state() {
            return rules.state();
        }

        <T extends Neighbourhood> T neighbourhood(Class<T> kind) {
            return Arrays.stream(parts.neighbourhoods()).filter(kind::isInstance).map(kind::cast).findFirst()
                    .orElseThrow();
        }

        int host(String node) {
            return Arrays.asList(state().problem().hostNames()).indexOf(node);
        }

        /**
         * Tries the neighbourhood again and again, keeping every change that lowers the objective and taking back the
         * others, checking each price and the hard rules after each change kept; returns how many changes it kept.
         */
        int improveWith(Neighbourhood n) {
            SplittableRandom random = new SplittableRandom(7);
            double objective = CanonicalObjective.of(state(), rules);
            int kept = 0;
            for (int i = 0; i < TRIES; i++) {
                int mark = parts.journal().mark();
                double delta = n.tryOne(random);
                if (Double.isNaN(delta)) {
                    continue;
                }
                double after = CanonicalObjective.of(state(), rules);
                assertThat(delta).as("price of try %d", i).isCloseTo(after - objective, within(1e-9));
                if (delta < -1e-9) {
                    objective = after;
                    kept++;
                    parts.journal().forget();
                    assertThat(StateValidation.broken(topology, state())).isEmpty();
                } else {
                    parts.journal().undoTo(mark);
                }
            }
            return kept;
        }
    }

    /** Constructs a placement of the spec's topology, then puts replica i on the node named {@code nodes[i]}. */
    private static Arranged arranged(String spec, String... nodes) {
        ReadResult read = TopologyReader.read("t.yaml", """
                apiVersion: traverse.dev/v1alpha1
                kind: Topology
                metadata:
                  name: t
                spec:
                """ + spec.indent(2), FileFormat.YAML);
        assertThat(read.problems()).isEmpty();
        Topology topology = read.document().orElseThrow().topology();
        ConstructionPass pass = PassFactory.create(ProblemCompiler.compile(topology), BuiltInPlugins.registry(),
                new ObjectiveWeights(topology.objectives(), Map.of()));
        pass.run(() -> false);
        RunRules rules = pass.rules();
        PlacementState state = rules.state();
        assertThat(state.replicas()).hasSize(nodes.length);
        for (int r = 0; r < nodes.length; r++) {
            if (state.hostOf(r) != PlacementState.UNPLACED) {
                state.remove(r);
            }
        }
        java.util.List<String> names = Arrays.asList(state.problem().hostNames());
        for (int r = 0; r < nodes.length; r++) {
            assertThat(names).contains(nodes[r]);
            state.place(r, names.indexOf(nodes[r]));
        }
        assertThat(StateValidation.broken(topology, state)).as("the arrangement").isEmpty();
        return new Arranged(topology, rules, SearchParts.wire(rules));
    }

    /** Zones z1, z2, z3 with one node each; the node of z3 is too small for web's replicas. */
    private static final String ZONES = """
            objectives: {cost: 0, latency: 0, carbon: 0, balance: 0, resilience: 1, consolidation: 0}
            sites:
              - name: weu
                kind: cloud-region
                provider: azure
                clusters:
                  - name: aks
                    nodes:
                      - {name: a, zone: z1, capacity: {cpu: 16, memory: 64Gi}}
                      - {name: b, zone: z2, capacity: {cpu: 16, memory: 64Gi}}
                      - {name: c, zone: z3, capacity: {cpu: 1, memory: 64Gi}}
            workloads:
              - {name: web, kind: service, image: example.com/web:1, replicas: 3, resources: {cpu: 2, memory: 1Gi}}
            """;

    @Test
    void zoneSpreadingMovesReplicasOutOfACrowdedZoneIntoOnesTheyFit() {
        Arranged run = arranged(ZONES, "aks/a", "aks/a", "aks/a");

        int kept = run.improveWith(run.neighbourhood(ZoneSpreading.class));

        assertThat(kept).isPositive();
        Set<Integer> hosts = new HashSet<>();
        for (int r = 0; r < 3; r++) {
            hosts.add(run.state().hostOf(r));
        }
        // Two zones are all web fits: two replicas in one, one in the other.
        assertThat(hosts).containsExactlyInAnyOrder(run.host("aks/a"), run.host("aks/b"));
        assertThat(CanonicalObjective.of(run.state(), run.rules())).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void zoneSpreadingLeavesAWorkloadAloneOnceItsZonesAreEven() {
        Arranged run = arranged(ZONES, "aks/a", "aks/b", "aks/a");

        assertThat(run.improveWith(run.neighbourhood(ZoneSpreading.class))).isZero();
    }

    /**
     * Three nodes; cache comes first, web prefers to run beside it and batch prefers not to. Node c has no room for
     * web beside what it holds.
     */
    private static final String PREFERENCES = """
            objectives: {cost: 0, latency: 0, carbon: 0, balance: 0, resilience: 0, consolidation: 0}
            sites:
              - name: weu
                kind: cloud-region
                provider: azure
                clusters:
                  - name: aks
                    nodes:
                      - {name: a, zone: z1, capacity: {cpu: 16, memory: 64Gi}}
                      - {name: b, zone: z1, capacity: {cpu: 16, memory: 64Gi}}
                      - {name: c, zone: z1, capacity: {cpu: 3, memory: 64Gi}}
            workloads:
              - {name: cache, kind: service, image: example.com/cache:1, replicas: 2, resources: {cpu: 2, memory: 1Gi}}
              - name: web
                kind: service
                image: example.com/web:1
                resources: {cpu: 2, memory: 1Gi}
                affinity: [{workload: cache, over: node, preferred: 100}]
              - name: batch
                kind: service
                image: example.com/batch:1
                resources: {cpu: 1, memory: 1Gi}
                antiAffinity: [{workload: cache, over: node, preferred: 100}]
            """;

    @Test
    void preferenceMoveJoinsTheWorkloadAReplicaPrefersWhereThereIsRoom() {
        // cache on a and c, web alone on b, batch beside cache on a.
        Arranged run = arranged(PREFERENCES, "aks/a", "aks/c", "aks/b", "aks/a");

        int kept = run.improveWith(run.neighbourhood(PreferenceMove.class));

        assertThat(kept).isPositive();
        assertThat(run.state().hostOf(2)).as("web beside cache, on a: c has no room").isEqualTo(run.host("aks/a"));
        assertThat(run.state().hostOf(3)).as("batch away from cache").isEqualTo(run.host("aks/b"));
        assertThat(CanonicalObjective.of(run.state(), run.rules())).as("every wish granted").isCloseTo(0, within(1e-9));
    }

    @Test
    void preferenceMoveLeavesMetTermsAlone() {
        Arranged run = arranged(PREFERENCES, "aks/a", "aks/c", "aks/a", "aks/b");

        assertThat(run.improveWith(run.neighbourhood(PreferenceMove.class))).isZero();
    }

    /**
     * Two clusters: k1 with node a, k2 with nodes b (the only one labelled for web) and c. Web's two replicas prefer
     * the cluster of cache, which runs on a: web cannot go there, but cache can come to c, meeting both at once.
     */
    private static final String NAMED_ELSEWHERE = """
            objectives: {cost: 0, latency: 0, carbon: 0, balance: 0, resilience: 0, consolidation: 0}
            sites:
              - name: weu
                kind: cloud-region
                provider: azure
                clusters:
                  - name: k1
                    nodes:
                      - {name: a, zone: z1, capacity: {cpu: 16, memory: 64Gi}}
                  - name: k2
                    nodes:
                      - {name: b, zone: z2, capacity: {cpu: 16, memory: 64Gi}, labels: {role: web}}
                      - {name: c, zone: z2, capacity: {cpu: 16, memory: 64Gi}}
            workloads:
              - {name: cache, kind: service, image: example.com/cache:1, resources: {cpu: 2, memory: 1Gi}}
              - name: web
                kind: service
                image: example.com/web:1
                replicas: 2
                resources: {cpu: 1, memory: 1Gi}
                nodeSelector: {role: web}
                affinity: [{workload: cache, over: cluster, preferred: 100}]
            """;

    @Test
    void preferenceMoveBringsTheNamedWorkloadWhereTheReplicasPreferringItRun() {
        Arranged run = arranged(NAMED_ELSEWHERE, "k1/a", "k2/b", "k2/b");
        assertThat(CanonicalObjective.of(run.state(), run.rules())).isCloseTo(2, within(1e-9));

        int kept = run.improveWith(run.neighbourhood(PreferenceMove.class));

        assertThat(kept).isPositive();
        assertThat(run.state().problem().domain(dev.traverse.engine.model.TopologyKey.CLUSTER,
                run.state().hostOf(0))).isEqualTo(run.state().problem().domain(
                dev.traverse.engine.model.TopologyKey.CLUSTER, run.host("k2/b")));
        assertThat(CanonicalObjective.of(run.state(), run.rules())).isCloseTo(0, within(1e-9));
    }

    /**
     * When-used nodes: big-1 and big-2 of 10 cores, each holding 6 and 2, and small of 5 cores holding 3. No used host
     * has room for the 3, and neither big node can be emptied at all (a 6 fits nowhere else); moving a 2 from one big
     * node to the other makes room for the 3, and small empties.
     */
    private static final String PACKED = """
            objectives: {cost: 1, latency: 0, carbon: 0, balance: 0, resilience: 0, consolidation: 0}
            sites:
              - name: weu
                kind: cloud-region
                provider: azure
                clusters:
                  - name: aks
                    nodes:
                      - {name: big, count: 2, capacity: {cpu: 10, memory: 64Gi}, costPerHour: 1, billing: when-used}
                      - {name: small, capacity: {cpu: 5, memory: 64Gi}, costPerHour: 1, billing: when-used}
            workloads:
              - {name: six, kind: service, image: example.com/six:1, replicas: 2, resources: {cpu: 6, memory: 1Gi}}
              - {name: two, kind: service, image: example.com/two:1, replicas: 2, resources: {cpu: 2, memory: 1Gi}}
              - {name: three, kind: service, image: example.com/three:1, resources: {cpu: 3, memory: 1Gi}}
            """;

    @Test
    void hostEmptyingEjectsAReplicaToMakeRoomWhereNoUsedHostHasAny() {
        Arranged run = arranged(PACKED, "aks/big-1", "aks/big-2", "aks/big-1", "aks/big-2", "aks/small");
        double before = CanonicalObjective.of(run.state(), run.rules());

        int kept = run.improveWith(run.neighbourhood(HostEmptying.class));

        assertThat(kept).isPositive();
        assertThat(run.state().isEmpty(run.host("aks/small"))).isTrue();
        assertThat(run.state().replicasOn(run.host("aks/big-1")) + run.state().replicasOn(run.host("aks/big-2")))
                .isEqualTo(5);
        assertThat(CanonicalObjective.of(run.state(), run.rules())).isLessThan(before);
    }

    /**
     * Zones z1 (node a, roomy), z2 and z3 (nodes b and c, each full with a replica of edge, which may run anywhere).
     * Web's four replicas, spread over zones ScheduleAnyway with maxSkew 1, are all on a: z2 and z3 hold none, so
     * three are beyond maxSkew. Moving one web replica into z2 gains one at most while z3 stays empty, and none fits
     * there without moving edge first; filling both in one change, each edge replica moved to a, takes all three away.
     */
    private static final String CROWDED_EDGE = """
            objectives: {cost: 0, latency: 0, carbon: 0, balance: 0, resilience: 0, consolidation: 0}
            sites:
              - name: weu
                kind: cloud-region
                provider: azure
                clusters:
                  - name: aks
                    nodes:
                      - {name: a, zone: z1, capacity: {cpu: 16, memory: 64Gi}}
                      - {name: b, zone: z2, capacity: {cpu: 2, memory: 64Gi}}
                      - {name: c, zone: z3, capacity: {cpu: 2, memory: 64Gi}}
            workloads:
              - {name: edge, kind: service, image: example.com/edge:1, replicas: 2, resources: {cpu: 2, memory: 1Gi}}
              - name: web
                kind: service
                image: example.com/web:1
                replicas: 4
                resources: {cpu: 1, memory: 1Gi}
                spread: [{over: zone, maxSkew: 1, whenUnsatisfiable: ScheduleAnyway}]
            """;

    @Test
    void spreadFillingFillsEveryEmptiestZoneMakingRoomThere() {
        Arranged run = arranged(CROWDED_EDGE, "aks/b", "aks/c", "aks/a", "aks/a", "aks/a", "aks/a");
        assertThat(CanonicalObjective.of(run.state(), run.rules())).isCloseTo(3, within(1e-9));

        int kept = run.improveWith(run.neighbourhood(SpreadFilling.class));

        assertThat(kept).isPositive();
        Set<Integer> webHosts = new HashSet<>();
        for (int r = 2; r < 6; r++) {
            webHosts.add(run.state().hostOf(r));
        }
        assertThat(webHosts).containsExactlyInAnyOrder(run.host("aks/a"), run.host("aks/b"), run.host("aks/c"));
        assertThat(run.state().hostOf(0)).isEqualTo(run.host("aks/a"));
        assertThat(run.state().hostOf(1)).isEqualTo(run.host("aks/a"));
        assertThat(CanonicalObjective.of(run.state(), run.rules())).isCloseTo(0, within(1e-9));
    }

    @Test
    void spreadFillingLeavesASpreadWithinMaxSkewAlone() {
        Arranged run = arranged(CROWDED_EDGE, "aks/a", "aks/a", "aks/a", "aks/a", "aks/b", "aks/c");

        assertThat(run.improveWith(run.neighbourhood(SpreadFilling.class))).isZero();
    }

    /**
     * Web prefers to run beside cache, on node a, which filler fills up; filler runs as well on b, where web is. A move
     * of web finds a full, and a move of filler to b changes nothing by itself: only both in one change meet the term.
     */
    private static final String FULL_BESIDE = """
            objectives: {cost: 0, latency: 0, carbon: 0, balance: 0, resilience: 0, consolidation: 0}
            sites:
              - name: weu
                kind: cloud-region
                provider: azure
                clusters:
                  - name: aks
                    nodes:
                      - {name: a, zone: z1, capacity: {cpu: 3, memory: 64Gi}}
                      - {name: b, zone: z1, capacity: {cpu: 16, memory: 64Gi}}
            workloads:
              - {name: cache, kind: service, image: example.com/cache:1, resources: {cpu: 2, memory: 1Gi}}
              - {name: filler, kind: service, image: example.com/filler:1, resources: {cpu: 1, memory: 1Gi}}
              - name: web
                kind: service
                image: example.com/web:1
                resources: {cpu: 1, memory: 1Gi}
                affinity: [{workload: cache, over: node, preferred: 100}]
            """;

    @Test
    void preferenceMoveMakesRoomBesideTheWorkloadAReplicaPrefers() {
        Arranged run = arranged(FULL_BESIDE, "aks/a", "aks/a", "aks/b");
        assertThat(CanonicalObjective.of(run.state(), run.rules())).isPositive();

        int kept = run.improveWith(run.neighbourhood(PreferenceMove.class));

        assertThat(kept).isPositive();
        assertThat(run.state().hostOf(2)).as("web beside cache").isEqualTo(run.host("aks/a"));
        assertThat(run.state().hostOf(1)).as("filler out of the way").isEqualTo(run.host("aks/b"));
        assertThat(CanonicalObjective.of(run.state(), run.rules())).isCloseTo(0, within(1e-9));
    }

    /**
     * A store's gateway, the only host near pos's data source, full with filler's two replicas, which run as well in
     * the cloud 14 ms away, where pos is. No single move gains: pos finds the gateway full, and a filler moved to the
     * cloud changes nothing. Moving a filler off the gateway and pos onto it, in one change, takes the 14 ms away.
     */
    private static final String FULL_GATEWAY = """
            objectives: {cost: 0, latency: 1, carbon: 0, balance: 0, resilience: 0, consolidation: 0}
            sites:
              - name: cloud
                kind: cloud-region
                provider: azure
                clusters:
                  - name: aks
                    nodes:
                      - {name: general, capacity: {cpu: 8, memory: 32Gi}}
              - name: store
                kind: store
                provider: on-prem
                clusters:
                  - name: k3s
                    distribution: k3s
                    nodes:
                      - {name: gw, capacity: {cpu: 2, memory: 8Gi}}
            links:
              - between: [cloud, store]
                latencyMs: 14
            workloads:
              - {name: filler, kind: service, image: example.com/filler:1, replicas: 2, resources: {cpu: 1, memory: 1Gi}}
              - name: pos
                kind: service
                image: example.com/pos:1
                resources: {cpu: 1, memory: 1Gi}
                latency: {to: store, maxMs: 20}
            """;

    @Test
    void nearerHostMakesRoomNearTheDataSourceByMovingReplicasWithoutOneAway() {
        Arranged run = arranged(FULL_GATEWAY, "k3s/gw", "k3s/gw", "aks/general");
        double before = CanonicalObjective.of(run.state(), run.rules());
        assertThat(before).isPositive();
        assertThat(run.improveWith(run.neighbourhood(ReplicaMove.class))).isZero();

        int kept = run.improveWith(run.neighbourhood(NearerHost.class));

        assertThat(kept).isPositive();
        assertThat(run.state().hostOf(2)).isEqualTo(run.host("k3s/gw"));
        assertThat(run.state().replicasOn(run.host("aks/general"))).isEqualTo(1);
        assertThat(CanonicalObjective.of(run.state(), run.rules())).isCloseTo(0, within(1e-9));
    }

    @Test
    void nearerHostLeavesAReplicaOnTheNearestHostAlone() {
        Arranged run = arranged(FULL_GATEWAY, "k3s/gw", "aks/general", "k3s/gw");

        assertThat(run.improveWith(run.neighbourhood(NearerHost.class))).isZero();
        assertThat(run.state().hostOf(2)).isEqualTo(run.host("k3s/gw"));
    }
}
