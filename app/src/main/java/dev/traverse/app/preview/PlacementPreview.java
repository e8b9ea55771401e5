package dev.traverse.app.preview;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.design.LayoutChanges;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.incremental.IncrementalResult;
import dev.traverse.engine.placement.incremental.WarmStart;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;

/**
 * The designer's live placement preview. Places the observed topology on a single worker, never on the FX thread:
 * at once on creation and on {@link #previewNow()} (F5) as a full run with the improvement pass, and, while
 * {@link #autoPreviewProperty() auto-preview} is on, {@value #DEBOUNCE_MILLIS} ms after the last edit as an
 * incremental run from the previous run's warm start, so that replicas the edit does not touch stay put.
 *
 * <p>Each request takes a new generation; a run whose generation is no longer the newest is cancelled through its
 * cancellation check, and its result, should it finish anyway, is never published. The worker builds everything
 * the views need (the {@link Overlay}, the objectives with their changes, the status line) into one immutable
 * {@link PreviewSnapshot}; the FX thread only swaps it in.
 *
 * <p>Properties are read and the methods called on the FX thread.
 */
public final class PlacementPreview {

    /** How long after the last edit an automatic run starts, so that a burst of edits costs one run. */
    public static final long DEBOUNCE_MILLIS = 150;

    private final ReadOnlyObjectProperty<Topology> topology;
    private final PlacementFunction placement;
    private final PreviewWorker worker;
    private final Executor fxThread;
    private final ChangeListener<Topology> onEdit = (obs, old, now) -> {
        // Placement ignores the layout: a box moved on the canvas changes nothing to place.
        if (LayoutChanges.onlyLayoutDiffers(old, now) && !this.outdated.get()) {
            return;
        }
        topologyChanged();
    };

