package dev.traverse.app.design;

import dev.traverse.app.concurrent.FxUiTimer;
import dev.traverse.app.concurrent.TaskExecutor;
import dev.traverse.app.concurrent.UiTimer;
import dev.traverse.app.dialogs.DialogService;
import dev.traverse.app.recent.RecentFiles;
import dev.traverse.engine.io.TopologyReader;
import java.time.Duration;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The parts that look after the open document, put together: its files ({@link DocumentFiles}), autosave and
 * recovery ({@link Autosave}), validation after edits ({@link DocumentValidator}) and the window title
 * ({@link WindowTitle}), all following whichever document is open. UI thread only.
 */
public final class DesignWorkspace {

    /** The preference that sets the autosave interval in seconds. */
    public static final String AUTOSAVE_SECONDS = "autosaveSeconds";

    private final DocumentFiles files;
    private final Autosave autosave;
    private final DocumentValidator validator;
    private final WindowTitle title;

    private DesignWorkspace(DocumentFiles files, Autosave autosave, DocumentValidator validator, WindowTitle title) {
        this.files = files;
        this.autosave = autosave;
        this.validator = validator;
        this.title = title;
    }

    /**
     * The workspace the desktop application uses: files read with the engine's reader and saved atomically on
     * {@code executor}, the checks of the model after edits on {@code checks} (the designer shares one compute thread
     * with the placement preview), recovery files in {@code recovery}, the autosave interval from
     * {@value #AUTOSAVE_SECONDS} in {@code preferences} (30 s when unset), timers on the JavaFX clock. Autosave is
     * started.
     */
    public static DesignWorkspace create(TaskExecutor executor, TaskExecutor checks, DialogService dialogs,
                                         RecentFiles recentFiles, Preferences preferences, RecoveryStore recovery) {
        long seconds = Math.max(1, preferences.getLong(AUTOSAVE_SECONDS, Autosave.DEFAULT_INTERVAL.toSeconds()));
        return create(executor, checks, dialogs, recentFiles, recovery, new FxUiTimer(), Duration.ofSeconds(seconds));
    }

    /** A workspace with the given store, timer and autosave interval; autosave is started. */
    public static DesignWorkspace create(TaskExecutor executor, TaskExecutor checks, DialogService dialogs,
                                         RecentFiles recentFiles, RecoveryStore recovery, UiTimer timer,
                                         Duration autosaveInterval) {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(checks, "checks");
        SimpleObjectProperty<DesignDocument> open = new SimpleObjectProperty<>();
        Autosave autosave = new Autosave(open, recovery, executor, timer, autosaveInterval);
        DocumentFiles files = new DocumentFiles(TopologyReader::read, TopologySaver.standard(), executor, dialogs,
                recentFiles, recovery, autosave);
        open.bind(files.documentProperty());
        DocumentValidator validator = new DocumentValidator(open, checks, timer, DocumentValidator.DEFAULT_DELAY);
        WindowTitle title = new WindowTitle(open);
        autosave.start();
        return new DesignWorkspace(files, autosave, validator, title);
    }

    public DocumentFiles files() {
        return files;
    }

    public Autosave autosave() {
        return autosave;
    }

    public DocumentValidator validator() {
        return validator;
    }

    public WindowTitle title() {
        return title;
    }
}
