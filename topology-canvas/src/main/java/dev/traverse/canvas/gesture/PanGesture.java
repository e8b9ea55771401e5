package dev.traverse.canvas.gesture;

import dev.traverse.canvas.view.Viewport;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * Space+drag or middle-drag: moves the view with the pointer. Esc puts the view back where it was. FX thread only.
 */
final class PanGesture implements Gesture {

    private final GestureContext context;
    private final double pressX;
    private final double pressY;
    private final double startTranslateX;
    private final double startTranslateY;
    private final Cursor cursorBefore;

    PanGesture(GestureContext context, MouseEvent press) {
        this.context = context;
        this.pressX = press.getX();
        this.pressY = press.getY();
        Viewport v = context.canvas().viewport();
        this.startTranslateX = v.translateX();
        this.startTranslateY = v.translateY();
        this.cursorBefore = context.canvas().getCursor();
        context.canvas().setCursor(Cursor.CLOSED_HAND);
    }

    @Override
    public void drag(MouseEvent e) {
        Viewport v = context.canvas().viewport();
        v.set(v.scale(), startTranslateX + e.getX() - pressX, startTranslateY + e.getY() - pressY);
    }

    @Override
    public void release(MouseEvent e) {
        context.canvas().setCursor(cursorBefore);
    }

    @Override
    public void cancel() {
        Viewport v = context.canvas().viewport();
        v.set(v.scale(), startTranslateX, startTranslateY);
        context.canvas().setCursor(cursorBefore);
    }
}
