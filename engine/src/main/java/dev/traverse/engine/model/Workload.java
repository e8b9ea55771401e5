package dev.traverse.engine.model;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Something to run: a service, a job, a per-site daemon, an AI model or a firmware image, with the constraints that
 * decide where its replicas may go. Lists that are empty and nullable fields that are null impose nothing.
 *
 * @param image             the container or wasm image; null for firmware
 * @param artifact          the firmware artifact; null for images
 * @param replicas          how many replicas; daemons and firmware are counted per site or device instead and keep 1
 * @param resources         requests per replica
 * @param limits            limits per replica, each at least its request
 * @param arch              the architectures it is built for; empty for any
 * @param os                the operating systems it runs on; empty for any
 * @param runtime           container, wasm or firmware; null for the kind's default ({@link #effectiveRuntime()})
 * @param gpuModel          the GPU model it needs, or null for any
 * @param latency           a latency bound to its data source, or null
 * @param jurisdictions     the countries or groups (EU, EEA) it may run in; empty for anywhere
 * @param target            the fleet of devices it goes to, or null
 * @param clusterAffinities ordered fallback groups of clusters, or empty
 * @param replicaScheduling how replicas are shared between clusters, or null for the engine's choice
 * @param pins              replicas the user placed by hand
 */
public record Workload(
        String name,
        WorkloadKind kind,
        String image,
        String artifact,
        int replicas,
        int priority,
        Resources resources,
        Resources limits,
        List<Arch> arch,
        List<Os> os,
        Runtime runtime,
        String gpuModel,
        Map<String, String> nodeSelector,
        List<Toleration> tolerations,
        List<AffinityTerm> affinity,
        List<AffinityTerm> antiAffinity,
        List<SpreadConstraint> spread,
        LatencyBound latency,
        List<String> jurisdictions,
        DeviceTarget target,
        List<ClusterAffinity> clusterAffinities,
        ReplicaScheduling replicaScheduling,
        List<Pin> pins,
        Map<String, String> labels) {

    public Workload {
        Names.requireName("workload name", name);
        Objects.requireNonNull(kind, "kind");
        Names.atLeast("replicas", 1, replicas);
        Objects.requireNonNull(resources, "resources");
        Objects.requireNonNull(limits, "limits");
        arch = Names.list("arch", arch);
        os = Names.list("os", os);
        nodeSelector = Names.labels("nodeSelector", nodeSelector);
        tolerations = Names.list("tolerations", tolerations);
        affinity = Names.list("affinity", affinity);
        antiAffinity = Names.list("antiAffinity", antiAffinity);
        spread = Names.list("spread", spread);
        jurisdictions = Names.list("jurisdictions", jurisdictions);
        clusterAffinities = Names.list("clusterAffinities", clusterAffinities);
        pins = Names.list("pins", pins);
        labels = Names.labels("label", labels);

        Runtime effective = runtime != null ? runtime : defaultRuntime(kind);
        if (effective == Runtime.FIRMWARE) {
            if (artifact == null || artifact.isBlank()) {
                throw new IllegalArgumentException("a firmware workload needs an artifact");
            }
            if (image != null) {
                throw new IllegalArgumentException("a firmware workload has an artifact, not an image");
            }
        } else {
            if (image == null || image.isBlank()) {
                throw new IllegalArgumentException("a " + effective + " workload needs an image");
            }
            if (artifact != null) {
                throw new IllegalArgumentException("artifact is for firmware; a " + effective + " workload has an image");
            }
        }
        if (kind == WorkloadKind.FIRMWARE && target == null) {
            throw new IllegalArgumentException("a firmware workload needs a target fleet");
        }
        if ((kind == WorkloadKind.DAEMON || kind == WorkloadKind.FIRMWARE) && replicas != 1) {
            throw new IllegalArgumentException("a " + kind + " runs once per " + (kind == WorkloadKind.DAEMON
                    ? "matching site" : "device of its fleet") + "; it takes no replicas");
        }
        limits.amounts().forEach((resource, limit) -> resources.get(resource).ifPresent(request -> {
            if (limit.compareTo(request) < 0) {
                throw new IllegalArgumentException("limit " + resource + " " + limit + " is below its request " + request);
            }
        }));
        for (String j : jurisdictions) {
            if (!Jurisdictions.isJurisdiction(j)) {
                throw new IllegalArgumentException("\"" + j + "\" is not a jurisdiction: use ISO 3166 alpha-2 codes, EU or EEA");
            }
        }
        Set<Integer> pinned = new HashSet<>();
        for (Pin pin : pins) {
            if (pin.replica() >= replicas) {
                throw new IllegalArgumentException("pin of replica " + pin.replica() + " but the workload has "
                        + replicas + " replica(s), numbered from 0");
            }
            if (!pinned.add(pin.replica())) {
                throw new IllegalArgumentException("replica " + pin.replica() + " is pinned twice");
            }
        }
    }

    /** The runtime a workload kind uses when none is stated: firmware for firmware, containers otherwise. */
    public static Runtime defaultRuntime(WorkloadKind kind) {
        return kind == WorkloadKind.FIRMWARE ? Runtime.FIRMWARE : Runtime.CONTAINER;
    }

    public Runtime effectiveRuntime() {
        return runtime != null ? runtime : defaultRuntime(kind);
    }

    /** A plain service: an image, replicas and requests, no constraints. */
    public static Workload service(String name, String image, int replicas, Resources requests) {
        return new Workload(name, WorkloadKind.SERVICE, image, null, replicas, 0, requests, Resources.NONE, List.of(),
                List.of(), null, null, Map.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(), null,
                List.of(), null, List.of(), Map.of());
    }
}
