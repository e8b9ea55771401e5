package dev.traverse.app.desktop;

import dev.traverse.app.concurrent.TaskExecutor;
import dev.traverse.app.dialogs.FxDialogService;
import dev.traverse.app.io.TopologyLoader;
import dev.traverse.app.main.MainWindowView;
import dev.traverse.app.main.MainWindowViewModel;
import dev.traverse.app.recent.RecentFiles;
import dev.traverse.app.state.AppState;
import dev.traverse.app.theme.ThemePreference;
import dev.traverse.app.theme.ThemeViewModel;
import dev.traverse.themes.Themes;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Puts the main window together on a stage: theme, view models, views, and shows it. FX thread only. */
public final class DesktopWindow {

    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;
    private static final double MIN_WIDTH = 720;
    private static final double MIN_HEIGHT = 480;

    private DesktopWindow() {
    }

    /**
     * Shows the main window on {@code stage}, themed as the user last chose.
     *
     * @param preferences where the theme and the recent files are kept
     * @param quit        what File ▸ Quit does
     * @return the window's view, whose view model opens files
     */
    public static MainWindowView show(Stage stage, TopologyLoader loader, TaskExecutor executor,
                                           Preferences preferences, Runnable quit) {
        Objects.requireNonNull(stage, "stage");
        ThemeViewModel themes = new ThemeViewModel(new ThemePreference(preferences), Themes::apply);
        themes.applySaved();

        AppState state = new AppState();
        MainWindowViewModel viewModel = new MainWindowViewModel(state, loader, executor,
                new FxDialogService(() -> stage), new RecentFiles(preferences));
        MainWindowView view = new MainWindowView(viewModel, themes, state, quit);

        Scene scene = new Scene(view.root(), WIDTH, HEIGHT);
        Themes.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.show();
        return view;
    }
}
