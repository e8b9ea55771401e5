package dev.traverse.engine.placement;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to run the engine.
 *
 * @param seed      seeds the improvement pass's random choices
 * @param timeLimit the improvement pass's budget after construction; zero for construction only
 * @param weights   objective weights that override the topology's ({@code cost}, {@code latency}, {@code carbon},
 *                  {@code balance}, {@code resilience}, {@code consolidation})
 * @param stepLimit the most steps the improvement pass may take; zero for construction only. The same topology,
 *                  seed and step limit give the same result on any machine, provided the time limit does not end
 *                  the pass first; without a step limit, how far the pass gets depends on the machine's speed
 */
public record PlacementOptions(long seed, Duration timeLimit, Map<String, Double> weights, long stepLimit) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMillis(200);
    /** No limit on steps: the time limit alone ends the improvement pass. */
    public static final long NO_STEP_LIMIT = Long.MAX_VALUE;
    public static final PlacementOptions DEFAULT = new PlacementOptions(1, DEFAULT_TIME_LIMIT, Map.of());

    /** Options without a step limit. */
    public PlacementOptions(long seed, Duration timeLimit, Map<String, Double> weights) {
        this(seed, timeLimit, weights, NO_STEP_LIMIT);
    }

    public PlacementOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative()) {
            throw new IllegalArgumentException("time limit must not be negative");
        }
        if (stepLimit < 0) {
            throw new IllegalArgumentException("step limit must not be negative");
        }
        weights = Map.copyOf(weights);
        weights.forEach((objective, weight) -> {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + objective + " must be a number of at least 0");
            }
        });
    }
}
