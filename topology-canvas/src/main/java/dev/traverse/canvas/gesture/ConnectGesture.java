package dev.traverse.canvas.gesture;

import java.util.Objects;
import javafx.scene.input.MouseEvent;

/**
 * A press near an element's border: a drag draws a link from it, previewed through the interaction state (the
 * element it starts from, the pointer, and the element under the pointer as the drop target); releasing over another
 * element raises {@code connect}. A click without a drag selects the element as a body click would. FX thread only.
 */
final class ConnectGesture implements Gesture {

    private final GestureContext context;
    private final String from;
    private final double pressX;
    private final double pressY;
    private boolean dragging;
    private String target;

    ConnectGesture(GestureContext context, String from, MouseEvent press) {
        this.context = context;
        this.from = Objects.requireNonNull(from, "from");
        this.pressX = press.getX();
        this.pressY = press.getY();
    }

    @Override
    public void drag(MouseEvent e) {
        if (!dragging && !ClickSelection.beyondThreshold(pressX, pressY, e)) {
            return;
        }
        dragging = true;
        String under = context.elementAt(e.getX(), e.getY());
        target = from.equals(under) ? null : under;
        context.show(GestureContext.connecting(from, context.toCanvas(e.getX(), e.getY()), target));
    }

    @Override
    public void release(MouseEvent e) {
        if (!dragging) {
            ClickSelection.apply(context.selection(), from, e);
            return;
        }
        context.idle();
        if (target != null) {
            context.intents().connect(from, target);
        }
    }

    @Override
    public void cancel() {
        if (dragging) {
            context.idle();
        }
    }
}
