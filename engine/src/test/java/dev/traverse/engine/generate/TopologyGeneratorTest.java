package dev.traverse.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopologyGeneratorTest {

    private static final GeneratorSpec MEDIUM = new GeneratorSpec(20, 2000, 600, 2000, 42);

    @Test
    void sameSpecGivesAnEqualTopology() {
        Topology first = TopologyGenerator.generate(MEDIUM);
        Topology second = TopologyGenerator.generate(new GeneratorSpec(20, 2000, 600, 2000, 42));

        assertThat(second).isEqualTo(first);
        assertThat(second.hashCode()).isEqualTo(first.hashCode());
    }

    @Test
    void anotherSeedGivesAnotherTopology() {
        Topology first = TopologyGenerator.generate(MEDIUM);
        Topology other = TopologyGenerator.generate(new GeneratorSpec(20, 2000, 600, 2000, 43));

        assertThat(other).isNotEqualTo(first);
        assertThat(other.sites()).isNotEqualTo(first.sites());
        assertThat(other.workloads()).isNotEqualTo(first.workloads());
    }

    @ParameterizedTest(name = "sites={0} nodes={1} devices={2} workloads={3}")
    @CsvSource({
            "1, 0, 0, 0",
            "1, 10, 5, 10",
            "1, 500, 0, 300",
            "1, 0, 40, 20",
            "2, 0, 0, 5",
            "3, 1, 1, 1",
            "10, 20, 30, 200",
            "10, 5000, 2000, 2000",
            "57, 333, 777, 123",
            "100, 20000, 0, 500",
            "300, 3000, 10000, 1000",
            "1000, 2000, 5000, 100"})
    void totalsAreExact(int sites, int nodes, int devices, int workloads) {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, 7));

        assertThat(ReferenceCheck.totals(t)).containsExactlyInAnyOrderEntriesOf(
                Map.of("sites", sites, "nodes", nodes, "devices", devices, "workloads", workloads));
    }

    @ParameterizedTest(name = "sites={0} nodes={1} devices={2} workloads={3} seed={4}")
    @CsvSource({
            "1, 10, 5, 10, 1",
            "1, 300, 0, 200, 2",
            "1, 7000, 300, 200, 2",
            "2, 0, 0, 50, 3",
            "3, 2, 7, 30, 4",
            "10, 20, 30, 200, 5",
            "10, 5000, 2000, 2000, 6",
            "40, 1500, 3000, 2000, 7",
            "300, 3000, 10000, 1000, 8"})
    void everyReferenceResolves(int sites, int nodes, int devices, int workloads, long seed) {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed));

        assertThat(ReferenceCheck.problems(t)).isEmpty();
    }

    @Test
    void everyKindOfConstraintAppearsInTwoThousandWorkloads() {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(10, 5000, 2000, 2000, 11));

        Map<String, Integer> counts = ConstraintKinds.count(t);

        assertThat(counts.keySet()).containsAll(ConstraintKinds.ALL);
        // realistic proportions: mostly plain services, constraints on a minority each
        assertThat(counts.get("kind:service")).isBetween(1300, 1600);
        assertThat(counts.get("latency")).isBetween(40, 200);
        assertThat(counts.get("pins")).isBetween(5, 60);
    }

    @Test
    void replicasAverageAboutTwoAndAHalfPerWorkload() {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(10, 5000, 2000, 20_000, 3));

        long replicas = t.workloads().stream().mapToLong(Workload::replicas).sum();

        assertThat(replicas / 20_000.0).isBetween(2.3, 2.7);
    }

    @Test
    void mostWorkloadsFitSomewhere() {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(20, 2000, 1000, 2000, 5));

        assertThat(new FitCheck(t).unfit()).hasSizeLessThan(20);
    }

    @Test
    void theMixHasCloudsOfSeveralProvidersAndEdgeSites() {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(60, 10_000, 3000, 100, 9));

        Set<Provider> providers = t.sites().stream().filter(s -> s.kind() == SiteKind.CLOUD_REGION)
                .map(Site::provider).collect(Collectors.toSet());
        Set<SiteKind> kinds = t.sites().stream().map(Site::kind).collect(Collectors.toSet());
        Set<String> roles = t.sites().stream().flatMap(s -> s.clusters().stream()).flatMap(c -> c.nodes().stream())
                .map(n -> n.labels().get("traverse.dev/role")).collect(Collectors.toSet());

        assertThat(providers).hasSizeGreaterThanOrEqualTo(4);
        assertThat(kinds).contains(SiteKind.CLOUD_REGION, SiteKind.ON_PREM_DC, SiteKind.EDGE_POP, SiteKind.STORE,
                SiteKind.FACTORY);
        assertThat(roles).contains("system", "general", "memory", "gpu", "edge", "gateway");
        assertThat(t.sites()).allSatisfy(s -> assertThat(s.jurisdiction()).isNotNull());
    }

    @Test
    void everySiteAndDeviceGroupIsReachableOverLinks() {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(120, 3000, 4000, 10, 12));

        Map<String, Set<String>> adjacent = new HashMap<>();
        for (Link l : t.links()) {
            adjacent.computeIfAbsent(l.from(), k -> new HashSet<>()).add(l.to());
            adjacent.computeIfAbsent(l.to(), k -> new HashSet<>()).add(l.from());
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(t.sites().get(0).name()));
        while (!queue.isEmpty()) {
            String end = queue.poll();
            if (reached.add(end)) {
                queue.addAll(adjacent.getOrDefault(end, Set.of()));
            }
        }

        assertThat(reached).containsAll(t.sites().stream().map(Site::name).toList());
        assertThat(reached).containsAll(t.sites().stream()
                .flatMap(s -> s.devices().stream().map(d -> s.name() + "/" + d.name())).toList());
        assertThat(t.links()).allSatisfy(l -> assertThat(l.latencyMs()).isPositive());
    }

    @Test
    void gpuPoolsAreTaintedAndNamed() {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(20, 5000, 0, 10, 4));

        assertThat(t.sites().stream().flatMap(s -> s.clusters().stream()).flatMap(c -> c.nodes().stream())
                .filter(n -> n.capacity().get("gpu").isPresent()))
                .isNotEmpty()
                .allSatisfy(n -> {
                    assertThat(n.gpuModel()).startsWith("nvidia-");
                    assertThat(n.taints()).anySatisfy(taint -> assertThat(taint.toString())
                            .isEqualTo("nvidia.com/gpu=true:NoSchedule"));
                });
    }

    @Test
    void aHundredThousandNodesAreQuick() {
        GeneratorSpec spec = new GeneratorSpec(100, 100_000, 2000, 2000, 1);
        TopologyGenerator.generate(spec);

        long start = System.nanoTime();
        Topology t = TopologyGenerator.generate(spec);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(ReferenceCheck.totals(t).get("nodes")).isEqualTo(100_000);
        // a generous bound for slow CI machines; it takes well under a second on a laptop
        assertThat(millis).isLessThan(5000);
        // no cluster beyond Kubernetes' 5,000-node limit
        assertThat(t.sites().stream().flatMap(s -> s.clusters().stream()).mapToInt(Cluster::nodeCount).max()
                .orElseThrow()).isLessThanOrEqualTo(5000);
    }

    @Test
    void twentyThousandWorkloadsAreQuick() {
        GeneratorSpec spec = new GeneratorSpec(10, 5000, 2000, 20_000, 2);
        TopologyGenerator.generate(spec);

        long start = System.nanoTime();
        Topology t = TopologyGenerator.generate(spec);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(t.workloads()).hasSize(20_000);
        assertThat(millis).isLessThan(5000);
    }

    @Test
    void metadataStatesTheSpec() {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(10, 5000, 2000, 20_000, 42));

        assertThat(t.name()).isEqualTo("generated-s10-n5000-d2000-w20000-k42");
        assertThat(t.metadata().description()).contains("10 sites", "5000 nodes", "2000 devices",
                "20000 workloads", "seed 42");
    }

    @Test
    void nodePoolsCarryRealisticFields() {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(10, 1000, 100, 10, 8));

        for (Site s : t.sites()) {
            for (Cluster c : s.clusters()) {
                for (Node n : c.nodes()) {
                    assertThat(n.labels()).containsKey("traverse.dev/role");
                    assertThat(n.powerWatts()).isPositive();
                    if (s.kind() == SiteKind.CLOUD_REGION) {
                        assertThat(n.zone()).isNotNull();
                        assertThat(n.labels()).containsKey("node.kubernetes.io/instance-type");
                        assertThat(n.costPerHour()).isPositive();
                    }
                }
            }
        }
    }

    @Test
    void specRejectsImpossibleCounts() {
        assertThatThrownBy(() -> new GeneratorSpec(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sites");
        assertThatThrownBy(() -> new GeneratorSpec(1, -1, 1, 1, 1)).hasMessageContaining("nodes");
        assertThatThrownBy(() -> new GeneratorSpec(1, 1, -1, 1, 1)).hasMessageContaining("devices");
        assertThatThrownBy(() -> new GeneratorSpec(1, 1, 1, -1, 1)).hasMessageContaining("workloads");
    }
}
