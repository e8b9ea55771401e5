package dev.traverse.engine.placement.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.PluginRegistry;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.plugins.DynamicFixtures.Situation;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Places the sample topologies greedily with the built-in plugins (each replica on the allowed host with the lowest
 * normalised score) and checks the result with rules computed here from the placement alone, not by the plugins.
 * Not the engine: a check that the filters keep what they promise on realistic topologies, that their quick and
 * explained answers agree, and that every count they read was asked for.
 */
class SampleTopologiesPlacementTest {

    static Stream<Path> samples() throws IOException {
        Path dir = Stream.of(Path.of("..", "sample-topologies"), Path.of("sample-topologies"))
                .filter(Files::isDirectory).findFirst().orElseThrow();
        return Files.list(dir).filter(f -> f.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void greedyPlacementKeepsEveryHardRule(Path file) throws IOException {
        Problem problem = DynamicFixtures.compile(file.getFileName().toString(), Files.readString(file));
        Situation s = DynamicFixtures.filtered(problem);
        PluginRegistry registry = PluginRegistry.of(BuiltInPlugins.all());

        int placed = placeGreedily(s.state, registry);

        assertThat(placed).as("replicas placed").isPositive();
        List<String> broken = new ArrayList<>();
        for (Demand d : problem.demands()) {
            checkLatency(s.state, d, broken);
            checkAntiAffinity(s.state, d, broken);
            checkSpread(s.state, d, broken);
        }
        checkOneFirmwarePerDevice(s.state, broken);
        assertThat(broken).isEmpty();
    }

    private static int placeGreedily(PlacementState state, PluginRegistry registry) {
        Problem problem = state.problem();
        int placed = 0;
        for (int r = 0; r < state.replicas().size(); r++) {
            Replica replica = state.replica(r);
            int best = -1;
            double bestScore = Double.POSITIVE_INFINITY;
            for (int host : candidates(state, replica)) {
                if (registry.hostFilters().stream().anyMatch(f -> rejects(f, state, replica, host))) {
                    continue;
                }
                double score = 0;
                for (Scorer scorer : registry.scorers()) {
                    double delta = scorer.delta(state, replica, host);
                    assertThat(delta).as(scorer.name()).isFinite();
                    score += delta / scorer.scale(problem);
                }
                if (score < bestScore) {
                    best = host;
                    bestScore = score;
                }
            }
            if (best >= 0) {
                state.place(r, best);
                placed++;
            }
        }
        return placed;
    }

    /** Asks both ways, and checks that the quick answer the search uses agrees with the explained one. */
    private static boolean rejects(HostFilter filter, PlacementState state, Replica replica, int host) {
        if (!filter.appliesTo(state, replica.demand())) {
            assertThat(filter.filter(state, replica, host)).as(filter.name() + " does not apply").isNull();
            return false;
        }
        boolean rejected = filter.filter(state, replica, host) != null;
        assertThat(filter.admits(state, replica, host)).as(filter.name() + " admits").isEqualTo(!rejected);
        return rejected;
    }

    private static List<Integer> candidates(PlacementState state, Replica replica) {
        if (replica.host() >= 0) {
            return List.of(replica.host());
        }
        List<Integer> hosts = new ArrayList<>();
        BitSet groups = state.feasibleGroups(replica.demand());
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            HostGroup group = state.problem().groups().get(g);
            for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
                hosts.add(h);
            }
        }
        return hosts;
    }

    private static List<Integer> hostsOf(PlacementState state, int demand) {
        List<Integer> hosts = new ArrayList<>();
        for (int r = 0; r < state.replicas().size(); r++) {
            if (state.replica(r).demand() == demand && state.hostOf(r) >= 0) {
                hosts.add(state.hostOf(r));
            }
        }
        return hosts;
    }

    private static void checkLatency(PlacementState state, Demand d, List<String> broken) {
        if (d.workload().latency() == null) {
            return;
        }
        for (int host : hostsOf(state, d.index())) {
            double ms = state.problem().latencyToHost(d, host);
            if (ms > d.workload().latency().maxMs() + 1e-9) {
                broken.add(d.name() + " on " + state.problem().hostNames()[host] + " at " + ms + " ms");
            }
        }
    }

    private static void checkAntiAffinity(PlacementState state, Demand d, List<String> broken) {
        Problem problem = state.problem();
        for (AffinityTerm t : d.workload().antiAffinity()) {
            if (!t.isRequired() || t.workload() == null) {
                continue;
            }
            Demand other = problem.demands().stream().filter(x -> x.name().equals(t.workload())).findFirst()
                    .orElseThrow();
            TopologyKey key = t.overOrDefault();
            boolean self = other.index() == d.index();
            List<Integer> mine = hostsOf(state, d.index());
            List<Integer> theirs = hostsOf(state, other.index());
            for (int i = 0; i < mine.size(); i++) {
                for (int j = self ? i + 1 : 0; j < theirs.size(); j++) {
                    if (problem.domain(key, mine.get(i)) == problem.domain(key, theirs.get(j))) {
                        broken.add(d.name() + " shares a " + key + " with " + other.name());
                    }
                }
            }
        }
    }

    private static void checkSpread(PlacementState state, Demand d, List<String> broken) {
        Problem problem = state.problem();
        Workload w = d.workload();
        for (SpreadConstraint c : w.spread()) {
            if (c.whenUnsatisfiable() != WhenUnsatisfiable.DO_NOT_SCHEDULE) {
                continue;
            }
            Map<Integer, Integer> counts = new HashMap<>();
            BitSet groups = state.feasibleGroups(d.index());
            for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
                HostGroup group = problem.groups().get(g);
                for (int h = group.firstHost(); h < group.lastHostExclusive(); h++) {
                    counts.putIfAbsent(problem.domain(c.over(), h), 0);
                }
            }
            for (int host : hostsOf(state, d.index())) {
                counts.merge(problem.domain(c.over(), host), 1, Integer::sum);
            }
            int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            int min = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            if (max - min > c.maxSkew()) {
                broken.add(d.name() + " skew " + (max - min) + " over " + c.over() + " > " + c.maxSkew());
            }
        }
    }

    private static void checkOneFirmwarePerDevice(PlacementState state, List<String> broken) {
        for (int h = 0; h < state.problem().hostCount(); h++) {
            if (state.firmwareOn(h) > 1) {
                broken.add(state.problem().hostNames()[h] + " runs " + state.firmwareOn(h) + " firmware images");
            }
        }
    }
}
