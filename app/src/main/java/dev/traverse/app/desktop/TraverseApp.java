package dev.traverse.app.desktop;

import dev.traverse.app.concurrent.BackgroundTaskExecutor;
import dev.traverse.app.concurrent.TaskExecutor;
import dev.traverse.app.io.StartupFile;
import dev.traverse.app.io.TopologyLoaders;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The desktop application. Started through {@link DesktopLauncher}, never as the main class: JavaFX on the class path
 * refuses a main class that extends {@code Application}. The first unnamed parameter is the file to open.
 */
public final class TraverseApp extends Application {

    /** Where the desktop application keeps the user's choices. */
    static final String PREFERENCES_NODE = "/dev/traverse/app";

    private TaskExecutor executor;

    @Override
    public void start(Stage stage) {
        executor = new BackgroundTaskExecutor(Platform::runLater);
        var viewModel = DesktopWindow.show(stage, TopologyLoaders.standard(), executor,
                Preferences.userRoot().node(PREFERENCES_NODE), Platform::exit).viewModel();
        viewModel.open(StartupFile.fromEnvironment(getParameters().getUnnamed().stream().findFirst()));
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
        }
    }
}
