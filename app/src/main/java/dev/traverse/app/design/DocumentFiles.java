package dev.traverse.app.design;

import dev.traverse.app.concurrent.TaskExecutor;
import dev.traverse.app.dialogs.DialogService;
import dev.traverse.app.dialogs.SaveChoice;
import dev.traverse.app.io.TopologyLoader;
import dev.traverse.app.recent.RecentFiles;
import dev.traverse.engine.io.Problem;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Metadata;
import dev.traverse.engine.model.Objectives;
import dev.traverse.engine.model.Topology;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open document's life as a file: New, Open (and Open Recent), Save, Save As, the offer to recover autosaved
 * changes, and the question "save changes?" before anything replaces or closes a document with unsaved changes.
 * Files are read and written through the {@link TaskExecutor}, never on the UI thread; the document is marked saved
 * only once its file is completely on disk. UI thread only.
 */
public final class DocumentFiles {

    /** The name of a new topology; later ones in a session get a number. */
    static final String NEW_NAME = "new-topology";

    private final TopologyLoader loader;
    private final TopologySaver saver;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final RecentFiles recentFiles;
    private final RecoveryStore recovery;
    private final Autosave autosave;

    private final ReadOnlyObjectWrapper<DesignDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<Problem> openProblems = FXCollections.observableArrayList();
    private final ObservableList<Problem> openProblemsView = FXCollections.unmodifiableObservableList(openProblems);
    private int newCount;
    /** Counts opens so that a slow read finishing after a newer one never replaces it. */
    private long openGeneration;

    /** What reading a file gives, with the autosaved changes found for it, read on the same worker. */
    private record Opened(Path file, ReadResult result, Optional<RecoveryStore.Recovery> recovery,
                          Optional<ReadResult> recovered) {
    }

