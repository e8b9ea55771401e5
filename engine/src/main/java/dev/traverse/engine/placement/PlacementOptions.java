package dev.traverse.engine.placement;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to run the engine.
 *
 * @param seed      breaks ties in the improvement pass; the same seed gives the same result
 * @param timeLimit the improvement pass's budget after construction; zero for construction only
 * @param weights   objective weights that override the topology's ({@code cost}, {@code latency}, {@code carbon},
 *                  {@code balance}, {@code resilience}, {@code consolidation})
 */
public record PlacementOptions(long seed, Duration timeLimit, Map<String, Double> weights) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMillis(200);
    public static final PlacementOptions DEFAULT = new PlacementOptions(1, DEFAULT_TIME_LIMIT, Map.of());

    public PlacementOptions {
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (timeLimit.isNegative()) {
            throw new IllegalArgumentException("time limit must not be negative");
        }
        weights = Map.copyOf(weights);
        weights.forEach((objective, weight) -> {
            if (!(weight >= 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + objective + " must be a number of at least 0");
            }
        });
    }
}
