package dev.traverse.engine.placement;

import dev.traverse.engine.model.ReplicaDivision;
import dev.traverse.engine.model.ReplicaSchedulingType;
import dev.traverse.engine.model.Workload;

/**
 * Where Karmada hands each replica to one member cluster (Duplicated, or Divided by weight), that cluster's own
 * scheduler applies spread and inter-workload affinity among the replicas it holds, seeing no other cluster: spread
 * is counted per cluster over that cluster's domains, and the first replica in each cluster may go anywhere.
 */
final class ClusterScope {

    private ClusterScope() {
    }

    static boolean appliesTo(Workload w) {
        var s = w.replicaScheduling();
        return s != null && (s.type() == ReplicaSchedulingType.DUPLICATED || s.division() == ReplicaDivision.WEIGHTED);
    }

    /** The scope a host lies in for the workload: its cluster when the workload is cluster-bound, else everywhere. */
    static String of(Workload w, ModelHost h) {
        return !appliesTo(w) ? "" : h.isDevice() ? "devices@" + h.site().name() : h.cluster().name();
    }
}