    public DocumentFiles(TopologyLoader loader, TopologySaver saver, TaskExecutor executor, DialogService dialogs,
                         RecentFiles recentFiles, RecoveryStore recovery, Autosave autosave) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.saver = Objects.requireNonNull(saver, "saver");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recentFiles = Objects.requireNonNull(recentFiles, "recentFiles");
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        this.autosave = Objects.requireNonNull(autosave, "autosave");
    }

    // ---- new and open --------------------------------------------------------------------------------------------

    /** Replaces the document with a new, empty, never saved topology, after asking about unsaved changes. */
    public void newDocument() {
        whenSafeToReplace(() -> {
            newCount++;
            String name = newCount == 1 ? NEW_NAME : NEW_NAME + "-" + newCount;
            Topology empty = new Topology(new Metadata(name, null, Map.of()), Objectives.DEFAULT, List.of(),
                    List.of(), List.of(), Layout.EMPTY);
            openProblems.clear();
            document.set(new DesignDocument(TopologyDocument.of(empty), null));
            message.set("New topology " + name);
        });
    }

    /** Asks for a file and opens it, after asking about unsaved changes. */
    public void openWithDialog() {
        whenSafeToReplace(() -> dialogs.chooseTopologyFile(directory()).ifPresent(this::read));
    }

    /** Opens a file from the recent list, after asking about unsaved changes. */
    public void openRecent(Path file) {
        open(file);
    }

    /**
     * Opens {@code file} after asking about unsaved changes: read on a worker; when autosaved changes newer than the
     * file exist, offers to recover them. A file with errors stays closed and its problems are listed.
     */
    public void open(Path file) {
        Objects.requireNonNull(file, "file");
        whenSafeToReplace(() -> read(file));
    }

    private void read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        long request = ++openGeneration;
        busy.set(true);
        message.set("Opening " + absolute.getFileName() + "…");
        executor.run(() -> readWithRecovery(absolute), opened -> {
            if (request == openGeneration) {
                busy.set(false);
                show(opened);
            }
        }, error -> {
            if (request == openGeneration) {
                busy.set(false);
                message.set(error instanceof NoSuchFileException ? absolute.getFileName() + " was not found in "
                        + absolute.getParent() : "Could not open " + absolute.getFileName() + ": "
                        + FileErrors.describe(error));
            }
        });
    }

    /** Worker thread: the file, and the newer autosaved changes of it if any. */
    private Opened readWithRecovery(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        ReadResult result = loader.read(file);
        Optional<RecoveryStore.Recovery> found = result.document().isPresent() ? recovery.newerThan(file)
                : Optional.empty();
        return new Opened(file, result, found, found.map(recovery::read));
    }

    private void show(Opened opened) {
        Path file = opened.file();
        openProblems.setAll(opened.result().problems());
        if (opened.result().document().isEmpty()) {
            long errors = opened.result().errors().size();
            message.set(file.getFileName() + " has " + errors + (errors == 1 ? " error" : " errors")
                    + " and cannot be opened until they are fixed");
            return;
        }
        DesignDocument opening = new DesignDocument(opened.result().document().get(), file,
                opened.result().problems());
        recentFiles.add(file);
        Optional<Topology> recovered = opened.recovered().flatMap(ReadResult::document)
                .map(TopologyDocument::topology);
        boolean differs = recovered.isPresent() && !recovered.get().equals(opening.topology());
        if (opened.recovery().isPresent()) {
            // changes undone before the window closed leave a recovery equal to the file: nothing to offer
            if (differs && dialogs.confirmRecovery(file, opened.recovery().get().savedAt())) {
                Topology changes = recovered.get();
                opening.edit("Recover unsaved changes", t -> changes);
                document.set(opening);
                message.set("Recovered unsaved changes to " + file.getFileName());
                return;
            }
            autosave.discard(opening, null);
        }
        document.set(opening);
        message.set("Opened " + file.getFileName());
    }

    // ---- save ----------------------------------------------------------------------------------------------------

    /** Saves to the document's file, or asks where when it has none. */
    public void save() {
        save(saved -> { });
    }

    /** Saves, then tells {@code done} whether the document was saved (false: failed or cancelled). */
    public void save(Consumer<Boolean> done) {
        DesignDocument doc = document.get();
        if (doc == null) {
            done.accept(false);
            return;
        }
        Path file = doc.fileProperty().get();
        if (file == null) {
            saveAs(done);
        } else {
            write(doc, file, done);
        }
    }

    /** Asks where to save, then saves there; the document then belongs to that file. */
    public void saveAs() {
        saveAs(saved -> { });
    }

    private void saveAs(Consumer<Boolean> done) {
        DesignDocument doc = document.get();
        if (doc == null) {
            done.accept(false);
            return;
        }
        Path current = doc.fileProperty().get();
        String suggested = current != null ? current.getFileName().toString() : doc.topology().name() + ".yaml";
        Optional<Path> chosen = dialogs.chooseSaveFile(directory(), suggested);
        if (chosen.isEmpty()) {
            done.accept(false);
            return;
        }
        write(doc, withExtension(chosen.get().toAbsolutePath().normalize()), done);
    }

    /** A chosen file name without an extension gets {@code .yaml}, the primary syntax. */
    static Path withExtension(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.contains(".") ? file : file.resolveSibling(name + ".yaml");
    }

    private void write(DesignDocument doc, Path file, Consumer<Boolean> done) {
        if (busy.get()) {
            message.set("Still busy with the last file operation; try again in a moment");
            done.accept(false);
            return;
        }
        TopologyDocument snapshot = doc.snapshot();
        Path previous = doc.fileProperty().get();
        busy.set(true);
        message.set("Saving " + file.getFileName() + "…");
        executor.run(() -> {
            saver.save(file, snapshot);
            return file;
        }, saved -> {
            busy.set(false);
            if (doc.topology().equals(snapshot.topology())) {
                doc.markSaved(file);
                autosave.discard(doc, previous);
            } else {
                doc.fileProperty().set(file); // edited while saving: the file holds the earlier state, still dirty
            }
            recentFiles.add(file);
            message.set("Saved " + file.getFileName());
            done.accept(true);
        }, error -> {
            busy.set(false);
            String reason = FileErrors.describe(error);
            message.set("Could not save " + file.getFileName() + ": " + reason);
            dialogs.showError("Could not save " + file.getFileName(), reason);
            done.accept(false);
        });
    }

    // ---- closing -------------------------------------------------------------------------------------------------

    /**
     * Closes the window or quits, after asking about unsaved changes: {@code close} runs when the document is saved,
     * when the user chooses not to save (the recovery file is then deleted), or at once when nothing is unsaved;
     * never after Cancel or a failed save.
     */
    public void requestClose(Runnable close) {
        Objects.requireNonNull(close, "close");
        whenSafeToReplace(close);
    }

    private void whenSafeToReplace(Runnable then) {
        DesignDocument doc = document.get();
        if (doc == null || !doc.isDirty()) {
            then.run();
            return;
        }
        SaveChoice choice = dialogs.confirmSaveChanges(displayName(doc));
        switch (choice) {
            case SAVE -> save(saved -> {
                if (saved && !doc.isDirty()) {
                    then.run();
                }
            });
            case DONT_SAVE -> {
                autosave.discard(doc, null);
                then.run();
            }
            case CANCEL -> message.set("Kept " + displayName(doc) + " open");
        }
    }

    /** The file's name, or the topology's for a document never saved. */
    static String displayName(DesignDocument doc) {
        Path file = doc.fileProperty().get();
        return file != null ? String.valueOf(file.getFileName()) : doc.topology().name();
    }

    private Path directory() {
        DesignDocument doc = document.get();
        Path file = doc == null ? null : doc.fileProperty().get();
        if (file == null) {
            return recentFiles.files().isEmpty() ? null : recentFiles.files().get(0).getParent();
        }
        return file.getParent();
    }

    /** The document open now, or null. */
    public ReadOnlyObjectProperty<DesignDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public DesignDocument document() {
        return document.get();
    }

    /** One line about the last file operation, for the status bar. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a file is being read or written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The problems the last file opened had: its warnings, or the errors that kept it closed. */
    public ObservableList<Problem> openProblems() {
        return openProblemsView;
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }
}
