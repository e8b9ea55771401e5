package dev.traverse.canvas.view;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maps canvas units to screen pixels: {@code screen = canvas * scale + translate}. Zoom is clamped to
 * [{@link #MIN_SCALE}, {@link #MAX_SCALE}]. FX thread only; listeners hear after every change.
 */
public final class Viewport {

    public static final double MIN_SCALE = 0.02;
    public static final double MAX_SCALE = 4;
    private static final double FIT_MARGIN = 24;

    private double scale = 1;
    private double translateX;
    private double translateY;
    private final List<Runnable> listeners = new ArrayList<>();

    public double scale() {
        return scale;
    }

    public double translateX() {
        return translateX;
    }

    public double translateY() {
        return translateY;
    }

    public Point toCanvas(double screenX, double screenY) {
        return new Point((screenX - translateX) / scale, (screenY - translateY) / scale);
    }

    public double toScreenX(double canvasX) {
        return canvasX * scale + translateX;
    }

    public double toScreenY(double canvasY) {
        return canvasY * scale + translateY;
    }

    /** The part of the canvas a view of the given pixel size shows. */
    public Box visible(double viewWidth, double viewHeight) {
        return new Box(-translateX / scale, -translateY / scale, Math.max(0, viewWidth) / scale,
                Math.max(0, viewHeight) / scale);
    }

    /** Moves the view by a screen distance (pan). */
    public void panBy(double dx, double dy) {
        set(scale, translateX + dx, translateY + dy);
    }

    /** Multiplies the zoom by {@code factor}, keeping the canvas point under the screen point where it is. */
    public void zoomAt(double factor, double screenX, double screenY) {
        double next = clamp(scale * factor);
        double ratio = next / scale;
        set(next, screenX - (screenX - translateX) * ratio, screenY - (screenY - translateY) * ratio);
    }

    /** Zoom 100 %, keeping the centre of the view where it is. */
    public void actualSize(double viewWidth, double viewHeight) {
        zoomAt(1 / scale, viewWidth / 2, viewHeight / 2);
    }

    /** Shows all of {@code box} centred in the view, no closer than 100 %. */
    public void fit(Box box, double viewWidth, double viewHeight) {
        Objects.requireNonNull(box, "box");
        double w = Math.max(1, viewWidth - 2 * FIT_MARGIN);
        double h = Math.max(1, viewHeight - 2 * FIT_MARGIN);
        double next = clamp(Math.min(1, Math.min(w / Math.max(1, box.width()), h / Math.max(1, box.height()))));
        set(next, viewWidth / 2 - box.centreX() * next, viewHeight / 2 - box.centreY() * next);
    }

    /** Puts a canvas point at the centre of the view, keeping the zoom. */
    public void centreOn(Point p, double viewWidth, double viewHeight) {
        set(scale, viewWidth / 2 - p.x() * scale, viewHeight / 2 - p.y() * scale);
    }

    public void set(double scale, double translateX, double translateY) {
        double clamped = clamp(scale);
        if (clamped == this.scale && translateX == this.translateX && translateY == this.translateY) {
            return;
        }
        this.scale = clamped;
        this.translateX = translateX;
        this.translateY = translateY;
        List.copyOf(listeners).forEach(Runnable::run);
    }

    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
