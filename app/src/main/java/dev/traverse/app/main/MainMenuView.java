package dev.traverse.app.main;

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
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The main window's menu bar: File, then the designer's menus. */
final class MainMenuView {

    private final MenuBar menuBar;
    private final Menu openRecent = new Menu("Open Recent", Icons.of(Material2OutlinedAL.HISTORY));
    private final MainWindowViewModel viewModel;

    MainMenuView(MainWindowViewModel viewModel, List<Menu> designerMenus, Runnable quit) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        Objects.requireNonNull(quit, "quit");

        MenuItem newItem = item("New", Material2OutlinedMZ.NOTE_ADD, shortcut(KeyCode.N), viewModel::newDocument);
        newItem.setId("menu-new");
        MenuItem open = item("Open…", Material2OutlinedAL.FOLDER_OPEN, shortcut(KeyCode.O), viewModel::openWithDialog);
        open.setId("menu-open");
        MenuItem save = item("Save", Material2OutlinedMZ.SAVE, shortcut(KeyCode.S), viewModel::save);
        save.setId("menu-save");
        MenuItem saveAs = item("Save As…", Material2OutlinedMZ.SAVE_ALT,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                viewModel::saveAs);
        save.disableProperty().bind(viewModel.documentProperty().isNull());
        saveAs.disableProperty().bind(viewModel.documentProperty().isNull());
        MenuItem reload = item("Reload", Material2OutlinedMZ.REFRESH, null, viewModel::reload);
        reload.disableProperty().bind(viewModel.currentFileProperty().isNull());
        MenuItem quitItem = item("Quit", Material2OutlinedAL.EXIT_TO_APP, shortcut(KeyCode.Q), quit);
        quitItem.setId("menu-quit");

        Menu file = new Menu("File", null, newItem, open, openRecent, new SeparatorMenuItem(), save, saveAs, reload,
                new SeparatorMenuItem(), quitItem);
        menuBar = new MenuBar(file);
        menuBar.getMenus().addAll(designerMenus);
        menuBar.setUseSystemMenuBar(true);

        viewModel.recentFiles().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    MenuBar menuBar() {
        return menuBar;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, Ikon icon, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, Icons.of(icon));
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
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
