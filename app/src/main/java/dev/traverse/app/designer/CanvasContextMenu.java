package dev.traverse.app.designer;

import dev.traverse.app.preview.PinRequests;
import dev.traverse.app.preview.WhatIfPreview;
import dev.traverse.app.ui.Icons;
import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.intent.CanvasIntents.TargetKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The canvas's context menu: what can be done with the element, link or chip under the pointer (or the selection it
 * belongs to), or with the canvas itself. FX thread only.
 */
public final class CanvasContextMenu {

    private final DesignerActions actions;
    private final WhatIfPreview whatIf;
    private final PinRequests pins;
    private final Consumer<String> explainChip;
    private final ContextMenu menu = new ContextMenu();

    /**
     * @param explainChip shows the engine's explanation of a chip's replica
     */
    public CanvasContextMenu(DesignerActions actions, WhatIfPreview whatIf, PinRequests pins,
                             Consumer<String> explainChip) {
        this.actions = Objects.requireNonNull(actions, "actions");
        this.whatIf = Objects.requireNonNull(whatIf, "whatIf");
        this.pins = Objects.requireNonNull(pins, "pins");
        this.explainChip = Objects.requireNonNull(explainChip, "explainChip");
        menu.setId("canvas-context-menu");
    }

    /** Shows the menu for a target at a screen point; right-clicking an unselected element selects it first. */
    public void show(String targetId, TargetKind kind, double screenX, double screenY) {
        DesignerViewModel designer = actions.designer();
        if ((kind == TargetKind.ELEMENT || kind == TargetKind.LINK) && !designer.selection().isSelected(targetId)) {
            designer.selection().select(targetId);
        }
        menu.getItems().setAll(items(targetId, kind));
        TopologyCanvas canvas = actions.canvas();
        menu.show(canvas, screenX, screenY);
    }

    /** The menu items for a target, in the order shown. */
    List<MenuItem> items(String targetId, TargetKind kind) {
        DesignerViewModel designer = actions.designer();
        List<MenuItem> items = new ArrayList<>();
        switch (kind) {
            case CHIP -> {
                items.add(item("Explain Placement", Material2OutlinedAL.HELP_OUTLINE,
                        () -> explainChip.accept(targetId)));
                var document = designer.documentProperty().get();
                if (document != null) {
                    pins.unpin(document.topology(), targetId).ifPresent(edit -> items.add(item("Unpin",
                            Material2OutlinedMZ.PUSH_PIN, () -> designer.edit(edit.description(), edit.change()))));
                }
            }
            case ELEMENT, LINK -> {
                items.add(item("Simulate Failure", Material2OutlinedMZ.REPORT_PROBLEM,
                        () -> whatIf.simulate(targetId)));
                items.add(new SeparatorMenuItem());
                if (kind == TargetKind.ELEMENT) {
                    items.add(item("Cut", Material2OutlinedAL.CONTENT_CUT, actions::cut));
                    items.add(item("Copy", Material2OutlinedAL.CONTENT_COPY, actions::copy));
                    items.add(item("Duplicate", Material2OutlinedAL.FILTER_NONE, designer::duplicateSelection));
                    items.add(item("Auto-Layout Selection", Material2OutlinedAL.ACCOUNT_TREE, designer::autoLayout));
                }
                items.add(item("Delete", Material2OutlinedAL.DELETE_OUTLINE, designer::deleteSelection));
            }
            case CANVAS -> {
                items.add(item("Paste", Material2OutlinedAL.CONTENT_PASTE, actions::paste));
                items.add(item("Select All", Material2OutlinedMZ.SELECT_ALL, designer::selectAll));
                items.add(new SeparatorMenuItem());
                items.add(item("Auto-Layout", Material2OutlinedAL.ACCOUNT_TREE, designer::autoLayout));
                items.add(item("Fit to Window", Material2OutlinedAL.FULLSCREEN, actions.canvas()::fitToContent));
            }
        }
        if (whatIf.showingProperty().get()) {
            items.add(new SeparatorMenuItem());
            items.add(item("Dismiss Failure Simulation", Material2OutlinedAL.CLOSE, whatIf::dismiss));
        }
        return items;
    }

    private static MenuItem item(String text, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text, Icons.of(icon));
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        return item;
    }
}
