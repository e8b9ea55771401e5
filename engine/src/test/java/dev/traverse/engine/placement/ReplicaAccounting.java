package dev.traverse.engine.placement;

import static dev.traverse.engine.placement.Violation.Kind.DAEMON_TWICE_AT_SITE;
import static dev.traverse.engine.placement.Violation.Kind.DUPLICATE_REPLICA;
import static dev.traverse.engine.placement.Violation.Kind.FIRMWARE_SLOT;
import static dev.traverse.engine.placement.Violation.Kind.FIRMWARE_TWICE_ON_DEVICE;
import static dev.traverse.engine.placement.Violation.Kind.MISSING_REPLICA;
import static dev.traverse.engine.placement.Violation.Kind.REPLICA_OUT_OF_RANGE;

import dev.traverse.engine.model.ReplicaSchedulingType;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each replica is told of once, as assigned or unplaced, and numbered within range: {@code replicas} of an ordinary
 * workload (all of which must be told of), that many in each usable cluster when Duplicated (Karmada's meaning), one
 * per device of a firmware workload's fleet, at most one per site of a daemon. A device runs one firmware image.
 */
final class ReplicaAccounting {

    private final Topology topology;
    private final ModelHosts hosts;
    private final HostRules rules;
    private final List<Violation> found = new ArrayList<>();
    private final Map<String, Integer> ranges = new HashMap<>();
    /** workload name, then replica number, then how it was told of ("assigned", "unplaced"). */
    private final Map<String, Map<Integer, List<String>>> seen = new LinkedHashMap<>();

    private ReplicaAccounting(Topology topology, ModelHosts hosts, HostRules rules) {
        this.topology = topology;
        this.hosts = hosts;
        this.rules = rules;
    }

    /**
     * @param placed   the assignments whose workload and host exist
     * @param unplaced the unplaced replicas whose workload exists, as {workload, replica} pairs
     */
    static List<Violation> check(Topology topology, ModelHosts hosts, HostRules rules, List<Placed> placed,
                                 List<Map.Entry<Workload, Integer>> unplaced) {
        ReplicaAccounting a = new ReplicaAccounting(topology, hosts, rules);
        placed.forEach(p -> a.tell(p.workload(), p.replica(), "assigned to " + p.host().name()));
        unplaced.forEach(u -> a.tell(u.getKey(), u.getValue(), "unplaced"));
        a.duplicates();
        a.missing();
        a.daemonsPerSite(placed);
        a.firmwarePerDevice(placed);
        return a.found;
    }

    /**
     * How many replicas a workload has: its count (times the usable clusters when Duplicated), its fleet's size for
     * firmware, the sites for a daemon (at most). Computed once per workload.
     */
    private int range(Workload w) {
        return ranges.computeIfAbsent(w.name(), n -> count(w));
    }

    private int count(Workload w) {
        if (w.kind() == WorkloadKind.DAEMON) {
            return topology.sites().size();
        }
        if (w.kind() == WorkloadKind.FIRMWARE) {
            return hosts.fleet(w.target().fleet()).size();
        }
        if (w.replicaScheduling() != null && w.replicaScheduling().type() == ReplicaSchedulingType.DUPLICATED) {
            long clusters = hosts.all().stream().filter(h -> !h.isDevice() && rules.usable(w, h))
                    .map(h -> h.cluster().name()).distinct().count();
            return w.replicas() * (int) Math.max(1, clusters); // no usable cluster: the replicas stay to be explained
        }
        return w.replicas();
    }

    private void tell(Workload w, int replica, String how) {
        if (replica < 0 || replica >= range(w)) {
            found.add(Violation.of(REPLICA_OUT_OF_RANGE, w.name(), replica, null,
                    how + ", but its replicas are numbered 0.." + (range(w) - 1)));
            return;
        }
        seen.computeIfAbsent(w.name(), k -> new HashMap<>()).computeIfAbsent(replica, k -> new ArrayList<>()).add(how);
    }

    private void duplicates() {
        seen.forEach((workload, replicas) -> replicas.forEach((replica, hows) -> {
            if (hows.size() > 1) {
                found.add(Violation.of(DUPLICATE_REPLICA, workload, replica, null, "told of " + hows.size()
                        + " times: " + hows));
            }
        }));
    }

    private void missing() {
        for (Workload w : topology.workloads()) {
            if (w.kind() == WorkloadKind.DAEMON) {
                continue; // how many sites match is the engine's to decide
            }
            Map<Integer, List<String>> told = seen.getOrDefault(w.name(), Map.of());
            for (int r = 0; r < range(w); r++) {
                if (!told.containsKey(r)) {
                    found.add(Violation.of(MISSING_REPLICA, w.name(), r, null, "neither assigned nor unplaced"));
                }
            }
        }
    }

    private void daemonsPerSite(List<Placed> placed) {
        Map<String, List<Placed>> bySite = new LinkedHashMap<>();
        placed.stream().filter(p -> p.workload().kind() == WorkloadKind.DAEMON)
                .forEach(p -> bySite.computeIfAbsent(p.workload().name() + " at " + p.host().site().name(),
                        k -> new ArrayList<>()).add(p));
        bySite.forEach((at, replicas) -> {
            if (replicas.size() > 1) {
                Placed second = replicas.get(1);
                found.add(Violation.of(DAEMON_TWICE_AT_SITE, second.workload().name(), second.replica(),
                        second.host().name(), replicas.size() + " replicas at site " + second.host().site().name()
                                + ": " + replicas.stream().map(Placed::label).toList()));
            }
        });
    }

    private void firmwarePerDevice(List<Placed> placed) {
        Map<ModelHost, List<Placed>> byDevice = new LinkedHashMap<>();
        placed.stream().filter(p -> p.workload().effectiveRuntime() == Runtime.FIRMWARE && p.host().isDevice())
                .forEach(p -> byDevice.computeIfAbsent(p.host(), k -> new ArrayList<>()).add(p));
        byDevice.forEach((device, images) -> {
            if (images.size() < 2) {
                return;
            }
            long workloads = images.stream().map(p -> p.workload().name()).distinct().count();
            Placed second = images.get(1);
            List<String> labels = images.stream().map(Placed::label).toList();
            if (workloads < images.size()) {
                found.add(Violation.of(FIRMWARE_TWICE_ON_DEVICE, second.workload().name(), second.replica(),
                        device.name(), "one device, several replicas of one firmware: " + labels));
            }
            if (workloads > 1) {
                found.add(Violation.of(FIRMWARE_SLOT, second.workload().name(), second.replica(), device.name(),
                        "a device runs one firmware image, here " + labels));
            }
        });
    }
}
