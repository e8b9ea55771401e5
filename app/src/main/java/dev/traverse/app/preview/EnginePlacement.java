package dev.traverse.app.preview;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.incremental.IncrementalResult;
import dev.traverse.engine.placement.incremental.WarmStart;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The placement engine as the preview runs it: incremental runs with {@link PlacementEngine#placeIncrementally},
 * full runs with {@link PlacementEngine#place} and the options' improvement budget (200 ms by default). Stateless;
 * any thread but the FX thread.
 *
 * @param options seed, weights and the full run's improvement budget
 */
public record EnginePlacement(PlacementOptions options) implements PlacementFunction {

    public EnginePlacement {
        Objects.requireNonNull(options, "options");
    }

    /** The engine with its default options: seed 1, a 200 ms improvement pass on full runs. */
    public static EnginePlacement withDefaults() {
        return new EnginePlacement(PlacementOptions.DEFAULT);
    }

    @Override
    public IncrementalResult place(Topology topology, RunKind kind, WarmStart start, BooleanSupplier cancelled) {
        Objects.requireNonNull(kind, "kind");
        if (kind == RunKind.FULL) {
            PlacementResult result = PlacementEngine.place(topology, options, BuiltInPlugins.registry(), cancelled);
            // The next edit keeps this placement's replicas where they are; it reuses no feasibility work once.
            return new IncrementalResult(result, WarmStart.keeping(result));
        }
        return PlacementEngine.placeIncrementally(topology, options, start, cancelled);
    }
}
