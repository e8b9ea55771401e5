package dev.traverse.app.main;

import dev.traverse.app.concurrent.TaskExecutor;
import dev.traverse.app.dialogs.DialogService;
import dev.traverse.app.io.OpenTopology;
import dev.traverse.app.io.TopologyLoader;
import dev.traverse.app.recent.RecentFiles;
import dev.traverse.app.state.AppState;
import dev.traverse.engine.io.ReadResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Opening topology files and what the window's frame shows about it: title, status line, the empty state.
 * Files are read through the {@link TaskExecutor}; everything else happens on the UI thread.
 */
public final class MainWindowViewModel {

    static final String APP_NAME = "Traverse";

    private final AppState state;
    private final TopologyLoader loader;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final RecentFiles recentFiles;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Path> currentFile = new ReadOnlyObjectWrapper<>(this, "currentFile");
    private final ReadOnlyStringWrapper emptyMessage = new ReadOnlyStringWrapper(this, "emptyMessage",
            "Open a topology file to see its sites, clusters and devices.");
    private final BooleanBinding empty;

    /** Counts requests so that a slow read finishing after a newer one never replaces it. */
    private long generation;

    public MainWindowViewModel(AppState state, TopologyLoader loader, TaskExecutor executor, DialogService dialogs,
                               RecentFiles recentFiles) {
        this.state = Objects.requireNonNull(state, "state");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.recentFiles = Objects.requireNonNull(recentFiles, "recentFiles");
        this.empty = Bindings.createBooleanBinding(() -> state.openTopology().isEmpty() && !loading.get(),
                state.openTopologyProperty(), loading);
    }

    /** Reads {@code file} in the background and shows it when done; a missing file leaves the empty state. */
    public void open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        long request = ++generation;
        loading.set(true);
        currentFile.set(absolute);
        status.set("Opening " + absolute.getFileName() + "…");
        executor.run(() -> read(absolute),
                opened -> {
                    if (request == generation) {
                        showOpened(opened);
                    }
                },
                error -> {
                    if (request == generation) {
                        showFailure(absolute, error);
                    }
                });
    }

    /** Asks for a file and opens it. */
    public void openWithDialog() {
        Path start = currentFile.get() == null ? null : currentFile.get().getParent();
        dialogs.chooseTopologyFile(start).ifPresent(this::open);
    }

    /** Shows a one-line outcome or refusal in the status bar. */
    public void report(String message) {
        status.set(Objects.requireNonNull(message, "message"));
    }

    /** Reads the current file again. */
    public void reload() {
        if (currentFile.get() != null) {
            open(currentFile.get());
        }
    }

    private OpenTopology read(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        return new OpenTopology(file, loader.read(file));
    }

    private void showOpened(OpenTopology opened) {
        loading.set(false);
        state.setOpenTopology(opened);
        recentFiles.add(opened.file());
        title.set(APP_NAME + " — " + opened.displayName());
        status.set("Opened " + opened.file().getFileName() + " · " + problemSummary(opened.result()));
    }

    /** Reports the failure; what was open before stays open. */
    private void showFailure(Path file, Throwable error) {
        loading.set(false);
        String message = error instanceof NoSuchFileException
                ? file.getFileName() + " was not found in " + file.getParent() + "."
                : "Could not read " + file.getFileName() + ": " + describe(error);
        status.set(message);
        state.openTopology().ifPresentOrElse(
                previous -> currentFile.set(previous.file()),
                () -> emptyMessage.set(message));
    }

    private static String describe(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }

    static String problemSummary(ReadResult result) {
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        if (errors == 0 && warnings == 0) {
            return "no problems";
        }
        if (warnings == 0) {
            return plural(errors, "error");
        }
        return errors == 0 ? plural(warnings, "warning") : plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "Traverse — <topology name>", or "Traverse" with nothing open. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** One line about the last thing that happened. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The file open or being opened, or null. */
    public ReadOnlyObjectProperty<Path> currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** True when nothing is open and nothing is being read: the window shows the empty state. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** Why nothing is open, for the empty state. */
    public ReadOnlyStringProperty emptyMessageProperty() {
        return emptyMessage.getReadOnlyProperty();
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }
}
