package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.incremental.IncrementalResult;
import dev.traverse.engine.placement.incremental.TopologyEdits;
import dev.traverse.engine.placement.incremental.WarmStart;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Incremental placement after a random small edit of a generated topology, checked by {@link PlacementValidator}: no
 * hard rule broken, every replica told of once, and no replica moved unless it had to.
 */
class IncrementalProperties {

    /** The edits a designer makes between two previews. */
    enum Edit { ADD_POOL_MEMBER, REMOVE_POOL_MEMBER, REPLICAS, CPU_REQUEST, PIN }

    private static Topology topology(int sites, int nodes, int devices, int workloads, long seed) {
        return TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed));
    }

    private static PlacementOptions options(long seed) {
        return new PlacementOptions(seed, Duration.ZERO, Map.of());
    }

    @Property(tries = 200)
    void afterASmallEditNoRuleIsBrokenAndOnlyWhatMustMoveMoves(@ForAll @IntRange(min = 1, max = 6) int sites,
                                                              @ForAll @IntRange(max = 60) int nodes,
                                                              @ForAll @IntRange(max = 40) int devices,
                                                              @ForAll @IntRange(min = 1, max = 40) int workloads,
                                                              @ForAll long seed,
                                                              @ForAll Edit edit,
                                                              @ForAll @IntRange(max = 10_000) int which,
                                                              @ForAll @IntRange(min = -2, max = 3) int by) {
        Topology t = topology(sites, nodes, devices, workloads, seed);
        Optional<Topology> edited = apply(edit, t, which, by);
        Assume.that(edited.isPresent());
        PlacementResult before = PlacementEngine.place(t, options(seed));
        assertThat(PlacementValidator.validate(t, before)).as("the full placement before the edit").isEmpty();

        PlacementResult after = PlacementEngine.place(edited.get(), options(seed), before);

        assertThat(PlacementValidator.validate(edited.get(), after)).isEmpty();
        assertToldOfOnce(after);
        assertThat(unjustifiedMoves(edited.get(), before, after)).as("moved without need after %s", edit).isEmpty();
    }

    @Property(tries = 60)
    void theWarmStartChangesNothingButTheWork(@ForAll @IntRange(min = 1, max = 6) int sites,
                                              @ForAll @IntRange(max = 60) int nodes,
                                              @ForAll @IntRange(max = 40) int devices,
                                              @ForAll @IntRange(min = 1, max = 40) int workloads,
                                              @ForAll long seed,
                                              @ForAll Edit edit,
                                              @ForAll @IntRange(max = 10_000) int which,
                                              @ForAll @IntRange(min = -2, max = 3) int by) {
        Topology t = topology(sites, nodes, devices, workloads, seed);
        Optional<Topology> edited = apply(edit, t, which, by);
        Assume.that(edited.isPresent());
        IncrementalResult first = PlacementEngine.placeIncrementally(t, options(seed), WarmStart.NONE, () -> false);

        PlacementResult warm = PlacementEngine.placeIncrementally(edited.get(), options(seed), first.next(),
                () -> false).result();

        PlacementResult cold = PlacementEngine.place(edited.get(), options(seed), first.result());
        assertThat(List.of(warm.assignments(), warm.unplaced(), warm.hosts(), warm.objectives()))
                .isEqualTo(List.of(cold.assignments(), cold.unplaced(), cold.hosts(), cold.objectives()));
    }

    /** The edited topology, or empty when it has nothing the edit applies to. */
    static Optional<Topology> apply(Edit edit, Topology t, int which, int by) {
        List<String[]> pools = new ArrayList<>();
        t.sites().forEach(s -> s.clusters().forEach(c -> c.nodes().forEach(n ->
                pools.add(new String[] {c.name(), n.name(), Integer.toString(n.count())}))));
        List<Workload> movable = t.workloads().stream()
                .filter(w -> w.kind() != WorkloadKind.DAEMON && w.kind() != WorkloadKind.FIRMWARE).toList();
        switch (edit) {
            case ADD_POOL_MEMBER: {
                if (pools.isEmpty()) {
                    return Optional.empty();
                }
                String[] pool = pools.get(which % pools.size());
                return Optional.of(TopologyEdits.resizePool(t, pool[0], pool[1], 1));
            }
            case REMOVE_POOL_MEMBER: {
                if (pools.isEmpty()) {
                    return Optional.empty();
                }
                String[] pool = pools.get(which % pools.size());
                return Optional.of(Integer.parseInt(pool[2]) > 1 ? TopologyEdits.resizePool(t, pool[0], pool[1], -1)
                        : TopologyEdits.removeNode(t, pool[0], pool[1]));
            }
            case REPLICAS: {
                if (movable.isEmpty()) {
                    return Optional.empty();
                }
                Workload w = movable.get(which % movable.size());
                return Optional.of(TopologyEdits.withReplicas(t, w.name(), Math.max(1, w.replicas() + (by == 0 ? 1 : by))));
            }
            case CPU_REQUEST: {
                if (movable.isEmpty()) {
                    return Optional.empty();
                }
                Workload w = movable.get(which % movable.size());
                long cpu = w.resources().milli(Resources.CPU);
                double[] factors = {0.5, 0.75, 1.25, 1.5, 2, 3};
                long changed = cpu == 0 ? 250 : Math.max(1, Math.round(cpu * factors[by + 2]));
                return Optional.of(TopologyEdits.withCpuRequest(t, w.name(), changed));
            }
            default: {
                List<ModelHost> nodes = new ModelHosts(t).all().stream().filter(h -> !h.isDevice()).toList();
                if (movable.isEmpty() || nodes.isEmpty()) {
                    return Optional.empty();
                }
                Workload w = movable.get(which % movable.size());
                String node = nodes.get((which / 7 + by + 2) % nodes.size()).name();
                return Optional.of(TopologyEdits.withPin(t, w.name(), (which / 3) % w.replicas(), node));
            }
        }
    }

    private static void assertToldOfOnce(PlacementResult r) {
        Set<String> told = new HashSet<>();
        r.assignments().forEach(a -> assertThat(told.add(a.workload() + "/" + a.replica())).as("%s", a).isTrue());
        r.unplaced().forEach(u -> assertThat(told.add(u.workload() + "/" + u.replica())).as("%s", u).isTrue());
    }

    /**
     * The replicas of {@code before} that are elsewhere now (or unplaced) without a reason: their host is gone,
     * their replica is gone, a pin sends them elsewhere, Karmada's sharing put them in another cluster, or putting
     * them back where they were would break a rule.
     */
    private static List<String> unjustifiedMoves(Topology edited, PlacementResult before, PlacementResult after) {
        ModelHosts hosts = new ModelHosts(edited);
        Map<String, Workload> workloads = new HashMap<>();
        edited.workloads().forEach(w -> workloads.put(w.name(), w));
        Map<String, Assignment> now = new HashMap<>();
        after.assignments().forEach(a -> now.put(key(workloads.get(a.workload()), a, hosts), a));
        List<String> out = new ArrayList<>();
        for (Assignment was : before.assignments()) {
            Workload w = workloads.get(was.workload());
            Optional<ModelHost> host = hosts.find(was.node());
            Assignment is = host.isPresent() && w != null ? now.get(key(w, was, hosts)) : null;
            if (is != null && is.node().equals(was.node())) {
                continue;
            }
            boolean justified = w == null || host.isEmpty() || gone(w, was.replica())
                    || pinnedElsewhere(w, was)
                    || (ClusterScope.appliesTo(w) && (is == null || !sameCluster(hosts, is.node(), was.node())))
                    || !PlacementValidator.validate(edited, movedBack(after, was, is)).isEmpty();
            if (!justified) {
                out.add(was + " is now " + (is == null ? "unplaced" : "on " + is.node()));
            }
        }
        return out;
    }

    /** A daemon's replicas are told apart by the site they serve, firmware's by its device, others by number. */
    private static String key(Workload w, Assignment a, ModelHosts hosts) {
        if (w.kind() == WorkloadKind.DAEMON) {
            return w.name() + "@" + hosts.find(a.node()).orElseThrow().site().name();
        }
        return w.kind() == WorkloadKind.FIRMWARE ? w.name() + "@" + a.node() : w.name() + "/" + a.replica();
    }

    private static boolean gone(Workload w, int replica) {
        boolean counted = w.kind() != WorkloadKind.DAEMON && w.kind() != WorkloadKind.FIRMWARE
                && !ClusterScope.appliesTo(w);
        return counted && replica >= w.replicas();
    }

    private static boolean pinnedElsewhere(Workload w, Assignment was) {
        return w.pins().stream().anyMatch(p -> p.replica() == was.replica() && !p.node().equals(was.node()));
    }

    private static boolean sameCluster(ModelHosts hosts, String a, String b) {
        ModelHost x = hosts.find(a).orElseThrow();
        ModelHost y = hosts.find(b).orElseThrow();
        return x.cluster() != null && y.cluster() != null && x.cluster().name().equals(y.cluster().name());
    }

    /** The result with one replica back on its earlier host. */
    private static PlacementResult movedBack(PlacementResult after, Assignment was, Assignment is) {
        int replica = is != null ? is.replica() : was.replica();
        List<Assignment> assignments = new ArrayList<>(after.assignments());
        assignments.remove(is);
        assignments.add(new Assignment(was.workload(), replica, was.node()));
        List<UnplacedReplica> unplaced = new ArrayList<>(after.unplaced());
        unplaced.removeIf(u -> u.workload().equals(was.workload()) && u.replica() == replica);
        return new PlacementResult(assignments, unplaced, after.hosts(), after.objectives(), after.lowerBound(),
                after.gap(), after.elapsedMs());
    }
}
