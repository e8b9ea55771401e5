package dev.traverse.engine.placement;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.WorkloadKind;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.WhatIfResult.Move;
import dev.traverse.engine.placement.framework.PlacementPlugin;
import dev.traverse.engine.placement.framework.PluginRegistry;
import dev.traverse.engine.placement.incremental.WarmStart;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.plugins.FailedHosts;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Places a topology twice, as it is and with one part failed, and compares. Replicas are matched by workload and
 * number, except daemons, which are matched by the site they serve (their numbers follow the sites that remain).
 */
final class WhatIf {

    private WhatIf() {
    }

    static WhatIfResult run(Topology topology, PlacementOptions options, Failure failure, BooleanSupplier cancelled) {
        Topology failed = topology;
        List<PlacementPlugin> plugins = new ArrayList<>();
        if (failure.kind() == Failure.Kind.LINK) {
            failed = withoutLink(topology, failure);
        } else {
            FailedHosts failedHosts = new FailedHosts(failure);
            if (!failedHosts.matchesAnything(ProblemCompiler.compile(topology))) {
                throw new IllegalArgumentException("nothing to fail: the topology has no " + failure.kind().name()
                        .toLowerCase(java.util.Locale.ROOT) + " named " + failure.target());
            }
            plugins.add(failedHosts);
        }
        plugins.addAll(BuiltInPlugins.all());
        PlacementResult before = PlacementEngine.place(topology, options, BuiltInPlugins.registry(), cancelled);
        // As a cluster reschedules only what it lost: replicas the failure does not touch stay where they are.
        PlacementResult after = PlacementEngine.placeIncrementally(failed, options,
                WarmStart.keeping(before, PluginRegistry.withServiceLoader(plugins)), cancelled).result();
        return compare(topology, failure, before, after);
    }

    private static Topology withoutLink(Topology t, Failure failure) {
        Set<String> ends = Set.copyOf(failure.linkEnds());
        List<Link> links = t.links().stream().filter(l -> !Set.copyOf(l.between()).equals(ends)).toList();
        if (links.size() == t.links().size()) {
            throw new IllegalArgumentException("nothing to fail: the topology has no link between "
                    + String.join(" and ", failure.linkEnds()));
        }
        return new Topology(t.metadata(), t.objectives(), t.sites(), links, t.workloads(), t.layout());
    }

    private static WhatIfResult compare(Topology topology, Failure failure, PlacementResult before,
                                        PlacementResult after) {
        Map<String, String> siteOfScope = siteOfScope(topology);
        Set<String> daemons = topology.workloads().stream().filter(w -> w.kind() == WorkloadKind.DAEMON)
                .map(w -> w.name()).collect(Collectors.toSet());
        Map<String, Assignment> afterByKey = new HashMap<>();
        for (Assignment a : after.assignments()) {
            afterByKey.put(key(a.workload(), a.replica(), a.node(), daemons, siteOfScope), a);
        }
        Map<String, UnplacedReplica> unplacedAfter = new LinkedHashMap<>();
        after.unplaced().forEach(u -> unplacedAfter.put(u.workload() + "/" + u.replica(), u));
        List<Move> moved = new ArrayList<>();
        List<UnplacedReplica> lost = new ArrayList<>();
        for (Assignment a : before.assignments()) {
            Assignment now = afterByKey.get(key(a.workload(), a.replica(), a.node(), daemons, siteOfScope));
            if (now == null) {
                UnplacedReplica why = daemons.contains(a.workload()) ? null
                        : unplacedAfter.get(a.workload() + "/" + a.replica());
                lost.add(why != null ? why : new UnplacedReplica(a.workload(), a.replica(),
                        "the site it served is gone (" + failure + ")", List.of(), List.of()));
            } else if (!now.node().equals(a.node())) {
                moved.add(new Move(a.workload(), a.replica(), a.node(), now.node()));
            }
        }
        return new WhatIfResult(failure, before, after, moved, lost);
    }

    private static String key(String workload, int replica, String node, Set<String> daemons,
                              Map<String, String> siteOfScope) {
        if (daemons.contains(workload)) {
            String scope = node.substring(0, node.indexOf('/'));
            return workload + "@" + siteOfScope.getOrDefault(scope, scope);
        }
        return workload + "/" + replica;
    }

    /** The site of each cluster and each site's own devices, from a host's {@code scope/name}. */
    private static Map<String, String> siteOfScope(Topology topology) {
        Map<String, String> out = new HashMap<>();
        for (Site site : topology.sites()) {
            out.put(site.name(), site.name());
            for (Cluster c : site.clusters()) {
                out.put(c.name(), site.name());
            }
        }
        return out;
    }
}
