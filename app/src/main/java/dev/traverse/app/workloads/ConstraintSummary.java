package dev.traverse.app.workloads;

import dev.traverse.app.inspector.FieldText;
import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A workload's constraints in one short line, most telling first:
 * {@code spread zone · anti-affinity · ≤10 ms to store-017/cam · EU}. Pure; any thread.
 */
public final class ConstraintSummary {

    static final String SEPARATOR = " · ";

    private ConstraintSummary() {
    }

    public static String of(Workload w) {
        List<String> parts = new ArrayList<>();
        if (!w.spread().isEmpty()) {
            parts.add("spread " + w.spread().stream().map(SpreadConstraint::over).map(String::valueOf).distinct()
                    .collect(Collectors.joining(", ")));
        }
        if (!w.antiAffinity().isEmpty()) {
            parts.add("anti-affinity");
        }
        if (w.latency() != null) {
            parts.add("≤" + FieldText.number(w.latency().maxMs()) + " ms to " + w.latency().to());
        }
        if (!w.jurisdictions().isEmpty()) {
            parts.add(String.join(", ", w.jurisdictions()));
        }
        for (AffinityTerm term : w.affinity()) {
            parts.add((term.isRequired() ? "on " : "prefers ") + target(term));
        }
        if (!w.clusterAffinities().isEmpty()) {
            parts.add("cluster groups " + w.clusterAffinities().stream().map(g -> g.name())
                    .collect(Collectors.joining(" → ")));
        }
        if (!w.arch().isEmpty()) {
            parts.add(FieldText.list(w.arch()));
        }
        if (w.gpuModel() != null) {
            parts.add(w.gpuModel());
        }
        if (w.target() != null) {
            parts.add("fleet " + w.target().fleet());
        }
        if (!w.tolerations().isEmpty()) {
            parts.add("tolerates " + w.tolerations().stream().map(t -> t.key().isEmpty() ? "all" : t.key())
                    .distinct().collect(Collectors.joining(", ")));
        }
        if (!w.pins().isEmpty()) {
            parts.add(w.pins().size() + " pinned");
        }
        return String.join(SEPARATOR, parts);
    }

    private static String target(AffinityTerm t) {
        if (!t.sites().isEmpty()) {
            return String.join(", ", t.sites());
        }
        if (!t.clusters().isEmpty()) {
            return String.join(", ", t.clusters());
        }
        if (!t.nodes().isEmpty()) {
            return String.join(", ", t.nodes());
        }
        if (!t.nodeLabels().isEmpty()) {
            return FieldText.labels(t.nodeLabels());
        }
        return t.workload() + " per " + t.overOrDefault();
    }
}
