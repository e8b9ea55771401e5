package dev.traverse.engine.generate;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.ReplicaDivision;
import dev.traverse.engine.model.ReplicaScheduling;
import dev.traverse.engine.model.ReplicaSchedulingType;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Names the kinds of constraint a workload uses, to count how often each appears. */
final class ConstraintKinds {

    static final List<String> ALL = List.of("kind:service", "kind:job", "kind:daemon", "kind:ai-model",
            "kind:firmware", "arch", "os", "runtime:wasm", "gpuModel", "gpu", "nodeSelector", "tolerations",
            "affinity:sites", "affinity:clusters", "affinity:nodes", "affinity:nodeLabels", "affinity:workload",
            "affinity:preferred", "antiAffinity:self", "antiAffinity:workload", "antiAffinity:nodeLabels",
            "spread:zone", "spread:site", "latency", "jurisdictions:EU", "jurisdictions:country", "target",
            "clusterAffinities", "replicaScheduling:Duplicated", "replicaScheduling:Weighted",
            "replicaScheduling:Aggregated", "replicaScheduling:AvailableReplicas", "pins", "limits", "priority",
            "storage");

    private ConstraintKinds() {
    }

    static List<String> of(Workload w) {
        List<String> kinds = new ArrayList<>();
        kinds.add("kind:" + w.kind().wireName());
        add(kinds, "arch", !w.arch().isEmpty());
        add(kinds, "os", !w.os().isEmpty());
        add(kinds, "runtime:wasm", w.runtime() == Runtime.WASM);
        add(kinds, "gpuModel", w.gpuModel() != null);
        add(kinds, "gpu", w.resources().get("gpu").isPresent());
        add(kinds, "storage", w.resources().get("storage").isPresent() && w.target() == null);
        add(kinds, "nodeSelector", !w.nodeSelector().isEmpty());
        add(kinds, "tolerations", !w.tolerations().isEmpty());
        for (AffinityTerm t : w.affinity()) {
            add(kinds, "affinity:sites", !t.sites().isEmpty());
            add(kinds, "affinity:clusters", !t.clusters().isEmpty());
            add(kinds, "affinity:nodes", !t.nodes().isEmpty());
            add(kinds, "affinity:nodeLabels", !t.nodeLabels().isEmpty());
            add(kinds, "affinity:workload", t.workload() != null);
            add(kinds, "affinity:preferred", !t.isRequired());
        }
        for (AffinityTerm t : w.antiAffinity()) {
            add(kinds, "antiAffinity:self", w.name().equals(t.workload()));
            add(kinds, "antiAffinity:workload", t.workload() != null && !w.name().equals(t.workload()));
            add(kinds, "antiAffinity:nodeLabels", !t.nodeLabels().isEmpty());
        }
        for (SpreadConstraint s : w.spread()) {
            kinds.add("spread:" + s.over().wireName());
        }
        add(kinds, "latency", w.latency() != null);
        for (String j : w.jurisdictions()) {
            kinds.add(j.equals("EU") || j.equals("EEA") ? "jurisdictions:" + j : "jurisdictions:country");
        }
        add(kinds, "target", w.target() != null);
        add(kinds, "clusterAffinities", !w.clusterAffinities().isEmpty());
        ReplicaScheduling rs = w.replicaScheduling();
        if (rs != null) {
            if (rs.type() == ReplicaSchedulingType.DUPLICATED) {
                kinds.add("replicaScheduling:Duplicated");
            } else if (rs.division() == ReplicaDivision.AGGREGATED) {
                kinds.add("replicaScheduling:Aggregated");
            } else {
                kinds.add(rs.weightByAvailableReplicas() ? "replicaScheduling:AvailableReplicas"
                        : "replicaScheduling:Weighted");
            }
        }
        add(kinds, "pins", !w.pins().isEmpty());
        add(kinds, "limits", !w.limits().isEmpty());
        add(kinds, "priority", w.priority() != 0);
        return kinds;
    }

    /** How many workloads use each kind, sorted by name. */
    static Map<String, Integer> count(Topology t) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Workload w : t.workloads()) {
            for (String k : of(w)) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static void add(List<String> kinds, String kind, boolean present) {
        if (present && !kinds.contains(kind)) {
            kinds.add(kind);
        }
    }
}
