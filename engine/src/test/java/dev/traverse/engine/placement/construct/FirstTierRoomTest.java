package dev.traverse.engine.placement.construct;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FirstTierRoomTest {

    /** One site, its clusters to follow. */
    private static final String SITE = """
            apiVersion: traverse.dev/v1alpha1
            kind: Topology
            metadata: {name: t}
            spec:
              sites:
                - name: s
                  kind: cloud-region
                  provider: azure
                  clusters:
            """;

    /** Two clusters of two 8-cpu nodes each: {@code home} first, {@code burst} second. */
    private static final String SITES = SITE + """
                    - name: home
                      nodes:
                        - name: a
                          count: 2
                          capacity: {cpu: 8, memory: 32Gi, pods: 110}
                    - name: burst
                      nodes:
                        - name: b
                          count: 2
                          capacity: {cpu: 8, memory: 32Gi, pods: 110}
              workloads:
            """;

    private static final String TIERS = "clusterAffinities: [{name: first, clusters: [home]}, "
            + "{name: second, clusters: [burst]}]";

    @Test
    void provesAWorkloadAloneInItsFirstTierStaysThere() {
        assertThat(proven(SITES + workload("api", 3, 2, 0, TIERS))).containsExactly("api");
    }

    /** 4 replicas of 5 cpu: the second node takes one, and then neither has room for the third. */
    @Test
    void leavesOutAWorkloadThatFillsItsFirstTierItself() {
        assertThat(proven(SITES + workload("api", 4, 5, 0, TIERS))).isEmpty();
    }

    /** Placed first, a free workload of higher priority could fill home; placed after, it cannot matter. */
    @Test
    void countsOnlyWhatIsPlacedBeforeTheWorkload() {
        String before = SITES + workload("api", 2, 2, 0, TIERS) + workload("batch", 3, 5, 10, "");
        String after = SITES + workload("api", 2, 2, 10, TIERS) + workload("batch", 3, 5, 0, "");

        assertThat(proven(before)).isEmpty();
        assertThat(proven(after)).containsExactly("api");
    }

    /**
     * Batch, placed first, prefers burst and falls back to home: counted as able to use home, its 6 cpu with api's
     * first replica would fill more than home's room for api's second (8 cpu over two hosts of 4 free). Proven to stay
     * in burst, it loads home with nothing, and api is proven in the next round.
     */
    @Test
    void provesInRoundsWithTheWorkloadsAlreadyProvenKeptToTheirFirstTier() {
        String burstFirst = "clusterAffinities: [{name: first, clusters: [burst]}, {name: second, clusters: [home]}]";
        String yaml = SITES + workload("batch", 2, 3, 10, burstFirst) + workload("api", 2, 4, 0, TIERS);

        assertThat(proven(yaml)).containsExactly("api", "batch");
    }

    /**
     * Kept on separate hosts, two replicas of 6 cpu fit the two home nodes; the first one's host is out of the
     * count, and so is its load.
     */
    @Test
    void setsAsideTheHostsOfItsOwnEarlierReplicas() {
        String apart = "antiAffinity: [{workload: api, over: node}]\n      " + TIERS;
        assertThat(proven(SITES + workload("api", 2, 6, 0, apart))).containsExactly("api");
        assertThat(proven(SITES + workload("api", 3, 6, 0, apart))).isEmpty();
    }

    @Test
    void leavesOutAWorkloadKeptAwayFromAnother() {
        String away = "antiAffinity: [{workload: db, over: node}]\n      " + TIERS;
        assertThat(proven(SITES + workload("api", 1, 1, 0, away) + workload("db", 1, 1, 0, ""))).isEmpty();
    }

    /** A replica an earlier run left in the later tier may be kept there: the workload is then left out. */
    @Test
    void leavesOutAWorkloadWithAReplicaKeptInALaterTier() {
        Setup setup = new Setup(read(SITES + workload("api", 2, 1, 0, TIERS)));
        int burstHost = java.util.Arrays.asList(setup.problem.hostNames()).indexOf("burst/b-1");
        setup.state.place(0, burstHost);
        BitSet kept = new BitSet();
        kept.set(0);

        assertThat(setup.proven(kept)).isEmpty();
    }

    /**
     * The claim itself: in placements that follow the rules, each replica taken in the engine's order to a random
     * host that takes it in the first tier that has one, every workload proven stays in its first tier.
     */
    @Property(tries = 200)
    void provenWorkloadsNeverOverflowInPlacementsThatFollowTheRules(
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        Setup setup = new Setup(read(randomEstate(random)));
        BitSet[] firstTiers = setup.firstTiers(new BitSet());
        int[] order = ReplicaOrder.of(setup.problem, setup.state.replicas(), setup.state::feasibleGroups);
        for (int trial = 0; trial < 10; trial++) {
            PlacementState state = setup.freshState();
            for (int r : order) {
                placeFollowingTheRules(setup, state, r, random);
            }
            for (int r = 0; r < state.replicas().size(); r++) {
                int host = state.hostOf(r);
                BitSet first = firstTiers[state.replica(r).demand()];
                if (host >= 0 && first != null) {
                    assertThat(first.get(setup.problem.hostGroup()[host]))
                            .as("replica %d of %s on %s", r, state.demandOf(state.replica(r)).workload().name(),
                                    setup.problem.hostNames()[host])
                            .isTrue();
                }
            }
        }
    }

    private static void placeFollowingTheRules(Setup setup, PlacementState state, int r, Random random) {
        Replica replica = state.replica(r);
        for (IntPredicate tier : GroupScope.tiers(setup.problem, replica)) {
            List<Integer> hosts = new ArrayList<>();
            BitSet feasible = state.feasibleGroups(replica.demand());
            for (int g = feasible.nextSetBit(0); g >= 0; g = feasible.nextSetBit(g + 1)) {
                if (!tier.test(g)) {
                    continue;
                }
                var group = setup.problem.groups().get(g);
                for (int h = group.firstHost(); h < group.firstHost() + group.size(); h++) {
                    int host = h;
                    if (setup.filters.stream().allMatch(f -> f.admits(state, replica, host))) {
                        hosts.add(h);
                    }
                }
            }
            if (!hosts.isEmpty()) {
                state.place(r, hosts.get(random.nextInt(hosts.size())));
                return;
            }
        }
    }

    private static String randomEstate(Random random) {
        StringBuilder yaml = new StringBuilder(SITE);
        int clusters = 2 + random.nextInt(2);
        for (int c = 0; c < clusters; c++) {
            yaml.append("        - name: c").append(c).append("\n          nodes:\n");
            int pools = 1 + random.nextInt(2);
            for (int p = 0; p < pools; p++) {
                yaml.append("            - name: p").append(p).append("\n              count: ")
                        .append(1 + random.nextInt(3)).append("\n              capacity: {cpu: ")
                        .append(2 + random.nextInt(7)).append(", memory: ").append(4 + random.nextInt(13))
                        .append("Gi, pods: ").append(2 + random.nextInt(4)).append("}\n");
            }
        }
        yaml.append("  workloads:\n");
        int workloads = 2 + random.nextInt(5);
        for (int w = 0; w < workloads; w++) {
            StringBuilder rules = new StringBuilder();
            if (random.nextInt(3) > 0) {
                int first = random.nextInt(clusters);
                int second = (first + 1 + random.nextInt(clusters - 1)) % clusters;
                rules.append("clusterAffinities: [{name: first, clusters: [c").append(first)
                        .append("]}, {name: second, clusters: [c").append(second).append("]}]");
                if (random.nextInt(3) == 0) {
                    rules.append("\n      antiAffinity: [{workload: w").append(w).append(", over: node}]");
                }
            }
            yaml.append("    - name: w").append(w).append("\n      kind: service\n      image: example.com/w:1\n")
                    .append("      replicas: ").append(1 + random.nextInt(4)).append("\n      priority: ")
                    .append(random.nextInt(3)).append("\n      resources: {cpu: ").append(1 + random.nextInt(3))
                    .append(", memory: ").append(1 + random.nextInt(4)).append("Gi}\n");
            if (!rules.isEmpty()) {
                yaml.append("      ").append(rules).append('\n');
            }
        }
        return yaml.toString();
    }

    private static String workload(String name, int replicas, int cpu, int priority, String rules) {
        return "    - name: " + name + "\n      kind: service\n      image: example.com/" + name + ":1\n"
                + "      replicas: " + replicas + "\n      priority: " + priority + "\n"
                + "      resources: {cpu: " + cpu + ", memory: 1Gi}\n"
                + (rules.isEmpty() ? "" : "      " + rules + "\n");
    }

    private static Topology read(String yaml) {
        ReadResult read = TopologyReader.read("t.yaml", yaml, FileFormat.YAML);
        assertThat(read.problems()).as(yaml).isEmpty();
        return read.document().orElseThrow().topology();
    }

    private static Set<String> proven(String yaml) {
        return new Setup(read(yaml)).proven(new BitSet());
    }

    /** A compiled topology, its empty state and its host filters. */
    private static final class Setup {
        final Problem problem;
        final PassFactory.Wiring wiring;
        final PlacementState state;
        final List<HostFilter> filters = BuiltInPlugins.registry().hostFilters();
        final Topology topology;

        Setup(Topology topology) {
            this.topology = topology;
            this.problem = ProblemCompiler.compile(topology);
            this.wiring = PassFactory.wire(problem, BuiltInPlugins.registry(),
                    new ObjectiveWeights(topology.objectives(), Map.of()));
            this.state = wiring.pass().state();
        }

        PlacementState freshState() {
            return PassFactory.wire(problem, BuiltInPlugins.registry(),
                    new ObjectiveWeights(topology.objectives(), Map.of())).pass().state();
        }

        BitSet[] firstTiers(BitSet kept) {
            Map<String, BitSet> groupsOfCluster = GroupScope.groupsOfCluster(problem);
            IntFunction<BitSet> anyTier = d -> GroupScope.inSomeTier(problem, state.feasibleGroups(d), d,
                    groupsOfCluster);
            return FirstTierRoom.of(state, filters, anyTier,
                    () -> ReplicaOrder.of(problem, state.replicas(), state::feasibleGroups), kept);
        }

        Set<String> proven(BitSet kept) {
            BitSet[] firstTiers = firstTiers(kept);
            Set<String> names = new TreeSet<>();
            for (Demand d : problem.demands()) {
                if (firstTiers[d.index()] != null) {
                    names.add(d.workload().name());
                }
            }
            return names;
        }
    }
}
