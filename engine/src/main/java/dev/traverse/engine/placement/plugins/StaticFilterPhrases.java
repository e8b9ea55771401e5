package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.problem.HostGroup;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Shared wording of the static filters' reasons and fixes, so that the same thing reads the same in every plugin.
 * Reasons name what the workload needs, never the host, so that summaries count equal refusals together.
 */
final class StaticFilterPhrases {

    /** Lists longer than this are cut short in reasons: a summary line must stay readable. */
    static final int LIST_LIMIT = 5;

    private StaticFilterPhrases() {
    }

    /** {@code a, b, c}, or {@code a, b, c, d, e and 3 more} for long lists. */
    static String list(List<?> items) {
        String shown = items.stream().limit(LIST_LIMIT).map(String::valueOf).collect(Collectors.joining(", "));
        return items.size() <= LIST_LIMIT ? shown : shown + " and " + (items.size() - LIST_LIMIT) + " more";
    }

    /** Labels as kube-scheduler shows them in reasons: {@code {role: gateway, tier: edge}}. */
    static String labelMap(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** Labels as {@code kubectl label} takes them: {@code role=gateway, tier=edge}. */
    static String labelAssignments(Map<String, String> labels) {
        return labels.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue().isEmpty() ? "\"\"" : e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** {@code node pool aks-weu/general} or {@code device group store-017/cam}. */
    static String group(HostGroup group) {
        return group.kindName() + " " + group.name();
    }

    /** {@code the nodes of pool aks-weu/general} or {@code the devices of group store-017/cam}. */
    static String membersOf(HostGroup group) {
        return group.isDevice() ? "the devices of group " + group.name() : "the nodes of pool " + group.name();
    }

    /** The labels of {@code wanted} that the group lacks or carries with another value, in key order. */
    static Map<String, String> missingLabels(Map<String, String> wanted, HostGroup group) {
        Map<String, String> have = group.labels();
        return wanted.entrySet().stream().filter(e -> !e.getValue().equals(have.get(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }
}
