package dev.traverse.engine.placement;

import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.construct.ReplayedObjective;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every assignment of a tiny topology's replicas, each to a host or to none, judged by {@link PlacementValidator}
 * alone: the most replicas any valid assignment places, and the least objective ({@link ReplayedObjective}) of the
 * valid assignments that place them all. Partial assignments are dropped early only for rules that more replicas
 * can never mend (static host rules, pins, capacity, required anti-affinity); every complete one is validated whole.
 * For services only, whose replicas are numbered 0 to {@code replicas - 1}.
 */
final class BruteForcePlacements {

    /** The largest number of complete assignments this search agrees to try. */
    static final long MAX_ASSIGNMENTS = 50_000;

    /**
     * @param mostPlaced         the most replicas a valid assignment places
     * @param leastObjective     the least objective of a valid assignment placing every replica; NaN when none does
     * @param validAssignments   how many complete assignments the validator accepted
     */
    record Outcome(int replicas, int mostPlaced, double leastObjective, long validAssignments) {

        boolean allFit() {
            return mostPlaced == replicas;
        }
    }

    private record ReplicaRef(Workload workload, int replica) {
    }

    private final Topology topology;
    private final ReplayedObjective objective;
    private final List<ReplicaRef> replicas = new ArrayList<>();
    /** Per replica, the hosts static rules and pins allow. */
    private final List<List<ModelHost>> candidates = new ArrayList<>();
    private final ModelHost[] chosen;
    private final List<Placed> placed = new ArrayList<>();
    private int mostPlaced;
    private double leastObjective = Double.NaN;
    private long valid;

    private BruteForcePlacements(Topology topology, PlacementOptions options) {
        this.topology = topology;
        this.objective = ReplayedObjective.of(topology, options);
        ModelHosts hosts = new ModelHosts(topology);
        HostRules rules = new HostRules(new ModelLatency(topology));
        long assignments = 1;
        for (Workload w : topology.workloads()) {
            for (int r = 0; r < w.replicas(); r++) {
                int replica = r;
                String pin = w.pins().stream().filter(p -> p.replica() == replica).map(Pin::node).findFirst()
                        .orElse(null);
                List<ModelHost> allowed = hosts.all().stream()
                        .filter(h -> (pin == null || pin.equals(h.name())) && rules.usable(w, h)).toList();
                replicas.add(new ReplicaRef(w, r));
                candidates.add(allowed);
                assignments *= allowed.size() + 1;
            }
        }
        if (assignments > MAX_ASSIGNMENTS) {
            throw new IllegalArgumentException(assignments + " assignments are too many to try");
        }
        chosen = new ModelHost[replicas.size()];
    }

    static Outcome search(Topology topology, PlacementOptions options) {
        BruteForcePlacements search = new BruteForcePlacements(topology, options);
        search.assign(0);
        return new Outcome(search.replicas.size(), search.mostPlaced, search.leastObjective, search.valid);
    }

    private void assign(int next) {
        if (next == replicas.size()) {
            judge();
            return;
        }
        chosen[next] = null;
        assign(next + 1);
        ReplicaRef ref = replicas.get(next);
        for (ModelHost host : candidates.get(next)) {
            Placed p = new Placed(ref.workload(), ref.replica(), host);
            placed.add(p);
            if (stillMendable()) {
                chosen[next] = host;
                assign(next + 1);
                chosen[next] = null;
            }
            placed.remove(placed.size() - 1);
        }
    }

    /** False once capacity or a required anti-affinity is broken: placing more replicas never mends them. */
    private boolean stillMendable() {
        return CapacityRule.check(placed).isEmpty() && WorkloadTermRule.check(placed).stream()
                .noneMatch(v -> v.kind() == Violation.Kind.WORKLOAD_ANTI_AFFINITY);
    }

    private void judge() {
        PlacementResult result = result(chosen);
        if (!PlacementValidator.validate(topology, result).isEmpty()) {
            return;
        }
        valid++;
        int count = result.assignments().size();
        mostPlaced = Math.max(mostPlaced, count);
        if (count == replicas.size()) {
            Map<String, String> nodes = new LinkedHashMap<>();
            result.assignments().forEach(a -> nodes.put(ReplayedObjective.key(a.workload(), a.replica()), a.node()));
            double value = objective.total(nodes);
            if (Double.isNaN(leastObjective) || value < leastObjective) {
                leastObjective = value;
            }
        }
    }

    private PlacementResult result(ModelHost[] hosts) {
        List<Assignment> assignments = new ArrayList<>();
        List<UnplacedReplica> unplaced = new ArrayList<>();
        for (int i = 0; i < hosts.length; i++) {
            ReplicaRef ref = replicas.get(i);
            if (hosts[i] == null) {
                unplaced.add(new UnplacedReplica(ref.workload().name(), ref.replica(), "not placed", List.of(),
                        List.of()));
            } else {
                assignments.add(new Assignment(ref.workload().name(), ref.replica(), hosts[i].name()));
            }
        }
        return new PlacementResult(assignments, unplaced, List.of(), new ObjectiveSummary(0, 0, 0, 0, 0), 0, 0, 0);
    }
}
