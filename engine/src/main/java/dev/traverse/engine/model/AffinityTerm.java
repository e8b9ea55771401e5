package dev.traverse.engine.model;

import java.util.List;
import java.util.Map;

/**
 * Where a workload should (affinity) or should not (anti-affinity) run. Exactly one target is set: sites, clusters,
 * nodes ({@code cluster/node} or {@code site/device}), node labels, or another workload counted over a topology
 * domain ({@code over}, default node), as Kubernetes' inter-pod affinity does.
 *
 * @param preferred null for a required term; a weight from 1 to 100 for a preferred one
 */
public record AffinityTerm(
        List<String> sites,
        List<String> clusters,
        List<String> nodes,
        Map<String, String> nodeLabels,
        String workload,
        TopologyKey over,
        Integer preferred) {

    public AffinityTerm {
        sites = Names.list("sites", sites);
        clusters = Names.list("clusters", clusters);
        nodes = Names.list("nodes", nodes);
        nodeLabels = Names.labels("nodeLabels", nodeLabels);
        int targets = (sites.isEmpty() ? 0 : 1) + (clusters.isEmpty() ? 0 : 1) + (nodes.isEmpty() ? 0 : 1)
                + (nodeLabels.isEmpty() ? 0 : 1) + (workload == null ? 0 : 1);
        if (targets != 1) {
            throw new IllegalArgumentException(
                    "an affinity term names exactly one of sites, clusters, nodes, nodeLabels or workload; got " + targets);
        }
        if (workload != null) {
            Names.requireName("workload", workload);
        } else if (over != null) {
            throw new IllegalArgumentException("over applies to workload terms only");
        }
        if (preferred != null && (preferred < 1 || preferred > 100)) {
            throw new IllegalArgumentException("preferred is a weight from 1 to 100, got " + preferred);
        }
    }

    public static AffinityTerm toWorkload(String workload, TopologyKey over) {
        return new AffinityTerm(List.of(), List.of(), List.of(), Map.of(), workload, over, null);
    }

    public boolean isRequired() {
        return preferred == null;
    }

    /** The domain a workload term is counted over; node when not stated. */
    public TopologyKey overOrDefault() {
        return over == null ? TopologyKey.NODE : over;
    }
}
