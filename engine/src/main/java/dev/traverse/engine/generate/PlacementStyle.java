package dev.traverse.engine.generate;

import dev.traverse.engine.model.WorkloadKind;
import java.util.SplittableRandom;

/**
 * The main way a workload says where it goes. One per workload, because these are the constraints that would
 * contradict each other if piled up (a node pin and a jurisdiction elsewhere); the constraints that cannot clash
 * (arch, spread, anti-affinity to itself, tolerations) are added on top by {@link CommonConstraints}.
 */
enum PlacementStyle {
    /** No placement constraint: the engine chooses. */
    FREE,
    NODE_SELECTOR,
    JURISDICTION,
    SITE_AFFINITY,
    CLUSTER_AFFINITY,
    NODE_AFFINITY,
    LABEL_AFFINITY,
    WORKLOAD_AFFINITY,
    /** Ordered fallback groups of clusters (Karmada's clusterAffinities). */
    CLUSTER_FALLBACK,
    /** Replicas shared between clusters: Duplicated, or Divided by weight or by free capacity. */
    REPLICA_SCHEDULING,
    PIN,
    /** A latency bound to a device group: runs at the edge or in the nearest region. */
    LATENCY;

    //                                        FREE  SEL  JUR SITE CLUS NODE LABL WKLD FALL REPL  PIN  LAT
    private static final double[] SERVICE = {28, 12, 10, 7, 7, 2, 4, 7, 5, 6, 1.5, 5};
    private static final double[] JOB = {35, 15, 10, 5, 10, 1, 5, 3, 10, 5, 1, 0};
    private static final double[] MODEL = {30, 15, 10, 5, 8, 0, 4, 5, 8, 3, 1, 12};
    private static final double[] GPU = {35, 20, 10, 5, 8, 0, 4, 3, 10, 4, 1, 0};

    static PlacementStyle draw(WorkloadKind kind, boolean gpu, SplittableRandom rng) {
        double[] weights = gpu ? GPU : switch (kind) {
            case JOB -> JOB;
            case AI_MODEL -> MODEL;
            default -> SERVICE;
        };
        return values()[Draw.weighted(rng, weights)];
    }

    /** True for styles that let replicas go to more than one cluster. */
    boolean spansClusters() {
        return this == CLUSTER_FALLBACK || this == REPLICA_SCHEDULING;
    }

    /** True for styles that tie replicas to a few named nodes. */
    boolean namesNodes() {
        return this == NODE_AFFINITY || this == PIN;
    }
}
