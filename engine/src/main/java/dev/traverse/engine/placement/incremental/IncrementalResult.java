package dev.traverse.engine.placement.incremental;

import dev.traverse.engine.placement.PlacementResult;
import java.util.Objects;

/**
 * The result of an incremental run and what the next run after another edit starts from.
 *
 * @param next hand this to the next run of the same topology, edited
 */
public record IncrementalResult(PlacementResult result, WarmStart next) {

    public IncrementalResult {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(next, "next");
    }
}
