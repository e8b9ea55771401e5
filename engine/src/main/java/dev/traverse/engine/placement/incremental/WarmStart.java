package dev.traverse.engine.placement.incremental;

import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.bound.RelaxationPrices;
import dev.traverse.engine.placement.framework.PluginRegistry;
import java.util.Objects;

/**
 * What an incremental run starts from: the previous result, whose replicas stay where they may, and, when a run of
 * the engine made it, that run's plugins and static feasibility to reuse where nothing they depend on has changed,
 * and the prices its lower bound ended with.
 * Opaque and immutable; the caller keeps it between runs (the designer, one per open topology) and may hand it to
 * several runs, also at once.
 */
public final class WarmStart {

    /** Nothing to keep and nothing to reuse: the run places everything, as a full run does. */
    public static final WarmStart NONE = new WarmStart(null, null, null, RelaxationPrices.NONE);

    private final PlacementResult previous;
    private final PluginRegistry registry;
    private final FeasibilityMemo feasibility;
    private final RelaxationPrices boundPrices;

    WarmStart(PlacementResult previous, PluginRegistry registry, FeasibilityMemo feasibility,
              RelaxationPrices boundPrices) {
        this.previous = previous;
        this.registry = registry;
        this.feasibility = feasibility;
        this.boundPrices = boundPrices;
    }

    /** Keeps the replicas of a result, from a file or another process, but reuses no work. */
    public static WarmStart keeping(PlacementResult previous) {
        return new WarmStart(Objects.requireNonNull(previous, "previous"), null, null, RelaxationPrices.NONE);
    }

    /**
     * Keeps the replicas of a result, placing with other plugins than the standard ones (a what-if adds one that
     * fails hosts), and reuses no work.
     */
    public static WarmStart keeping(PlacementResult previous, PluginRegistry registry) {
        return new WarmStart(Objects.requireNonNull(previous, "previous"), Objects.requireNonNull(registry,
                "registry"), null, RelaxationPrices.NONE);
    }

    /** The result to keep replicas of, or null. */
    PlacementResult previous() {
        return previous;
    }

    /** The plugins of the run that made this, or null: the reused feasibility holds for them only. */
    PluginRegistry registry() {
        return registry;
    }

    /** The static feasibility of the run that made this, or null. */
    FeasibilityMemo feasibility() {
        return feasibility;
    }

    /** The prices the lower bound of the run that made this ended with, where the next bound starts. */
    RelaxationPrices boundPrices() {
        return boundPrices;
    }
}
