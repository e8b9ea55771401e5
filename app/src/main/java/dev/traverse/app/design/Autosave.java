package dev.traverse.app.design;

import dev.traverse.app.concurrent.TaskExecutor;
import dev.traverse.app.concurrent.UiTimer;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.model.Topology;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.WeakHashMap;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * Writes the open document to its recovery file every {@code interval} while it has unsaved changes, and deletes
 * the recovery file when asked (after a clean save, or when the user closes without saving). Writing happens on a
 * worker through the {@link TaskExecutor}; the snapshot it writes is taken on the UI thread, and is immutable.
 * UI thread only.
 */
public final class Autosave {

    /** How often a document with unsaved changes is written, unless configured otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(30);

    private final ObservableValue<DesignDocument> document;
    private final RecoveryStore store;
    private final TaskExecutor executor;
    private final UiTimer timer;
    private final Duration interval;
    private final String session = UUID.randomUUID().toString().substring(0, 8);
    private final Map<DesignDocument, String> untitledKeys = new WeakHashMap<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private UiTimer.Scheduled next;
    private Topology lastWritten;
    /** The document the last recovery file was written for, until it is discarded. */
    private DesignDocument wroteFor;
    private long sequence;
    private int untitledCount;

    public Autosave(ObservableValue<DesignDocument> document, RecoveryStore store, TaskExecutor executor,
                    UiTimer timer, Duration interval) {
        this.document = Objects.requireNonNull(document, "document");
        this.store = Objects.requireNonNull(store, "store");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.interval = Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the autosave interval must be positive, got " + interval);
        }
    }

    /** Starts writing every interval; does nothing when already started. */
    public void start() {
        if (next == null) {
            next = timer.schedule(interval, this::tick);
        }
    }

    public void stop() {
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    private void tick() {
        next = timer.schedule(interval, this::tick);
        writeNow();
    }

    /** Writes the recovery file now if the document has changes that are neither saved nor written yet. */
    public void writeNow() {
        DesignDocument doc = document.getValue();
        if (doc != null && !doc.isDirty() && doc == wroteFor) {
            // undone back to what the file holds: the recovery file would only offer what the user took back
            wroteFor = null;
            discard(doc, null);
            return;
        }
        if (doc == null || !doc.isDirty() || doc.topology() == lastWritten) {
            return;
        }
        wroteFor = doc;
        TopologyDocument snapshot = doc.snapshot();
        String key = keyOf(doc);
        long seq = ++sequence;
        lastWritten = snapshot.topology();
        executor.run(() -> store.write(key, seq, snapshot),
                written -> status.set(""),
                error -> {
                    lastWritten = null; // try again at the next tick
                    status.set("Autosave failed: " + FileErrors.describe(error));
                });
    }

    /** Deletes the recovery files of {@code doc}: under its file, and under the file it had before a Save As. */
    public void discard(DesignDocument doc, Path previousFile) {
        Objects.requireNonNull(doc, "doc");
        long seq = ++sequence;
        lastWritten = null;
        if (wroteFor == doc) {
            wroteFor = null;
        }
        String key = keyOf(doc);
        String previous = previousFile == null ? untitledKeys.get(doc) : RecoveryStore.keyOf(previousFile);
        executor.run(() -> {
            store.delete(key, seq);
            if (previous != null && !previous.equals(key)) {
                store.delete(previous, seq);
            }
            return null;
        }, done -> { }, error -> status.set("Could not delete the recovery file: " + FileErrors.describe(error)));
    }

    /** The recovery key of a document: its file's, or one per untitled document of this session. */
    public String keyOf(DesignDocument doc) {
        Path file = doc.fileProperty().get();
        if (file != null) {
            return RecoveryStore.keyOf(file);
        }
        return untitledKeys.computeIfAbsent(doc, d -> "untitled-" + session + "-" + (++untitledCount));
    }

    /** Empty, or why the last autosave failed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
