package dev.traverse.app.desktop;

import dev.traverse.app.concurrent.TaskExecutor;
import dev.traverse.app.design.DesignWorkspace;
import dev.traverse.app.design.RecoveryStore;
import dev.traverse.app.dialogs.FxDialogService;
import dev.traverse.app.main.MainWindowView;
import dev.traverse.app.main.MainWindowViewModel;
import dev.traverse.app.preview.ComputeWorker;
import dev.traverse.app.recent.RecentFiles;
import dev.traverse.app.state.AppState;
import dev.traverse.app.theme.ThemePreference;
import dev.traverse.app.theme.ThemeViewModel;
import dev.traverse.themes.Themes;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the main window together on a stage: theme, view models, views, and shows it. FX thread only. */
public final class DesktopWindow {

    private static final double WIDTH = 1440;
    private static final double HEIGHT = 900;
    private static final double MIN_WIDTH = 720;
    private static final double MIN_HEIGHT = 480;

    private DesktopWindow() {
    }

    /**
     * Shows the main window on {@code stage}, themed as the user last chose.
     *
     * @param preferences where the theme, the recent files and the autosave interval are kept
     * @param recovery    where autosaved changes are kept
     * @param quit        what File ▸ Quit and closing the window do once unsaved changes are dealt with
     * @return the window's view, whose view model opens files
     */
    public static MainWindowView show(Stage stage, TaskExecutor executor, Preferences preferences,
                                      RecoveryStore recovery, Runnable quit) {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(quit, "quit");
        ThemeViewModel themes = new ThemeViewModel(new ThemePreference(preferences), Themes::apply);
        themes.applySaved();

        AppState state = new AppState();
        FxDialogService dialogs = new FxDialogService(() -> stage);
        ComputeWorker compute = new ComputeWorker("traverse-compute", Platform::runLater);
        DesignWorkspace workspace = DesignWorkspace.create(executor, compute, dialogs, new RecentFiles(preferences),
                preferences, recovery);
        MainWindowViewModel viewModel = new MainWindowViewModel(state, workspace);
        Runnable guardedQuit = () -> viewModel.requestClose(quit);
        MainWindowView view = new MainWindowView(viewModel, themes, state, executor, compute, dialogs, guardedQuit);
        stage.setOnCloseRequest(e -> {
            e.consume(); // the window closes only once unsaved changes are saved or given up
            guardedQuit.run();
        });

        // No larger than the screen: a laptop's 1366 x 768 must show the whole window.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        Themes.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // a stage shown before (as in tests) keeps its old size otherwise
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
        return view;
    }
}
