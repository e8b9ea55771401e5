package dev.traverse.app.design;

import dev.traverse.app.concurrent.TaskExecutor;
import dev.traverse.app.concurrent.UiTimer;
import dev.traverse.engine.io.FileFormat;
import dev.traverse.engine.io.Problem;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
import dev.traverse.engine.model.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Checks the open document the way saving and opening it again would: a short while after the last edit, the model
 * is written as its file would be and read back on a worker, and the reader's problems are published, positioned in
 * the file that saving would write. A newer edit makes a pending or running check stale: its result is dropped.
 * UI thread only.
 */
public final class DocumentValidator {

    /**
     * How long edits must pause before the model is checked. A check writes and reads the whole model; on two cores
     * it competes with the placement preview and the FX thread, so it waits for the user to pause rather than run
     * between the edits of a burst.
     */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(500);

    private final ObservableValue<DesignDocument> document;
    private final TaskExecutor executor;
    private final UiTimer timer;
    private final Duration delay;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    /** The reader's rules ignore where boxes sit, so moving them needs no new check. */
    private final ChangeListener<Topology> onEdit = (obs, old, now) -> {
        if (!LayoutChanges.onlyPositionsMoved(old, now)) {
            schedule();
        }
    };
    private DesignDocument watched;
    private UiTimer.Scheduled pending;
    private long generation;

    public DocumentValidator(ObservableValue<DesignDocument> document, TaskExecutor executor, UiTimer timer,
                             Duration delay) {
        this.document = Objects.requireNonNull(document, "document");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.delay = Objects.requireNonNull(delay, "delay");
        document.addListener((obs, old, now) -> watch(now));
        watch(document.getValue());
    }

    private void watch(DesignDocument doc) {
        if (watched != null) {
            watched.topologyProperty().removeListener(onEdit);
        }
        watched = doc;
        if (doc != null) {
            doc.topologyProperty().addListener(onEdit);
        }
        schedule();
    }

    /** Starts the delay again; the check runs once edits pause for that long. */
    private void schedule() {
        generation++;
        if (pending != null) {
            pending.cancel();
        }
        if (watched == null) {
            problems.clear();
            pending = null;
            return;
        }
        pending = timer.schedule(delay, this::check);
    }

    private void check() {
        pending = null;
        DesignDocument doc = watched;
        if (doc == null) {
            return;
        }
        long request = generation;
        TopologyDocument snapshot = doc.snapshot();
        Path file = doc.fileProperty().get();
        String fileName = file == null ? doc.topology().name() + ".yaml" : String.valueOf(file.getFileName());
        FileFormat format = file == null ? FileFormat.YAML : FileFormat.of(file);
        executor.run(() -> validate(fileName, snapshot, format), found -> {
            if (request == generation) {
                problems.setAll(found);
            }
        }, error -> {
            if (request == generation) {
                problems.clear();
            }
        });
    }

    /** The problems of the file that saving {@code snapshot} would write. Any thread. */
    static List<Problem> validate(String fileName, TopologyDocument snapshot, FileFormat format) {
        String text = TopologyWriter.write(snapshot, format);
        ReadResult result = TopologyReader.read(fileName, text, format);
        return result.problems();
    }

    /** The problems of the last check, in file order. */
    public ObservableList<Problem> problems() {
        return problemsView;
    }
}
