package dev.traverse.app.designer;

import dev.traverse.app.preview.PlacementPreview;
import dev.traverse.app.preview.WhatIfPreview;
import dev.traverse.app.ui.Icons;
import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.command.CommandStack;
import dev.traverse.canvas.layout.Alignment;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The designer's menus: Edit, View (zoom, minimap and the theme), Arrange and Placement, each item with its
 * accelerator, enabled only when it can act. FX thread only.
 */
public final class DesignerMenus {

    private final DesignerActions actions;

    public DesignerMenus(DesignerActions actions) {
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    public Menu edit() {
        DesignerViewModel designer = actions.designer();
        MenuItem undo = item("Undo", Material2OutlinedMZ.UNDO, shortcut(KeyCode.Z), actions::undo);
        MenuItem redo = item("Redo", Material2OutlinedMZ.REDO,
                new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                actions::redo);
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        undo.textProperty().bind(Bindings.createStringBinding(() -> actions.commands()
                .flatMap(CommandStack::undoDescription).map(d -> "Undo " + d).orElse("Undo"), actions.revision()));
        redo.textProperty().bind(Bindings.createStringBinding(() -> actions.commands()
                .flatMap(CommandStack::redoDescription).map(d -> "Redo " + d).orElse("Redo"), actions.revision()));
        undo.disableProperty().bind(actions.cannotUndo());
        redo.disableProperty().bind(actions.cannotRedo());

        BooleanBinding nothingSelected = actions.nothingSelected();
        MenuItem cut = item("Cut", Material2OutlinedAL.CONTENT_CUT, shortcut(KeyCode.X), actions::cut);
        MenuItem copy = item("Copy", Material2OutlinedAL.CONTENT_COPY, shortcut(KeyCode.C), actions::copy);
        MenuItem paste = item("Paste", Material2OutlinedAL.CONTENT_PASTE, shortcut(KeyCode.V), actions::paste);
        MenuItem duplicate = item("Duplicate", Material2OutlinedAL.FILTER_NONE, shortcut(KeyCode.D),
                designer::duplicateSelection);
        MenuItem delete = item("Delete", Material2OutlinedAL.DELETE_OUTLINE, new KeyCodeCombination(KeyCode.DELETE),
                designer::deleteSelection);
        delete.setId("menu-delete");
        List.of(cut, copy, duplicate, delete).forEach(i -> i.disableProperty().bind(nothingSelected));
        paste.disableProperty().bind(actions.noDocument());
        MenuItem selectAll = item("Select All", Material2OutlinedMZ.SELECT_ALL, shortcut(KeyCode.A),
                designer::selectAll);
        MenuItem find = item("Find…", Material2OutlinedMZ.SEARCH, shortcut(KeyCode.F), actions::find);
        find.setId("menu-find");
        selectAll.disableProperty().bind(actions.noDocument());
        find.disableProperty().bind(actions.noDocument());
        return new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), cut, copy, paste, duplicate, delete,
                new SeparatorMenuItem(), selectAll, find);
    }

    /** View: zoom, fit, minimap, then {@code themeMenu}. */
    public Menu view(Menu themeMenu) {
        TopologyCanvas canvas = actions.canvas();
        MenuItem zoomIn = item("Zoom In", Material2OutlinedMZ.ZOOM_IN, shortcut(KeyCode.EQUALS),
                () -> canvas.viewport().zoomAt(1.25, canvas.getWidth() / 2, canvas.getHeight() / 2));
        MenuItem zoomOut = item("Zoom Out", Material2OutlinedMZ.ZOOM_OUT, shortcut(KeyCode.MINUS),
                () -> canvas.viewport().zoomAt(0.8, canvas.getWidth() / 2, canvas.getHeight() / 2));
        MenuItem fit = item("Fit to Window", Material2OutlinedAL.FULLSCREEN, shortcut(KeyCode.DIGIT0),
                canvas::fitToContent);
        MenuItem actual = item("Actual Size", Material2OutlinedAL.CROP_FREE, shortcut(KeyCode.DIGIT1),
                canvas::actualSize);
        List.of(zoomIn, zoomOut, fit, actual).forEach(i -> i.disableProperty().bind(actions.noDocument()));
        CheckMenuItem minimap = new CheckMenuItem("Minimap");
        minimap.selectedProperty().bindBidirectional(actions.minimapShown());
        minimap.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        return new Menu("View", null, zoomIn, zoomOut, fit, actual, new SeparatorMenuItem(), minimap,
                new SeparatorMenuItem(), themeMenu);
    }

    public Menu arrange() {
        DesignerViewModel designer = actions.designer();
        MenuItem layout = item("Auto-Layout", Material2OutlinedAL.ACCOUNT_TREE, shortcut(KeyCode.L),
                designer::autoLayout);
        layout.disableProperty().bind(actions.noDocument());
        Menu align = new Menu("Align", Icons.of(Material2OutlinedAL.ALIGN_HORIZONTAL_LEFT),
                alignItem("Left Edges", Material2OutlinedAL.ALIGN_HORIZONTAL_LEFT, Alignment.Edge.LEFT),
                alignItem("Horizontal Centres", Material2OutlinedAL.ALIGN_HORIZONTAL_CENTER,
                        Alignment.Edge.CENTRE_HORIZONTAL),
                alignItem("Right Edges", Material2OutlinedAL.ALIGN_HORIZONTAL_RIGHT, Alignment.Edge.RIGHT),
                new SeparatorMenuItem(),
                alignItem("Top Edges", Material2OutlinedAL.ALIGN_VERTICAL_TOP, Alignment.Edge.TOP),
                alignItem("Vertical Centres", Material2OutlinedAL.ALIGN_VERTICAL_CENTER,
                        Alignment.Edge.CENTRE_VERTICAL),
                alignItem("Bottom Edges", Material2OutlinedAL.ALIGN_VERTICAL_BOTTOM, Alignment.Edge.BOTTOM));
        align.disableProperty().bind(actions.fewerSelectedThan(2));
        Menu distribute = new Menu("Distribute", null,
                item("Horizontally", Material2OutlinedAL.HORIZONTAL_DISTRIBUTE, null,
                        () -> designer.distribute(Alignment.Axis.HORIZONTAL)),
                item("Vertically", Material2OutlinedMZ.VERTICAL_DISTRIBUTE, null,
                        () -> designer.distribute(Alignment.Axis.VERTICAL)));
        distribute.disableProperty().bind(actions.fewerSelectedThan(3));
        return new Menu("Arrange", null, layout, new SeparatorMenuItem(), align, distribute);
    }

    public Menu placement(PlacementPreview preview, WhatIfPreview whatIf) {
        MenuItem now = item("Preview Placement", Material2OutlinedMZ.PLAY_ARROW, new KeyCodeCombination(KeyCode.F5),
                preview::previewNow);
        now.setId("menu-preview");
        now.disableProperty().bind(actions.noDocument());
        CheckMenuItem auto = new CheckMenuItem("Preview on Every Edit");
        auto.selectedProperty().bindBidirectional(preview.autoPreviewProperty());
        MenuItem simulate = item("Simulate Failure of Selection", Material2OutlinedMZ.REPORT_PROBLEM, null,
                actions::simulateFailure);
        simulate.disableProperty().bind(actions.fewerSelectedThan(1));
        MenuItem dismiss = item("Dismiss Failure Simulation", Material2OutlinedAL.CLOSE, null, whatIf::dismiss);
        dismiss.disableProperty().bind(whatIf.showingProperty().not());
        return new Menu("Placement", null, now, auto, new SeparatorMenuItem(), simulate, dismiss);
    }

    private MenuItem alignItem(String text, Ikon icon, Alignment.Edge edge) {
        return item(text, icon, null, () -> actions.designer().align(edge));
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, Ikon icon, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text, icon == null ? null : Icons.of(icon));
        item.setMnemonicParsing(false);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
