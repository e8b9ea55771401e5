package dev.traverse.engine.generate;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Metadata;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Which constraints a generated topology's workloads carry, so that placement can be measured on the mixes
 * kube-scheduler's own performance tests use: plain resource fits, required topology spread on every workload, and
 * required anti-affinity on a fifth of them. Applied after generation, so every mix has the same estate and requests.
 */
public enum ConstraintMix {

    /** Everything the generator draws: spread, affinity, latency, jurisdictions, fallbacks, divisions, pins. */
    ALL,
    /**
     * Resources, arch, OS, runtime, GPU model, node selector, tolerations and required node affinity (to sites,
     * clusters or node labels: what keeps daemons to their sites) only.
     */
    PLAIN,
    /** PLAIN, plus a required spread over zones (maxSkew 1) on every workload. */
    SPREAD,
    /** PLAIN, plus required anti-affinity of each fifth workload's replicas to each other, one per node. */
    ANTI_AFFINITY;

    /** The name on the command line: {@code all}, {@code plain}, {@code spread}, {@code anti-affinity}. */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The mix a command-line name stands for, or null when it names none. */
    public static ConstraintMix fromWireName(String name) {
        for (ConstraintMix mix : values()) {
            if (mix.wireName().equals(name)) {
                return mix;
            }
        }
        return null;
    }

    /** The topology with its workloads' constraints replaced as this mix says; ALL returns it unchanged. */
    public Topology apply(Topology topology) {
        if (this == ALL) {
            return topology;
        }
        List<Workload> workloads = new ArrayList<>(topology.workloads().size());
        int index = 0;
        for (Workload w : topology.workloads()) {
            workloads.add(constrain(plain(w), index++));
        }
        return new Topology(described(topology.metadata()), topology.objectives(), topology.sites(),
                topology.links(), workloads, topology.layout());
    }

    /** The generator's description names the command that reproduces the file: it gains this mix's option. */
    private Metadata described(Metadata metadata) {
        String option = "--constraints " + wireName();
        String description = metadata.description();
        if (description == null) {
            return metadata;
        }
        description = description.endsWith(").") ? description.substring(0, description.length() - 2) + " " + option
                + ")." : description + " (" + option + ")";
        return new Metadata(metadata.name(), description, metadata.labels());
    }

    private Workload constrain(Workload w, int index) {
        boolean spreadable = w.kind() != WorkloadKind.DAEMON && w.replicas() > 1;
        if (this == SPREAD && spreadable) {
            return with(w, List.of(), List.of(new SpreadConstraint(TopologyKey.ZONE, 1,
                    WhenUnsatisfiable.DO_NOT_SCHEDULE)));
        }
        if (this == ANTI_AFFINITY && spreadable && index % 5 == 0) {
            return with(w, List.of(AffinityTerm.toWorkload(w.name(), TopologyKey.NODE)), List.of());
        }
        return w;
    }

    private static Workload plain(Workload w) {
        return with(w, List.of(), List.of());
    }

    private static Workload with(Workload w, List<AffinityTerm> antiAffinity, List<SpreadConstraint> spread) {
        List<AffinityTerm> nodeAffinity = w.affinity().stream()
                .filter(t -> t.isRequired() && t.workload() == null).toList();
        return new Workload(w.name(), w.kind(), w.image(), w.artifact(), w.replicas(), w.priority(), w.resources(),
                w.limits(), w.arch(), w.os(), w.runtime(), w.gpuModel(), w.nodeSelector(), w.tolerations(),
                nodeAffinity, antiAffinity, spread, null, List.of(), w.target(), List.of(), null, List.of(),
                w.labels());
    }

    /** For messages: every name, comma separated. */
    public static String names() {
        return String.join(", ", java.util.Arrays.stream(values()).map(ConstraintMix::wireName).toList());
    }
}
