package dev.traverse.app.theme;

import dev.traverse.app.ui.Icons;
import dev.traverse.themes.TraverseTheme;
import java.util.Objects;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The View ▸ Theme submenu: one radio item per theme, the one in use checked. */
public final class ThemeMenu {

    private final Menu menu = new Menu("Theme", Icons.of(Material2OutlinedMZ.PALETTE));
    private final ToggleGroup group = new ToggleGroup();

    public ThemeMenu(ThemeViewModel viewModel) {
        Objects.requireNonNull(viewModel, "viewModel");
        for (TraverseTheme theme : viewModel.themes()) {
            RadioMenuItem item = new RadioMenuItem(theme.displayName());
            item.setId("theme-" + theme.id());
            item.setUserData(theme);
            item.setToggleGroup(group);
            item.setOnAction(e -> viewModel.select(theme));
            menu.getItems().add(item);
        }
        viewModel.themeProperty().addListener((obs, old, now) -> check(now));
        check(viewModel.themeProperty().get());
    }

    public Menu menu() {
        return menu;
    }

    private void check(TraverseTheme theme) {
        for (Toggle toggle : group.getToggles()) {
            toggle.setSelected(toggle.getUserData() == theme);
        }
    }
}
