package dev.traverse.engine.generate;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.model.DeviceTarget;
import dev.traverse.engine.model.LatencyBound;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.ReplicaScheduling;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.Toleration;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A workload being put together, field by field; {@link #build()} makes the immutable, validated record. */
final class WorkloadDraft {

    final String name;
    final WorkloadKind kind;
    String image;
    String artifact;
    int replicas = 1;
    int priority;
    Resources resources = Resources.NONE;
    Resources limits = Resources.NONE;
    final List<Arch> arch = new ArrayList<>();
    final List<Os> os = new ArrayList<>();
    Runtime runtime;
    String gpuModel;
    final Map<String, String> nodeSelector = new LinkedHashMap<>();
    final List<Toleration> tolerations = new ArrayList<>();
    final List<AffinityTerm> affinity = new ArrayList<>();
    final List<AffinityTerm> antiAffinity = new ArrayList<>();
    final List<SpreadConstraint> spread = new ArrayList<>();
    LatencyBound latency;
    final List<String> jurisdictions = new ArrayList<>();
    DeviceTarget target;
    final List<ClusterAffinity> clusterAffinities = new ArrayList<>();
    ReplicaScheduling replicaScheduling;
    final List<Pin> pins = new ArrayList<>();
    final Map<String, String> labels = new LinkedHashMap<>();

    WorkloadDraft(String name, WorkloadKind kind) {
        this.name = name;
        this.kind = kind;
    }

    Workload build() {
        return new Workload(name, kind, image, artifact, replicas, priority, resources, limits, arch, os, runtime,
                gpuModel, nodeSelector, tolerations, affinity, antiAffinity, spread, latency, jurisdictions, target,
                clusterAffinities, replicaScheduling, pins, labels);
    }
}
