package dev.traverse.app.preview;

import dev.traverse.engine.placement.ReplicaExplanation;
import dev.traverse.engine.placement.ReplicaExplanation.HostVerdict;
import dev.traverse.engine.placement.ReplicaExplanation.Refusal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The engine's explanation of one replica, arranged for reading: where it goes, the score of that host by objective,
 * the next best hosts, and why the others refused it, grouped by reason with how many hosts gave each. Built on a
 * worker from a {@link ReplicaExplanation}; immutable.
 *
 * @param title      "checkout-api/2"
 * @param verdict    "Runs on aks-weu/general-3 (node pool aks-weu/general)", or why it runs nowhere
 * @param note       how the preview differs from a fresh placement, or ""
 * @param scores     the chosen host's weighted score per objective (lower is better); empty when it has none
 * @param total      the chosen host's weighted total, or NaN
 * @param candidates the best hosts that could take it, best first, at most {@value #CANDIDATES_SHOWN}
 * @param feasible   how many hosts could take it
 * @param refused    how many hosts refused it
 * @param refusals   reasons, most hosts first
 */
public record ExplanationReport(String title, String verdict, String note, List<Score> scores, double total,
                                List<Candidate> candidates, int feasible, int refused, List<RefusalGroup> refusals) {

    /** Candidates listed; the rest are counted. */
    public static final int CANDIDATES_SHOWN = 5;

    public ExplanationReport {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(note, "note");
        scores = List.copyOf(scores);
        candidates = List.copyOf(candidates);
        refusals = List.copyOf(refusals);
    }

    /**
     * One objective's part of a host's score.
     *
     * @param share the score over the largest of the host's scores, 0 to 1, for a bar
     */
    public record Score(String objective, double score, double share) {
    }

    /**
     * A host that could take the replica.
     *
     * @param host   a host, or the first of {@code alike} empty members that share one verdict
     * @param chosen true for the host the replica ends on
     */
    public record Candidate(String host, int alike, double total, boolean chosen) {
        /** "aks-weu/general-4 (+5 alike)". */
        public String label() {
            return alike > 1 ? host + " (+" + (alike - 1) + " alike)" : host;
        }
    }

    /**
     * Hosts refused for one reason.
     *
     * @param reason  "NodeResourcesFit: Insufficient memory"
     * @param example one host that gave it
     * @param fix     a change that would satisfy it, or ""
     */
    public record RefusalGroup(int hosts, String reason, String example, String fix) {
    }

    /**
     * @param explanation what the engine said
     * @param index       the topology explained, to name the chosen host's pool or device group
     * @param shownHost   where the preview on screen has the replica, or null when it is unplaced there
     */
    public static ExplanationReport of(ReplicaExplanation explanation, TopologyIndex index, String shownHost) {
        Objects.requireNonNull(explanation, "explanation");
        String chosen = explanation.chosen();
        List<HostVerdict> feasibleVerdicts = explanation.hosts().stream().filter(HostVerdict::feasible)
                .sorted(Comparator.comparingDouble(HostVerdict::total).thenComparing(HostVerdict::host)).toList();
        HostVerdict chosenVerdict = chosen == null ? null : verdictOf(chosen, feasibleVerdicts, index);
        List<Score> scores = chosenVerdict == null ? List.of() : scores(chosenVerdict);
        List<Candidate> candidates = new ArrayList<>();
        for (HostVerdict v : feasibleVerdicts) {
            if (candidates.size() == CANDIDATES_SHOWN) {
                break;
            }
            candidates.add(new Candidate(v.host(), v.members(), v.total(), v == chosenVerdict));
        }
        int feasible = feasibleVerdicts.stream().mapToInt(HostVerdict::members).sum();
        int refused = explanation.hosts().stream().filter(v -> !v.feasible()).mapToInt(HostVerdict::members).sum();
        return new ExplanationReport(explanation.workload() + "/" + explanation.replica(),
                verdict(chosen, index), note(chosen, shownHost), scores,
                chosenVerdict == null ? Double.NaN : chosenVerdict.total(), candidates, feasible, refused,
                refusals(explanation.hosts()));
    }

    /** The chosen host's verdict: its own, or that of the alike empty members it is one of. */
    private static HostVerdict verdictOf(String chosen, List<HostVerdict> feasible, TopologyIndex index) {
        String element = index.elementOfHost(chosen);
        HostVerdict alike = null;
        for (HostVerdict v : feasible) {
            if (v.host().equals(chosen)) {
                return v;
            }
            if (alike == null && v.members() > 1 && element != null && element.equals(index.elementOfHost(v.host()))) {
                alike = v;
            }
        }
        return alike;
    }

    private static List<Score> scores(HostVerdict verdict) {
        double largest = verdict.scores().values().stream().mapToDouble(Math::abs).max().orElse(0);
        List<Score> out = new ArrayList<>();
        verdict.scores().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.add(new Score(e.getKey(), e.getValue(),
                        largest == 0 ? 0 : Math.abs(e.getValue()) / largest)));
        return out;
    }

    private static String verdict(String chosen, TopologyIndex index) {
        if (chosen == null) {
            return "No host can take it";
        }
        String element = index.elementOfHost(chosen);
        if (element == null) {
            return "Runs on " + chosen;
        }
        String kind = index.kindOf(element).map(TopologyIndex.Kind::words).orElse("group");
        return "Runs on " + chosen + " (" + kind + " " + element + ")";
    }

    private static String note(String chosen, String shownHost) {
        if (Objects.equals(chosen, shownHost)) {
            return "";
        }
        if (shownHost == null) {
            return "Unplaced in the preview shown; a fresh placement (F5) finds it a host.";
        }
        if (chosen == null) {
            return "The preview keeps it on " + shownHost + " from before the last edits; a fresh placement (F5)"
                    + " finds it no host.";
        }
        return "The preview keeps it on " + shownHost + " from before the last edits; a fresh placement (F5) would"
                + " put it on " + chosen + ".";
    }

    private static List<RefusalGroup> refusals(List<HostVerdict> verdicts) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> example = new LinkedHashMap<>();
        Map<String, String> fix = new LinkedHashMap<>();
        for (HostVerdict v : verdicts) {
            for (Refusal r : v.refusals()) {
                String reason = r.plugin() + ": " + r.reason();
                counts.computeIfAbsent(reason, k -> new int[1])[0] += v.members();
                example.putIfAbsent(reason, v.host());
                if (r.fix() != null && !r.fix().isBlank()) {
                    fix.putIfAbsent(reason, r.fix());
                }
            }
        }
        List<RefusalGroup> out = new ArrayList<>();
        counts.forEach((reason, n) -> out.add(new RefusalGroup(n[0], reason, example.get(reason),
                fix.getOrDefault(reason, ""))));
        out.sort(Comparator.comparingInt((RefusalGroup g) -> -g.hosts()).thenComparing(RefusalGroup::reason));
        return out;
    }
}
