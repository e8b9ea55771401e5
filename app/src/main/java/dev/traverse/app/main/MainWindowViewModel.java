package dev.traverse.app.main;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.design.DesignWorkspace;
import dev.traverse.app.design.DocumentFiles;
import dev.traverse.app.design.LayoutChanges;
import dev.traverse.app.io.OpenTopology;
import dev.traverse.app.recent.RecentFiles;
import dev.traverse.app.state.AppState;
import dev.traverse.engine.io.Problem;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.model.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * What the window's frame shows of the open document (title, status line, empty state, problems) and the file
 * commands (New, Open, Save, Save As, Reload, close). Files are read and written by the workspace off the UI
 * thread; everything here runs on the UI thread. Keeps {@link AppState} in step with the document so the outline
 * and the counts follow every edit.
 */
public final class MainWindowViewModel {

    static final String APP_NAME = "Traverse";

    private final AppState state;
    private final DesignWorkspace workspace;
    private final DocumentFiles files;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage",
            "Open a topology file to see its sites, clusters and devices.");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObjectBinding<Path> currentFile;
    private final BooleanBinding empty;
    private final InvalidationListener documentChanged = obs -> syncState();
    /** The outline and counts ignore the layout: a moved box does not rebuild them. */
    private final ChangeListener<Topology> topologyChanged = (obs, old, now) -> {
        if (!LayoutChanges.onlyLayoutDiffers(old, now)) {
            syncState();
        }
    };
    private DesignDocument watched;
    /** True while the problems listed are the open document's, not those of a file that failed to open. */
    private boolean documentProblems;

    public MainWindowViewModel(AppState state, DesignWorkspace workspace) {
        this.state = Objects.requireNonNull(state, "state");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.files = workspace.files();
        ReadOnlyObjectProperty<DesignDocument> document = files.documentProperty();
        this.currentFile = Bindings.createObjectBinding(() -> watched == null ? null : watched.fileProperty().get(),
                document);
        this.empty = Bindings.createBooleanBinding(() -> document.get() == null && !files.busyProperty().get(),
                document, files.busyProperty());
        files.messageProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                status.set(now);
                if (document.get() == null) {
                    emptyMessage.set(now);
                }
            }
        });
        document.addListener((obs, old, now) -> watch(now));
        workspace.validator().problems().addListener((ListChangeListener<Problem>) c -> syncProblems());
        files.openProblems().addListener((ListChangeListener<Problem>) c -> syncProblems());
        watch(document.get());
    }

    private void watch(DesignDocument doc) {
        if (watched != null) {
            watched.topologyProperty().removeListener(topologyChanged);
            watched.fileProperty().removeListener(documentChanged);
        }
        watched = doc;
        if (doc != null) {
            doc.topologyProperty().addListener(topologyChanged);
            doc.fileProperty().addListener(documentChanged);
        }
        syncState();
    }

    /** The outline and counts read the model from the app state: hand them the model after every change. */
    private void syncState() {
        currentFile.invalidate();
        syncProblems();
        if (watched == null) {
            state.setOpenTopology(null);
            return;
        }
        state.setOpenTopology(new OpenTopology(watched.fileProperty().get(),
                new ReadResult(Optional.of(watched.snapshot()), List.copyOf(problems))));
    }

    /** The validator's problems of the open model, or those of a file that could not be opened. */
    private void syncProblems() {
        documentProblems = watched != null && files.openProblems().stream().noneMatch(Problem::isError);
        List<Problem> now = documentProblems ? workspace.validator().problems() : files.openProblems();
        if (!problems.equals(now)) {
            problems.setAll(now);
        }
    }

    public void open(Path file) {
        files.open(file);
    }

    public void openWithDialog() {
        files.openWithDialog();
    }

    /** Reads the current file again, after asking about unsaved changes. */
    public void reload() {
        Path file = currentFile.get();
        if (file != null) {
            files.open(file);
        }
    }

    public void newDocument() {
        files.newDocument();
    }

    public void save() {
        files.save();
    }

    public void saveAs() {
        files.saveAs();
    }

    /** Runs {@code close} unless the user cancels when asked about unsaved changes. */
    public void requestClose(Runnable close) {
        files.requestClose(close);
    }

    /** Shows a one-line outcome or refusal in the status bar. */
    public void report(String message) {
        status.set(Objects.requireNonNull(message, "message"));
    }

    /** The document open now, or null. */
    public ReadOnlyObjectProperty<DesignDocument> documentProperty() {
        return files.documentProperty();
    }

    public Topology topology() {
        return watched == null ? null : watched.topology();
    }

    /** "● name — file — Traverse", or "Traverse" with nothing open. */
    public ReadOnlyStringProperty titleProperty() {
        return workspace.title().titleProperty();
    }

    /** One line about the last thing that happened. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return files.busyProperty();
    }

    /** The file of the open document, or null. */
    public ObjectBinding<Path> currentFileProperty() {
        return currentFile;
    }

    /** True when nothing is open and nothing is being read: the window shows the empty state. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** Why nothing is open, for the empty state. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    /** The problems to list: the open model's, or those that kept a file from opening. */
    public ObservableList<Problem> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    /**
     * True when the problems listed belong to the open document, so their paths name its elements; false while
     * they are those of another file that could not be opened.
     */
    public boolean problemsAreTheDocuments() {
        return documentProblems;
    }

    public RecentFiles recentFiles() {
        return files.recentFiles();
    }

    public DesignWorkspace workspace() {
        return workspace;
    }
}
