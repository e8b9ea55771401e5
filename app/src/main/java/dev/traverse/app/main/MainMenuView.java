package dev.traverse.app.main;

import dev.traverse.app.theme.ThemeMenu;
import dev.traverse.app.ui.Icons;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The main window's menu bar: File and View. */
final class MainMenuView {

    private final MenuBar menuBar;
    private final Menu openRecent = new Menu("Open Recent", Icons.of(Material2OutlinedAL.HISTORY));
    private final MainWindowViewModel viewModel;

    MainMenuView(MainWindowViewModel viewModel, ThemeMenu themeMenu, Runnable quit) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        Objects.requireNonNull(quit, "quit");

        MenuItem open = new MenuItem("Open…", Icons.of(Material2OutlinedAL.FOLDER_OPEN));
        open.setId("menu-open");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> viewModel.openWithDialog());

        MenuItem reload = new MenuItem("Reload", Icons.of(Material2OutlinedMZ.REFRESH));
        reload.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        reload.disableProperty().bind(viewModel.currentFileProperty().isNull());
        reload.setOnAction(e -> viewModel.reload());

        MenuItem quitItem = new MenuItem("Quit", Icons.of(Material2OutlinedAL.EXIT_TO_APP));
        quitItem.setId("menu-quit");
        quitItem.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quitItem.setOnAction(e -> quit.run());

        Menu file = new Menu("File", null, open, openRecent, reload, new SeparatorMenuItem(), quitItem);
        Menu view = new Menu("View", null, themeMenu.menu());
        menuBar = new MenuBar(file, view);
        menuBar.setUseSystemMenuBar(true);

        viewModel.recentFiles().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    MenuBar menuBar() {
        return menuBar;
    }

    private void fillRecent() {
        List<Path> files = viewModel.recentFiles().files();
        openRecent.getItems().clear();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent files");
            none.setDisable(true);
            openRecent.getItems().add(none);
            return;
        }
        for (Path file : files) {
            MenuItem item = new MenuItem(file.toString(), Icons.of(Material2OutlinedAL.INSERT_DRIVE_FILE));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> viewModel.open(file));
            openRecent.getItems().add(item);
        }
        MenuItem clear = new MenuItem("Clear Recent Files");
        clear.setOnAction(e -> viewModel.recentFiles().clear());
        openRecent.getItems().addAll(new SeparatorMenuItem(), clear);
    }
}
