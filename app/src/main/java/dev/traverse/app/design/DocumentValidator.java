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
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Checks the open document the way saving and opening it again would: a short while after the last edit, the model
 * is written as its file would be and read back on a worker, and the reader's problems are published, positioned in
 * the file that saving would write. A newer edit makes a pending or running check stale: its result is dropped.
 * One check runs at a time: an edit made meanwhile is checked once the running check ends. The wait after an edit
 * grows with what the last check took ({@value #DELAY_PER_CHECK} times as long), so that on a large model a burst
 * of edits, each followed by a pause shorter than a check, does not start checks that the next edit makes stale
 * while they compete with the preview and the window for the processor.
 * A move of boxes needs no check of its own but postpones a waiting one, as any edit does: a check writes and reads
 * the whole model, and on a large one the collections it causes pause the window, so it waits for the user to stop.
 * A document just read from a file is not checked: what its reader reported is published as it is, until an edit.
 * UI thread only.
 */
public final class DocumentValidator {

    /**
     * How long edits must pause before the model is checked. A check writes and reads the whole model; on two cores
     * it competes with the placement preview and the FX thread, so it waits for the user to pause rather than run
     * between the edits of a burst.
     */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis(500);
    /** How many times the last check's duration edits must pause for, when that is longer than the delay. */
    static final int DELAY_PER_CHECK = 2;

    private final ObservableValue<DesignDocument> document;
    private final TaskExecutor executor;
    private final UiTimer timer;
    private final Duration delay;
    private final LongSupplier nanoClock;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> problemsView = FXCollections.unmodifiableObservableList(problems);
    /**
     * The reader's rules ignore where boxes sit, so moving them needs no new check; but the user is still at work, so
     * a check waiting for a pause waits on.
     */
    private final ChangeListener<Topology> onEdit = (obs, old, now) -> {
        if (LayoutChanges.onlyPositionsMoved(old, now)) {
            postpone();
        } else {
            schedule();
        }
    };
    private DesignDocument watched;
    private UiTimer.Scheduled pending;
    private long generation;
    private boolean running;
    /** True when the document changed while a check ran: it is checked again once that check ends. */
    private boolean checkAfterRunning;
    private long lastCheckNanos;

    public DocumentValidator(ObservableValue<DesignDocument> document, TaskExecutor executor, UiTimer timer,
                             Duration delay) {
        this(document, executor, timer, delay, System::nanoTime);
    }

    /** @param nanoClock what times the checks (the time from starting one to its result) */
    DocumentValidator(ObservableValue<DesignDocument> document, TaskExecutor executor, UiTimer timer, Duration delay,
                      LongSupplier nanoClock) {
        this.document = Objects.requireNonNull(document, "document");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.timer = Objects.requireNonNull(timer, "timer");
        this.delay = Objects.requireNonNull(delay, "delay");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
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
        Optional<List<Problem>> asRead = watched.problemsAsRead();
        if (asRead.isPresent()) {
            // the model is the file as read: the reader has said what is wrong with it, no need to ask again
            String fileName = fileName(watched);
            problems.setAll(asRead.get().stream().map(p -> new Problem(p.severity(), fileName, p.position(),
                    p.path(), p.message(), p.related())).toList());
            pending = null;
            return;
        }
        pending = timer.schedule(currentDelay(), this::check);
    }

    /** Starts the delay of a waiting check again, without making it stale. */
    private void postpone() {
        if (pending != null) {
            pending.cancel();
            pending = timer.schedule(currentDelay(), this::check);
        }
    }

    /** The delay, or longer after a check that took long. */
    Duration currentDelay() {
        Duration forLastCheck = Duration.ofNanos(lastCheckNanos * DELAY_PER_CHECK);
        return forLastCheck.compareTo(delay) > 0 ? forLastCheck : delay;
    }

    private void check() {
        pending = null;
        DesignDocument doc = watched;
        if (doc == null) {
            return;
        }
        if (running) {
            checkAfterRunning = true;
            return;
        }
        running = true;
        long started = nanoClock.getAsLong();
        long request = generation;
        TopologyDocument snapshot = doc.snapshot();
        Path file = doc.fileProperty().get();
        String fileName = fileName(doc);
        FileFormat format = file == null ? FileFormat.YAML : FileFormat.of(file);
        executor.run(() -> validate(fileName, snapshot, format), found -> {
            checkEnded(started);
            if (request == generation) {
                problems.setAll(found);
            }
        }, error -> {
            checkEnded(started);
            if (request == generation) {
                problems.clear();
            }
        });
    }

    private void checkEnded(long started) {
        running = false;
        lastCheckNanos = Math.max(0, nanoClock.getAsLong() - started);
        if (checkAfterRunning) {
            checkAfterRunning = false;
            schedule();
        }
    }

    /** The name problems give: the document's file's, or the one a first save would suggest. */
    private static String fileName(DesignDocument doc) {
        Path file = doc.fileProperty().get();
        return file == null ? doc.topology().name() + ".yaml" : String.valueOf(file.getFileName());
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
