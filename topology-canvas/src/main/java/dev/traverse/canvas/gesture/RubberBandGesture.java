package dev.traverse.canvas.gesture;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.layout.Moves;
import java.util.List;
import javafx.scene.input.MouseEvent;

/**
 * A press on empty canvas: a drag draws a selection rectangle and selects the elements wholly inside it on release
 * (Shift or the shortcut key adds them to the selection); a click clears the selection (unless Shift or the shortcut
 * key is held). FX thread only.
 */
final class RubberBandGesture implements Gesture {

    private final GestureContext context;
    private final double pressX;
    private final double pressY;
    private final Point start;
    private boolean dragging;
    private Box box;

    RubberBandGesture(GestureContext context, MouseEvent press) {
        this.context = context;
        this.pressX = press.getX();
        this.pressY = press.getY();
        this.start = context.toCanvas(pressX, pressY);
    }

    @Override
    public void drag(MouseEvent e) {
        if (!dragging && !ClickSelection.beyondThreshold(pressX, pressY, e)) {
            return;
        }
        dragging = true;
        Point now = context.toCanvas(e.getX(), e.getY());
        box = new Box(Math.min(start.x(), now.x()), Math.min(start.y(), now.y()), Math.abs(now.x() - start.x()),
                Math.abs(now.y() - start.y()));
        context.show(GestureContext.rubberBand(box));
    }

    @Override
    public void release(MouseEvent e) {
        boolean adding = e.isShiftDown() || e.isShortcutDown();
        if (!dragging) {
            if (!adding) {
                context.selection().clear();
            }
            return;
        }
        context.idle();
        // Children of an element inside are left out (they move with it), whatever the hit index returns.
        List<String> inside = Moves.roots(context.diagram(), context.canvas().hits().elementsWithin(box));
        if (adding) {
            context.selection().add(inside);
        } else {
            context.selection().select(inside);
        }
    }

    @Override
    public void cancel() {
        if (dragging) {
            context.idle();
        }
    }
}
