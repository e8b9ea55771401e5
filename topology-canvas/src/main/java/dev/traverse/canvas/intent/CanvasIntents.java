package dev.traverse.canvas.intent;

import dev.traverse.canvas.document.Point;
import java.util.Map;

/**
 * What the user asked the canvas for. The canvas never changes the diagram itself: the application turns each
 * intent into a command (or ignores it) and hands the canvas a new diagram. Every method is called on the FX
 * thread, once per gesture, and does nothing by default.
 */
public interface CanvasIntents {

    /**
     * Elements were dragged or moved with the arrow keys. The map holds the new top-left corner of each moved
     * element and of every element nested in one that had a saved position, so containment holds.
     *
     * @param byKeyboard true for arrow-key moves, which the application may merge into one undo step
     */
    default void move(Map<String, Point> newPositions, boolean byKeyboard) {
    }

    /** A link was drawn from one element's edge to another element. */
    default void connect(String fromId, String toId) {
    }

    /**
     * A palette item was dropped on the canvas.
     *
     * @param itemId   the palette item's id, from the drag's {@link PaletteTransfer} content
     * @param targetId the innermost element under the drop point, or null on empty canvas
     * @param at       the drop point in canvas units
     */
    default void drop(String itemId, String targetId, Point at) {
    }

    /** A chip was dragged onto another element: pin what it stands for there. */
    default void pin(String chipId, String targetId) {
    }

    /** A chip was clicked: show what the engine says about it. */
    default void openChip(String chipId) {
    }

    /** An element was double-clicked or Enter pressed on it: focus the inspector on it. */
    default void open(String elementId) {
    }

    /**
     * The context menu was asked for (right click, the menu key, Shift+F10).
     *
     * @param targetId the element, link or chip id under the pointer, or null on empty canvas
     * @param kind     what the target is
     */
    default void contextMenu(String targetId, TargetKind kind, double screenX, double screenY) {
    }

    /** What a context menu request points at. */
    enum TargetKind {
        ELEMENT, LINK, CHIP, CANVAS
    }
}
