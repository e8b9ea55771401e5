package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.placement.problem.HostGroup;
import java.util.Map;

/**
 * How an affinity term that names places (sites, clusters, nodes or node labels, not another workload) matches a
 * host group and its members. Only {@code nodes} terms can tell members of one group apart: they may name single
 * members ({@code cluster/pool-3}, {@code site/device-2}) as well as whole groups.
 */
final class PlaceTerms {

    private PlaceTerms() {
    }

    /** True for a required term naming places; workload terms depend on placement and are filtered elsewhere. */
    static boolean isRequiredPlaceTerm(AffinityTerm term) {
        return term.isRequired() && term.workload() == null;
    }

    /** True when the term names the group or some member of it: an affinity term then lets the group through. */
    static boolean touches(AffinityTerm term, HostGroup group) {
        if (term.nodes().isEmpty()) {
            return holdsForWholeGroup(term, group);
        }
        for (String path : term.nodes()) {
            if (path.equals(group.name()) || isMember(path, group)) {
                return true;
            }
        }
        return false;
    }

    /** True when the term names the group or every member of it: an anti-affinity term then shuts the group out. */
    static boolean covers(AffinityTerm term, HostGroup group) {
        if (term.nodes().isEmpty()) {
            return holdsForWholeGroup(term, group);
        }
        return term.nodes().contains(group.name())
                || term.nodes().stream().filter(path -> isMember(path, group)).distinct().count() == group.size();
    }

    /** True when a {@code nodes} term names this host, by its own name or its group's. */
    static boolean namesHost(AffinityTerm term, String hostName, HostGroup group) {
        return term.nodes().contains(hostName) || term.nodes().contains(group.name());
    }

    /** The first member of the group that a {@code nodes} term names by its own name, or null. */
    static String firstNamedMember(AffinityTerm term, HostGroup group) {
        return term.nodes().stream().filter(path -> isMember(path, group)).findFirst().orElse(null);
    }

    /**
     * True when {@code path} names one member of the group: {@code scope/pool-K} with K from 1 to the group's size,
     * or {@code scope/pool} for a group of one. Worked out from the name rather than by looking through the members,
     * as pools may have thousands.
     */
    static boolean isMember(String path, HostGroup group) {
        String scope = group.isDevice() ? group.site().name() : group.cluster().name();
        String pool = group.isDevice() ? group.device().name() : group.node().name();
        if (!path.startsWith(scope) || path.length() <= scope.length() || path.charAt(scope.length()) != '/') {
            return false;
        }
        String member = path.substring(scope.length() + 1);
        if (group.size() == 1) {
            return member.equals(pool);
        }
        if (!member.startsWith(pool) || member.length() < pool.length() + 2 || member.charAt(pool.length()) != '-') {
            return false;
        }
        String ordinal = member.substring(pool.length() + 1);
        if (ordinal.charAt(0) == '0' || ordinal.length() > 9 || !ordinal.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return Integer.parseInt(ordinal) <= group.size();
    }

    /** What a term names, for reasons: {@code sites a, b}, {@code nodes aks/gpu}, {@code node labels {role: gw}}. */
    static String target(AffinityTerm term) {
        if (!term.sites().isEmpty()) {
            return "sites " + StaticFilterPhrases.list(term.sites());
        }
        if (!term.clusters().isEmpty()) {
            return "clusters " + StaticFilterPhrases.list(term.clusters());
        }
        if (!term.nodes().isEmpty()) {
            return "nodes " + StaticFilterPhrases.list(term.nodes());
        }
        return "node labels " + StaticFilterPhrases.labelMap(term.nodeLabels());
    }

    /** Sites, clusters and node labels are the same for every member of a group. */
    private static boolean holdsForWholeGroup(AffinityTerm term, HostGroup group) {
        if (!term.sites().isEmpty()) {
            return term.sites().contains(group.site().name());
        }
        if (!term.clusters().isEmpty()) {
            return group.cluster() != null && term.clusters().contains(group.cluster().name());
        }
        return carries(group, term.nodeLabels());
    }

    /** True when the group carries every one of the labels with the same value. */
    static boolean carries(HostGroup group, Map<String, String> labels) {
        Map<String, String> have = group.labels();
        for (Map.Entry<String, String> label : labels.entrySet()) {
            if (!label.getValue().equals(have.get(label.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
