package dev.traverse.canvas.gesture;

import dev.traverse.canvas.view.Viewport;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Scroll wheel and trackpad: scrolling pans the view (Shift turns a vertical scroll into a horizontal one, where the
 * platform has not done so already); Ctrl (or the shortcut key, Cmd on macOS) with the wheel zooms around the
 * pointer; a pinch zooms around its centre. FX thread only.
 */
final class WheelNavigation {

    /** A wheel notch is 40 pixels of scroll in JavaFX; one notch zooms by this factor. */
    static final double ZOOM_PER_NOTCH = 1.1;
    private static final double NOTCH = 40;

    private final GestureContext context;

    WheelNavigation(GestureContext context) {
        this.context = context;
    }

    void scrolled(ScrollEvent e) {
        e.consume();
        Viewport v = context.canvas().viewport();
        if (e.isShortcutDown() || e.isControlDown()) {
            double delta = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
            if (delta != 0) {
                v.zoomAt(Math.pow(ZOOM_PER_NOTCH, delta / NOTCH), e.getX(), e.getY());
            }
            return;
        }
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isShiftDown() && dx == 0) {
            dx = dy;
            dy = 0;
        }
        v.panBy(dx, dy);
    }

    void zoomed(ZoomEvent e) {
        e.consume();
        double factor = e.getZoomFactor();
        if (Double.isFinite(factor) && factor > 0) {
            context.canvas().viewport().zoomAt(factor, e.getX(), e.getY());
        }
    }
}
