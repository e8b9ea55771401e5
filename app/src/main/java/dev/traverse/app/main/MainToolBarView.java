package dev.traverse.app.main;

import atlantafx.base.theme.Styles;
import dev.traverse.app.outline.OutlineView;
import dev.traverse.app.ui.Icons;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The main window's tool bar: open, reload, and expanding or collapsing the outline. */
final class MainToolBarView {

    private final ToolBar toolBar;

    MainToolBarView(MainWindowViewModel viewModel, OutlineView outline) {
        Objects.requireNonNull(viewModel, "viewModel");
        Objects.requireNonNull(outline, "outline");
        Button open = button("Open", Material2OutlinedAL.FOLDER_OPEN, "Open a topology file (Ctrl+O)");
        open.setId("toolbar-open");
        open.setOnAction(e -> viewModel.openWithDialog());
        Button reload = button("Reload", Material2OutlinedMZ.REFRESH, "Read the file again (F5)");
        reload.disableProperty().bind(viewModel.currentFileProperty().isNull());
        reload.setOnAction(e -> viewModel.reload());
        Button expand = button(null, Material2OutlinedMZ.UNFOLD_MORE, "Expand all");
        expand.setOnAction(e -> outline.expandAll());
        Button collapse = button(null, Material2OutlinedMZ.UNFOLD_LESS, "Collapse all");
        collapse.setOnAction(e -> outline.collapseAll());
        expand.disableProperty().bind(viewModel.emptyProperty());
        collapse.disableProperty().bind(viewModel.emptyProperty());
        toolBar = new ToolBar(open, reload, new Separator(Orientation.VERTICAL), expand, collapse);
    }

    ToolBar toolBar() {
        return toolBar;
    }

    private static Button button(String text, Ikon icon, String tooltip) {
        Button button = new Button(text, Icons.of(icon));
        button.setTooltip(new Tooltip(tooltip));
        button.getStyleClass().add(Styles.FLAT);
        if (text == null) {
            button.getStyleClass().add(Styles.BUTTON_ICON);
        }
        return button;
    }
}