    private final BooleanProperty autoPreview = new SimpleBooleanProperty(this, "autoPreview", true);
    private final ReadOnlyObjectWrapper<PreviewSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<PlacementResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Overlay> overlay = new ReadOnlyObjectWrapper<>(this, "overlay",
            Overlay.NONE);
    private final ReadOnlyObjectWrapper<ObjectivesReport> objectives = new ReadOnlyObjectWrapper<>(this,
            "objectives", ObjectivesReport.NONE);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "No preview yet");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper(this, "outdated");

    /** The newest request; a run of any other generation is stale. Written on the FX thread, read by the worker. */
    private final AtomicLong generation = new AtomicLong();
    /** The result on screen, which the next run's objectives compare with. Written on the FX thread. */
    private final AtomicReference<PlacementResult> shown = new AtomicReference<>();
    /** What the next incremental run starts from. Worker thread only. */
    private WarmStart warmStart = WarmStart.NONE;
    /**
     * The index of the last topology placed: the next takes its places over when they did not change. Worker thread
     * only.
     */
    private TopologyIndex lastIndex;
    /** The request waiting for its delay to pass. FX thread only. */
    private PreviewWorker.Scheduled pending;
    /** A full run was asked for and none has been shown since. FX thread only. */
    private boolean fullWanted = true;

    /**
     * Starts the first (full) run at once.
     *
     * @param topology  the topology to preview, replaced on every edit
     * @param placement the engine, or a fake in tests
     * @param worker    where runs happen
     * @param fxThread  how results get to the FX thread: {@code Platform::runLater}
     */
    public PlacementPreview(ReadOnlyObjectProperty<Topology> topology, PlacementFunction placement,
                            PreviewWorker worker, Executor fxThread) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.placement = Objects.requireNonNull(placement, "placement");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        topology.addListener(onEdit);
        autoPreview.addListener((obs, was, on) -> {
            if (on && outdated.get()) {
                request(0);
            }
        });
        outdated.set(true);
        request(0);
    }

    /** The preview of a design document with the real engine and default options, on its own worker thread. */
    public static PlacementPreview of(DesignDocument document) {
        return new PlacementPreview(document.topologyProperty(), EnginePlacement.withDefaults(),
                new ComputeWorker("traverse-preview", Platform::runLater), Platform::runLater);
    }

    /** Places the topology afresh with the improvement pass (F5), whether or not auto-preview is on. */
    public void previewNow() {
        fullWanted = true;
        request(0);
    }

    /** Stops previewing: no run starts or publishes after this. */
    public void dispose() {
        topology.removeListener(onEdit);
        generation.incrementAndGet();
        cancelPending();
        running.set(false);
        worker.shutdown();
    }

    private void topologyChanged() {
        outdated.set(true);
        if (autoPreview.get()) {
            request(DEBOUNCE_MILLIS);
        }
    }

    private void request(long delayMillis) {
        long requested = generation.incrementAndGet(); // from here on, any earlier run is stale
        cancelPending();
        Topology current = topology.get();
        if (current == null) {
            running.set(false);
            return;
        }
        RunKind kind = fullWanted ? RunKind.FULL : RunKind.INCREMENTAL;
        running.set(true);
        pending = worker.schedule(() -> run(requested, current, kind), delayMillis);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /** On the worker: places, builds the snapshot, hands it to the FX thread unless a newer request came. */
    private void run(long requested, Topology placed, RunKind kind) {
        BooleanSupplier cancelled = () -> generation.get() != requested;
        if (cancelled.getAsBoolean()) {
            return;
        }
        PreviewSnapshot built;
        try {
            IncrementalResult outcome = placement.place(placed, kind, warmStart, cancelled);
            // Even a stale run's warm start is sound: the next run starts from it whatever changed since.
            warmStart = outcome.next();
            if (cancelled.getAsBoolean()) {
                return;
            }
            PlacementResult result = outcome.result();
            TopologyIndex index = TopologyIndex.of(placed, lastIndex);
            lastIndex = index;
            built = new PreviewSnapshot(requested, kind, index, result, OverlayBuilder.build(result, index),
                    ObjectivesReport.compare(placed, result, shown.get()), PreviewSnapshot.statusOf(result));
        } catch (CancellationException e) {
            return; // a newer request replaces this run
        } catch (Throwable e) { // the worker has no one else to tell; the user gets a sentence
            String message = EngineErrors.message("Placement", e);
            fxThread.execute(() -> failed(requested, message));
            return;
        }
        fxThread.execute(() -> publish(built));
    }

    /** On the FX thread: shows a finished preview, unless a newer request has come since. */
    private void publish(PreviewSnapshot finished) {
        if (finished.generation() != generation.get()) {
            return;
        }
        pending = null;
        shown.set(finished.result());
        if (finished.kind() == RunKind.FULL) {
            fullWanted = false;
        }
        snapshot.set(finished);
        result.set(finished.result());
        overlay.set(finished.overlay());
        objectives.set(finished.objectives());
        status.set(finished.status());
        error.set(null);
        outdated.set(LayoutChanges.topologyDiffers(finished.topology(), topology.get()));
        running.set(false);
    }

    private void failed(long requested, String message) {
        if (requested != generation.get()) {
            return;
        }
        pending = null;
        error.set(message);
        status.set("Placement failed");
        running.set(false);
    }

    /** On by default: every edit places again, debounced. */
    public BooleanProperty autoPreviewProperty() {
        return autoPreview;
    }

    /** The newest preview shown, or null before the first. */
    public ReadOnlyObjectProperty<PreviewSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlacementResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Overlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ObjectivesReport> objectivesProperty() {
        return objectives.getReadOnlyProperty();
    }

    /** "Placed 3,230 replicas in 84 ms · 2 unplaced", or what is going on. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the newest run failed, for the user; null when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True from a request until its preview (or its failure) is shown. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True when the preview shown is not of the topology as it is now (auto-preview off, or a run to come). */
    public ReadOnlyBooleanProperty outdatedProperty() {
        return outdated.getReadOnlyProperty();
    }

    /** The topology the preview follows. */
    public ReadOnlyObjectProperty<Topology> topologyProperty() {
        return topology;
    }
}
