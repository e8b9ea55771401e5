package dev.traverse.canvas.gesture;

import dev.traverse.canvas.selection.SelectionModel;
import java.util.List;
import javafx.scene.input.MouseEvent;

/**
 * What a click on an element or link does to the selection: a plain click selects only it, Shift adds it, the
 * shortcut key (Ctrl, or Cmd on macOS) toggles it. FX thread only.
 */
final class ClickSelection {

    private ClickSelection() {
    }

    static void apply(SelectionModel selection, String id, MouseEvent e) {
        if (e.isShortcutDown()) {
            selection.toggle(id);
        } else if (e.isShiftDown()) {
            selection.add(List.of(id));
        } else {
            selection.select(id);
        }
    }

    /** True when the pointer has travelled far enough from the press for a drag. */
    static boolean beyondThreshold(double pressX, double pressY, MouseEvent e) {
        return Math.hypot(e.getX() - pressX, e.getY() - pressY) >= GestureContext.DRAG_THRESHOLD;
    }
}
