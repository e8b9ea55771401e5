package dev.traverse.canvas.gesture;

import dev.traverse.canvas.intent.PaletteTransfer;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * The canvas as a drop target for palette items: accepts drags carrying {@link PaletteTransfer#FORMAT}, highlights
 * the innermost element under the pointer as the drop target while the drag is over the canvas, and on drop raises
 * {@code drop} with the item's id, that element (or null on empty canvas) and the drop point in canvas units. Other
 * drags are left alone. FX thread only.
 */
final class PaletteDropTarget {

    private final GestureContext context;

    PaletteDropTarget(GestureContext context) {
        this.context = context;
    }

    void over(DragEvent e) {
        if (!carriesItem(e.getDragboard())) {
            return;
        }
        e.acceptTransferModes(TransferMode.COPY);
        context.show(GestureContext.dropping(context.elementAt(e.getX(), e.getY()),
                context.toCanvas(e.getX(), e.getY())));
        e.consume();
    }

    void exited(DragEvent e) {
        if (carriesItem(e.getDragboard())) {
            context.idle();
        }
    }

    void dropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        if (!carriesItem(board)) {
            return;
        }
        context.idle();
        context.intents().drop(((String) board.getContent(PaletteTransfer.FORMAT)).strip(),
                context.elementAt(e.getX(), e.getY()), context.toCanvas(e.getX(), e.getY()));
        e.setDropCompleted(true);
        e.consume();
    }

    private static boolean carriesItem(Dragboard board) {
        return board != null && board.hasContent(PaletteTransfer.FORMAT)
                && board.getContent(PaletteTransfer.FORMAT) instanceof String s && !s.isBlank();
    }
}
