package dev.traverse.engine.model;

/**
 * One group of an ordered fallback list, as Karmada's {@code clusterAffinities}: the workload goes to the first group
 * that can hold it, and overflows to the next.
 */
public record ClusterAffinity(String name, java.util.List<String> clusters) {

    public ClusterAffinity {
        Names.requireName("group name", name);
        clusters = Names.list("clusters", clusters);
        if (clusters.isEmpty()) {
            throw new IllegalArgumentException("a cluster group names at least one cluster");
        }
    }
}
