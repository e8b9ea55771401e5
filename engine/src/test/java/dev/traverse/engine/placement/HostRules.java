package dev.traverse.engine.placement;

import static dev.traverse.engine.placement.Violation.Kind.AFFINITY;
import static dev.traverse.engine.placement.Violation.Kind.ANTI_AFFINITY;
import static dev.traverse.engine.placement.Violation.Kind.ARCH;
import static dev.traverse.engine.placement.Violation.Kind.CLUSTER_AFFINITIES;
import static dev.traverse.engine.placement.Violation.Kind.GPU_MODEL;
import static dev.traverse.engine.placement.Violation.Kind.JURISDICTION;
import static dev.traverse.engine.placement.Violation.Kind.LATENCY;
import static dev.traverse.engine.placement.Violation.Kind.NODE_SELECTOR;
import static dev.traverse.engine.placement.Violation.Kind.OS;
import static dev.traverse.engine.placement.Violation.Kind.RUNTIME;
import static dev.traverse.engine.placement.Violation.Kind.TAINT;
import static dev.traverse.engine.placement.Violation.Kind.TARGET_FLEET;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.ClusterAffinity;
import dev.traverse.engine.model.Jurisdictions;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules that depend only on a workload and one host, not on what else is placed: target fleet, runtime, arch,
 * os, node selector, taints, GPU model, jurisdictions, required node terms, latency and cluster groups. Capacity of
 * an empty host is asked separately ({@link #fitsEmpty}): it is reported per host by {@link CapacityRule}.
 */
final class HostRules {

    /** Slack for latencies summed over several links. */
    private static final double LATENCY_EPSILON = 1e-9;

    private final ModelLatency latency;

    HostRules(ModelLatency latency) {
        this.latency = latency;
    }

    /** Every static rule the workload breaks on the host, without a replica number. */
    List<Violation> broken(Workload w, ModelHost h) {
        List<Violation> found = new ArrayList<>();
        Broken broken = (kind, detail) -> found.add(Violation.of(kind, w.name(), -1, h.name(), detail));
        target(w, h, broken);
        runtime(w, h, broken);
        if (!w.arch().isEmpty() && !w.arch().contains(h.arch())) {
            broken.add(ARCH, "arch " + h.arch() + " is not in " + w.arch());
        }
        if (!w.os().isEmpty() && (h.os() == null || !w.os().contains(h.os()))) {
            broken.add(OS, "os " + (h.os() == null ? "(not stated)" : h.os()) + " is not in " + w.os());
        }
        if (!h.labels().entrySet().containsAll(w.nodeSelector().entrySet())) {
            broken.add(NODE_SELECTOR, "labels " + h.labels() + " lack nodeSelector " + w.nodeSelector());
        }
        for (Taint taint : h.taints()) {
            if (taint.effect() != TaintEffect.PREFER_NO_SCHEDULE
                    && w.tolerations().stream().noneMatch(t -> t.tolerates(taint))) {
                broken.add(TAINT, "taint " + taint + " is not tolerated");
            }
        }
        if (w.gpuModel() != null && !w.gpuModel().equals(h.gpuModel())) {
            broken.add(GPU_MODEL, "gpu model " + h.gpuModel() + " is not " + w.gpuModel());
        }
        jurisdiction(w, h, broken);
        nodeTerms(w, h, broken);
        if (w.latency() != null) {
            double ms = latency.between(w.latency().to(), h);
            if (ms > w.latency().maxMs() + LATENCY_EPSILON) {
                broken.add(LATENCY, ms + " ms from " + w.latency().to() + " exceeds " + w.latency().maxMs() + " ms");
            }
        }
        clusterGroups(w, h, broken);
        return found;
    }

    /** True when the host passes every static rule and an empty one holds a replica's requests. */
    boolean usable(Workload w, ModelHost h) {
        return fitsEmpty(w, h) && broken(w, h).isEmpty();
    }

    /** True when one replica's requests fit the host's whole capacity. */
    static boolean fitsEmpty(Workload w, ModelHost h) {
        Map<String, Long> capacity = ResourceAmounts.capacity(h);
        return ResourceAmounts.request(w.resources()).entrySet().stream()
                .allMatch(e -> e.getValue() <= capacity.getOrDefault(e.getKey(), 0L));
    }

    private static void target(Workload w, ModelHost h, Broken broken) {
        if (w.target() != null && !w.target().fleet().equals(h.fleet())) {
            broken.add(TARGET_FLEET, (h.isDevice() ? "device of fleet " + h.fleet() : "a node")
                    + ", not a device of fleet " + w.target().fleet());
        }
    }

    private static void runtime(Workload w, ModelHost h, Broken broken) {
        Runtime runtime = w.effectiveRuntime();
        if (runtime == Runtime.FIRMWARE && !h.isDevice()) {
            broken.add(RUNTIME, "firmware runs on devices only");
        } else if (runtime == Runtime.CONTAINER && h.arch().isMicrocontroller()) {
            broken.add(RUNTIME, "containers never run on microcontroller " + h.arch());
        } else if (!h.runtimes().contains(runtime)) {
            broken.add(RUNTIME, "runtime " + runtime + " is not in " + h.runtimes());
        }
    }

    private static void jurisdiction(Workload w, ModelHost h, Broken broken) {
        String country = h.site().jurisdiction();
        if (!w.jurisdictions().isEmpty()
                && (country == null || w.jurisdictions().stream().noneMatch(j -> Jurisdictions.contains(j, country)))) {
            broken.add(JURISDICTION, "site " + h.site().name() + " in " + (country == null ? "no stated country" : country)
                    + " is outside " + w.jurisdictions());
        }
    }

    private static void nodeTerms(Workload w, ModelHost h, Broken broken) {
        for (AffinityTerm t : w.affinity()) {
            if (t.isRequired() && t.workload() == null && !matches(t, h)) {
                broken.add(AFFINITY, "outside required affinity " + describe(t));
            }
        }
        for (AffinityTerm t : w.antiAffinity()) {
            if (t.isRequired() && t.workload() == null && matches(t, h)) {
                broken.add(ANTI_AFFINITY, "inside required anti-affinity " + describe(t));
            }
        }
    }

    private static void clusterGroups(Workload w, ModelHost h, Broken broken) {
        if (w.clusterAffinities().isEmpty()) {
            return;
        }
        boolean inAGroup = h.cluster() != null && w.clusterAffinities().stream()
                .map(ClusterAffinity::clusters).anyMatch(cs -> cs.contains(h.cluster().name()));
        if (!inAGroup) {
            broken.add(CLUSTER_AFFINITIES, (h.cluster() == null ? "a device" : "cluster " + h.cluster().name())
                    + " is in none of the cluster groups");
        }
    }

    /** Whether a site, cluster, node or node-label term covers the host. */
    static boolean matches(AffinityTerm t, ModelHost h) {
        if (!t.sites().isEmpty()) {
            return t.sites().contains(h.site().name());
        }
        if (!t.clusters().isEmpty()) {
            return h.cluster() != null && t.clusters().contains(h.cluster().name());
        }
        if (!t.nodes().isEmpty()) {
            return t.nodes().contains(h.name()) || t.nodes().contains(h.pool());
        }
        return h.labels().entrySet().containsAll(t.nodeLabels().entrySet());
    }

    private static String describe(AffinityTerm t) {
        if (!t.sites().isEmpty()) {
            return "sites " + t.sites();
        }
        if (!t.clusters().isEmpty()) {
            return "clusters " + t.clusters();
        }
        return t.nodes().isEmpty() ? "nodeLabels " + t.nodeLabels() : "nodes " + t.nodes();
    }

    @FunctionalInterface
    private interface Broken {
        void add(Violation.Kind kind, String detail);
    }
}
