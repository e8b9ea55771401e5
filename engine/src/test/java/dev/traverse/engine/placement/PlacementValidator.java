package dev.traverse.engine.placement;

import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists every hard constraint a placement result breaks, computed straight from the model. Deliberately independent
 * of the engine: it uses none of its plugins, its problem compiler or its host numbering, so that a mistake there
 * cannot hide itself here. Soft rules (preferred terms, ScheduleAnyway spread, objectives) are not checked.
 *
 * <p>Rules: replicas accounted for ({@link ReplicaAccounting}); per host rules ({@link HostRules}); pins; capacity
 * ({@link CapacityRule}); inter-workload terms ({@link WorkloadTermRule}); spread ({@link SpreadRule}); division by
 * static weights ({@link DivisionRule}).
 */
final class PlacementValidator {

    private PlacementValidator() {
    }

    static List<Violation> validate(Topology topology, PlacementResult result) {
        ModelHosts hosts = new ModelHosts(topology);
        HostRules rules = new HostRules(new ModelLatency(topology));
        Map<String, Workload> workloads = topology.workloads().stream()
                .collect(Collectors.toMap(Workload::name, Function.identity()));
        List<Violation> found = new ArrayList<>();

        List<Placed> placed = new ArrayList<>();
        for (Assignment a : result.assignments()) {
            Optional<Workload> w = known(workloads, a.workload(), a.replica(), a.node(), found);
            Optional<ModelHost> host = hosts.find(a.node());
            if (host.isEmpty()) {
                found.add(Violation.of(Violation.Kind.UNKNOWN_NODE, a.workload(), a.replica(), a.node(),
                        "no node or device of that name"));
            }
            if (w.isPresent() && host.isPresent()) {
                placed.add(new Placed(w.get(), a.replica(), host.get()));
            }
        }
        List<Map.Entry<Workload, Integer>> unplaced = new ArrayList<>();
        for (UnplacedReplica u : result.unplaced()) {
            known(workloads, u.workload(), u.replica(), null, found).ifPresent(w -> unplaced.add(Map.entry(w, u.replica())));
        }

        found.addAll(ReplicaAccounting.check(topology, hosts, rules, placed, unplaced));
        for (Placed p : placed) {
            rules.broken(p.workload(), p.host()).forEach(v -> found.add(v.forReplica(p.replica())));
            pin(p).ifPresent(found::add);
        }
        found.addAll(CapacityRule.check(placed));
        found.addAll(WorkloadTermRule.check(placed));
        found.addAll(SpreadRule.check(topology.workloads(), hosts, rules, placed));
        found.addAll(DivisionRule.check(topology.workloads(), hosts, rules, placed));
        return found;
    }

    private static Optional<Workload> known(Map<String, Workload> workloads, String name, int replica, String node,
                                            List<Violation> found) {
        Workload w = workloads.get(name);
        if (w == null) {
            found.add(Violation.of(Violation.Kind.UNKNOWN_WORKLOAD, name, replica, node, "no workload of that name"));
        }
        return Optional.ofNullable(w);
    }

    /** A pinned replica, when placed, is on its pin's node. */
    private static Optional<Violation> pin(Placed p) {
        return p.workload().pins().stream()
                .filter(pin -> pin.replica() == p.replica() && !pin.node().equals(p.host().name()))
                .map(Pin::node)
                .findFirst()
                .map(node -> Violation.of(Violation.Kind.PIN, p.workload().name(), p.replica(), p.host().name(),
                        "pinned to " + node));
    }
}
