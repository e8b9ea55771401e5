package dev.traverse.canvas.layout;

import dev.traverse.canvas.document.Point;
import java.util.Objects;

/** Snap-to-grid: rounds canvas coordinates to the nearest multiple of {@link #GRID}. Pure; any thread. */
public final class Snap {

    /** The grid step in canvas units; arrow keys move by it too. */
    public static final double GRID = 10;

    private Snap() {
    }

    /** The nearest multiple of the grid step. */
    public static double snap(double value) {
        return Math.round(value / GRID) * GRID;
    }

    public static Point snap(Point p) {
        Objects.requireNonNull(p, "p");
        return new Point(snap(p.x()), snap(p.y()));
    }

    /**
     * The offset that takes {@code from} by about {@code delta} and lands it on the grid: dragging a box moves its
     * top-left corner to a grid point, and everything dragged with it by the same offset.
     */
    public static double snapDelta(double from, double delta) {
        return snap(from + delta) - from;
    }
}
