package dev.traverse.app.inspector;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.TopologyKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Affinity and anti-affinity terms as one line of text the inspector shows and reads back, terms separated by
 * semicolons: {@code site store-017; workload checkout over zone (preferred 50)}. The words are those of the file
 * format, so what the user types reads as the YAML does. Thread-safe (no state).
 */
public final class AffinityText {

    static final String FORM = "write terms such as \"site store-017\", \"clusters eu-1, eu-2\", \"node cl/pool-1\","
            + " \"nodes with disk=ssd\" or \"workload cache over zone\", each optionally followed by"
            + " \"(preferred 1-100)\", separated by semicolons";

    private static final Pattern PREFERRED = Pattern.compile("(.*?)\\s*\\(\\s*preferred\\s+(\\S+)\\s*\\)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TARGET = Pattern.compile("(nodes\\s+with|sites?|clusters?|nodes?|workload)\\s+(.+)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORKLOAD = Pattern.compile("(\\S+)(?:\\s+over\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);

    private AffinityText() {
    }

    /** The terms joined by "; ", empty for none. */
    public static String format(List<AffinityTerm> terms) {
        return terms.stream().map(AffinityText::format).collect(Collectors.joining("; "));
    }

    /** One term as a short phrase: "site store-017", "workload checkout over zone (preferred 50)". */
    public static String format(AffinityTerm t) {
        String target;
        if (!t.sites().isEmpty()) {
            target = (t.sites().size() == 1 ? "site " : "sites ") + String.join(", ", t.sites());
        } else if (!t.clusters().isEmpty()) {
            target = (t.clusters().size() == 1 ? "cluster " : "clusters ") + String.join(", ", t.clusters());
        } else if (!t.nodes().isEmpty()) {
            target = (t.nodes().size() == 1 ? "node " : "nodes ") + String.join(", ", t.nodes());
        } else if (!t.nodeLabels().isEmpty()) {
            target = "nodes with " + FieldText.labels(t.nodeLabels());
        } else {
            // The domain shows only when the term states it, as in the file: a term read back stays the same.
            target = "workload " + t.workload() + (t.over() == null ? "" : " over " + t.over().wireName());
        }
        return t.isRequired() ? target : target + " (preferred " + t.preferred() + ")";
    }

    /**
     * The terms a text names, in order; none for a blank text.
     *
     * @param what the field's name, for messages ("affinity")
     * @throws IllegalArgumentException saying which term is wrong and the form expected
     */
    public static List<AffinityTerm> parse(String what, String text) {
        List<AffinityTerm> terms = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        for (String part : text.split(";")) {
            if (!part.isBlank()) {
                terms.add(term(what, part.trim()));
            }
        }
        return terms;
    }

    private static AffinityTerm term(String what, String text) {
        Integer preferred = null;
        String body = text;
        Matcher weight = PREFERRED.matcher(text);
        if (weight.matches()) {
            body = weight.group(1);
            preferred = FieldText.parseWhole(what + " weight", weight.group(2));
            if (preferred < 1 || preferred > 100) {
                throw new IllegalArgumentException(what + ": a preferred weight is from 1 to 100, got " + preferred
                        + " in \"" + text + "\"");
            }
        }
        Matcher target = TARGET.matcher(body);
        if (!target.matches()) {
            throw new IllegalArgumentException(what + ": cannot read \"" + text + "\"; " + FORM);
        }
        String kind = target.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String rest = target.group(2).trim();
        List<String> names = FieldText.items(rest);
        return switch (kind) {
            case "site", "sites" -> new AffinityTerm(names, List.of(), List.of(), Map.of(), null, null, preferred);
            case "cluster", "clusters" -> new AffinityTerm(List.of(), names, List.of(), Map.of(), null, null,
                    preferred);
            case "node", "nodes" -> new AffinityTerm(List.of(), List.of(), names, Map.of(), null, null, preferred);
            case "nodes with" -> new AffinityTerm(List.of(), List.of(), List.of(),
                    FieldText.parseLabels(what + " node labels", rest), null, null, preferred);
            default -> workloadTerm(what, text, rest, preferred);
        };
    }

    private static AffinityTerm workloadTerm(String what, String text, String rest, Integer preferred) {
        Matcher m = WORKLOAD.matcher(rest);
        if (!m.matches()) {
            throw new IllegalArgumentException(what + ": write a workload term as \"workload NAME\" or \"workload"
                    + " NAME over DOMAIN\"; got \"" + text + "\"");
        }
        TopologyKey over = m.group(2) == null ? null
                : FieldText.parseEnum(TopologyKey.class, what + " domain", m.group(2).toLowerCase(Locale.ROOT));
        return new AffinityTerm(List.of(), List.of(), List.of(), Map.of(), m.group(1), over, preferred);
    }
}
