package dev.traverse.engine.generate;

import dev.traverse.engine.model.WorkloadKind;
import java.util.SplittableRandom;

/**
 * How many replicas each kind of workload asks for. Services mostly run two or three for availability, a few run a
 * dozen; jobs fan out now and then; models are expensive and run one or two. With the kind mix this averages about
 * 2.5 replicas per workload.
 */
final class ReplicaCounts {

    private static final int[] SERVICE = {1, 2, 3, 4, 6, 8, 10, 12};
    private static final double[] SERVICE_WEIGHTS = {30, 30, 22, 7, 5, 3, 2, 1};
    private static final int[] JOB = {1, 2, 4, 8};
    private static final double[] JOB_WEIGHTS = {50, 25, 15, 10};
    private static final int[] MODEL = {1, 2, 3, 4};
    private static final double[] MODEL_WEIGHTS = {55, 30, 10, 5};
    private static final int[] GPU = {1, 2, 4};
    private static final double[] GPU_WEIGHTS = {70, 25, 5};

    private ReplicaCounts() {
    }

    static int draw(WorkloadKind kind, boolean gpu, SplittableRandom rng) {
        if (gpu) {
            return GPU[Draw.weighted(rng, GPU_WEIGHTS)];
        }
        return switch (kind) {
            case SERVICE -> SERVICE[Draw.weighted(rng, SERVICE_WEIGHTS)];
            case JOB -> JOB[Draw.weighted(rng, JOB_WEIGHTS)];
            case AI_MODEL -> MODEL[Draw.weighted(rng, MODEL_WEIGHTS)];
            default -> 1;
        };
    }
}
