package dev.traverse.engine.placement.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import dev.traverse.engine.placement.construct.StaticFeasibility;
import dev.traverse.engine.placement.framework.PluginRegistry;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Static feasibility taken over from an earlier run gives every demand and group the same answer as asking the group
 * filters afresh, whatever was edited in between: what an answer depends on is all in its key.
 */
class FeasibilityMemoProperties {

    enum Edit { POOL_SIZE, POOL_GONE, DEVICE_GROUP_SIZE, SITE_LABEL, LINK_LATENCY, REPLICAS, CPU_REQUEST, PIN }

    private final PluginRegistry registry = BuiltInPlugins.registry();

    @Property(tries = 150)
    void reusedAnswersAreTheFiltersAnswers(@ForAll @IntRange(min = 1, max = 6) int sites,
                                           @ForAll @IntRange(max = 60) int nodes,
                                           @ForAll @IntRange(max = 40) int devices,
                                           @ForAll @IntRange(min = 1, max = 40) int workloads,
                                           @ForAll long seed,
                                           @ForAll Edit edit,
                                           @ForAll @IntRange(max = 10_000) int which) {
        Topology t = TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed));
        Optional<Topology> edited = apply(edit, t, which);
        Assume.that(edited.isPresent());
        Problem earlier = ProblemCompiler.compile(t);
        GroupFilterInputs earlierInputs = GroupFilterInputs.of(earlier);
        FeasibilityMemo memo = FeasibilityMemo.of(earlierInputs,
                new StaticFeasibility(earlier, registry.groupFilters()));

        Problem now = ProblemCompiler.compile(edited.get());
        StaticFeasibility reused = new StaticFeasibility(now, registry.groupFilters(),
                memo.answersFor(GroupFilterInputs.of(now)));

        StaticFeasibility fresh = new StaticFeasibility(now, registry.groupFilters());
        for (int d = 0; d < now.demands().size(); d++) {
            assertThat(reused.of(d)).as(now.demands().get(d).name()).isEqualTo(fresh.of(d));
        }
    }

    private static Optional<Topology> apply(Edit edit, Topology t, int which) {
        List<String[]> pools = new ArrayList<>();
        List<String[]> deviceGroups = new ArrayList<>();
        for (Site s : t.sites()) {
            for (Cluster c : s.clusters()) {
                for (Node n : c.nodes()) {
                    pools.add(new String[] {c.name(), n.name()});
                }
            }
            for (Device d : s.devices()) {
                deviceGroups.add(new String[] {s.name(), d.name()});
            }
        }
        List<Workload> movable = t.workloads().stream()
                .filter(w -> w.kind() != WorkloadKind.DAEMON && w.kind() != WorkloadKind.FIRMWARE).toList();
        int grow = which % 2 == 0 ? 1 : -1;
        switch (edit) {
            case POOL_SIZE:
                return pick(pools, which).filter(p -> grow > 0 || count(t, p) > 1)
                        .map(p -> TopologyEdits.resizePool(t, p[0], p[1], grow));
            case POOL_GONE:
                return pick(pools, which).map(p -> TopologyEdits.removeNode(t, p[0], p[1]));
            case DEVICE_GROUP_SIZE:
                return pick(deviceGroups, which).map(d -> TopologyEdits.resizeDevices(t, d[0], d[1], 1));
            case SITE_LABEL:
                return Optional.of(TopologyEdits.withSiteLabel(t, t.sites().get(which % t.sites().size()).name(),
                        "tier", "edited"));
            case LINK_LATENCY:
                return t.links().isEmpty() ? Optional.empty() : Optional.of(TopologyEdits.withLinkLatency(t,
                        which % t.links().size(), which % 50));
            case REPLICAS:
                return pick(movable, which).map(w -> TopologyEdits.withReplicas(t, w.name(), w.replicas() + 1));
            case CPU_REQUEST:
                return pick(movable, which).map(w -> TopologyEdits.withCpuRequest(t, w.name(),
                        1 + w.resources().milli("cpu") * 2));
            default:
                return pick(movable, which).flatMap(w -> pick(pools, which / 3).map(p -> TopologyEdits.withPin(t,
                        w.name(), 0, p[0] + "/" + firstMember(t, p))));
        }
    }

    private static <T> Optional<T> pick(List<T> from, int which) {
        return from.isEmpty() ? Optional.empty() : Optional.of(from.get(which % from.size()));
    }

    private static int count(Topology t, String[] pool) {
        return t.sites().stream().flatMap(s -> s.clusters().stream()).filter(c -> c.name().equals(pool[0]))
                .flatMap(c -> c.nodes().stream()).filter(n -> n.name().equals(pool[1])).findFirst()
                .orElseThrow().count();
    }

    private static String firstMember(Topology t, String[] pool) {
        return t.sites().stream().flatMap(s -> s.clusters().stream()).filter(c -> c.name().equals(pool[0]))
                .flatMap(c -> c.nodes().stream()).filter(n -> n.name().equals(pool[1])).findFirst()
                .orElseThrow().memberNames().get(0);
    }
}
