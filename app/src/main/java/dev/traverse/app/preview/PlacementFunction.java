package dev.traverse.app.preview;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.incremental.IncrementalResult;
import dev.traverse.engine.placement.incremental.WarmStart;
import java.util.function.BooleanSupplier;

/**
 * Places a topology for the preview: the engine in the application ({@link EnginePlacement}), a controllable fake in
 * tests. Called on the preview's worker thread, never on the FX thread.
 */
@FunctionalInterface
public interface PlacementFunction {

    /**
     * @param start     what an incremental run starts from; a full run ignores it
     * @param cancelled polled during the run; when it answers true the run may stop with a
     *                  {@link java.util.concurrent.CancellationException}
     * @return the placement and the warm start for the next run
     * @throws IllegalArgumentException when the engine refuses the topology, with a message for the user
     */
    IncrementalResult place(Topology topology, RunKind kind, WarmStart start, BooleanSupplier cancelled);
}
