package dev.traverse.app.preview;

import dev.traverse.app.concurrent.TaskExecutor;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.ReplicaExplanation;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Why a replica runs where it runs: asks the engine to explain it off the FX thread and publishes the
 * {@link ExplanationReport}. A newer request drops the answer to an older one. Methods and properties: FX thread.
 */
public final class ExplanationViewModel {

    /** Explains one replica; the engine in the application. Called on a worker. */
    @FunctionalInterface
    public interface ExplainFunction {
        ReplicaExplanation explain(Topology topology, String workload, int replica);
    }

    private final ReadOnlyObjectProperty<PreviewSnapshot> preview;
    private final TaskExecutor executor;
    private final ExplainFunction engine;
    private final ReadOnlyObjectWrapper<ExplanationReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper(this, "subject", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private long generation;

    /**
     * @param preview the preview on screen: the topology to explain and where it shows each replica
     */
    public ExplanationViewModel(ReadOnlyObjectProperty<PreviewSnapshot> preview, TaskExecutor executor,
                                ExplainFunction engine) {
        this.preview = Objects.requireNonNull(preview, "preview");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Explanations with the engine and the options the preview's full runs use. */
    public static ExplanationViewModel of(PlacementPreview preview, TaskExecutor executor,
                                          PlacementOptions options) {
        Objects.requireNonNull(options, "options");
        return new ExplanationViewModel(preview.snapshotProperty(), executor,
                (t, workload, replica) -> PlacementEngine.explain(t, options, workload, replica));
    }

    /**
     * Explains the replica a chip stands for (for a chip of several, the lowest-numbered one there). Which replica
     * that is, is worked out on the worker too: it reads the whole placement.
     */
    public void explainChip(String chipId) {
        PreviewSnapshot shown = preview.get();
        var chip = ChipId.parse(chipId);
        if (shown == null || chip.isEmpty()) {
            fail(chipId, "\"" + chipId + "\" is not a workload chip of the preview shown");
            return;
        }
        ChipId id = chip.get();
        start(id.isSingleReplica() ? id.workload() + "/" + id.replica() : id.workload(), shown,
                () -> explain(shown, id.workload(), ChipReplicas.replicaOf(id, shown.index(), shown.result())));
    }

    /** Explains one replica of the topology on screen. */
    public void explain(String workload, int replica) {
        Objects.requireNonNull(workload, "workload");
        PreviewSnapshot shown = preview.get();
        if (shown == null) {
            fail(workload + "/" + replica, "There is no preview to explain yet.");
            return;
        }
        start(workload + "/" + replica, shown, () -> explain(shown, workload, replica));
    }

    private void start(String what, PreviewSnapshot shown, Callable<ExplanationReport> work) {
        long requested = ++generation;
        subject.set(what);
        error.set(null);
        report.set(null);
        running.set(true);
        executor.run(work, done -> {
            if (requested == generation) {
                running.set(false);
                subject.set(done.title());
                report.set(done);
            }
        }, failure -> {
            if (requested == generation) {
                running.set(false);
                error.set(EngineErrors.message("The explanation", failure));
            }
        });
    }

    /** On a worker: the engine's explanation, arranged for the view. */
    private ExplanationReport explain(PreviewSnapshot shown, String workload, int replica) {
        return ExplanationReport.of(engine.explain(shown.topology(), workload, replica), shown.index(),
                ChipReplicas.hostOf(shown.result(), workload, replica));
    }

    /** Forgets the explanation shown. */
    public void clear() {
        generation++;
        running.set(false);
        report.set(null);
        error.set(null);
        subject.set("");
    }

    private void fail(String what, String message) {
        generation++;
        running.set(false);
        report.set(null);
        subject.set(what);
        error.set(message);
    }

    /** The explanation shown, or null. */
    public ReadOnlyObjectProperty<ExplanationReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** True while the engine explains. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The replica being explained: "checkout-api/2", or "". */
    public ReadOnlyStringProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /** Why there is no explanation, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
