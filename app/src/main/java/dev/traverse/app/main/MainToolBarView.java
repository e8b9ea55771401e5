package dev.traverse.app.main;

import atlantafx.base.theme.Styles;
import dev.traverse.app.designer.DesignerActions;
import dev.traverse.app.preview.PlacementPreview;
import dev.traverse.app.ui.Icons;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The main window's tool bar: files, undo and redo, zoom, layout, and the placement preview. */
final class MainToolBarView {

    private final ToolBar toolBar;

    MainToolBarView(MainWindowViewModel viewModel, DesignerActions actions, PlacementPreview preview) {
        Objects.requireNonNull(viewModel, "viewModel");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(preview, "preview");
        Button open = button("Open", Material2OutlinedAL.FOLDER_OPEN, "Open a topology file (Ctrl+O)");
        open.setId("toolbar-open");
        open.setOnAction(e -> viewModel.openWithDialog());
        Button save = button(null, Material2OutlinedMZ.SAVE, "Save (Ctrl+S)");
        save.setId("toolbar-save");
        save.setOnAction(e -> viewModel.save());
        save.disableProperty().bind(actions.noDocument());

        Button undo = button(null, Material2OutlinedMZ.UNDO, "Undo (Ctrl+Z)");
        undo.setOnAction(e -> actions.undo());
        undo.disableProperty().bind(actions.cannotUndo());
        Button redo = button(null, Material2OutlinedMZ.REDO, "Redo (Ctrl+Shift+Z)");
        redo.setOnAction(e -> actions.redo());
        redo.disableProperty().bind(actions.cannotRedo());

        Button fit = button(null, Material2OutlinedAL.FULLSCREEN, "Fit to window (Ctrl+0)");
        fit.setOnAction(e -> actions.canvas().fitToContent());
        Button layout = button(null, Material2OutlinedAL.ACCOUNT_TREE, "Auto-layout (Ctrl+L)");
        layout.setOnAction(e -> actions.designer().autoLayout());
        Button find = button(null, Material2OutlinedMZ.SEARCH, "Find (Ctrl+F)");
        find.setOnAction(e -> actions.find());
        for (Button b : new Button[] {fit, layout, find}) {
            b.disableProperty().bind(actions.noDocument());
        }

        Button place = button("Preview", Material2OutlinedMZ.PLAY_ARROW, "Place every replica afresh (F5)");
        place.setId("toolbar-preview");
        place.setOnAction(e -> preview.previewNow());
        place.disableProperty().bind(actions.noDocument());
        ToggleButton auto = new ToggleButton("Auto", Icons.of(Material2OutlinedMZ.SYNC));
        auto.setTooltip(new Tooltip("Place again after every edit"));
        auto.getStyleClass().add(Styles.FLAT);
        auto.selectedProperty().bindBidirectional(preview.autoPreviewProperty());

        toolBar = new ToolBar(open, save, new Separator(Orientation.VERTICAL), undo, redo,
                new Separator(Orientation.VERTICAL), fit, layout, find, new Separator(Orientation.VERTICAL), place,
                auto);
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
