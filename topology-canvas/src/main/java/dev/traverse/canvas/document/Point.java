package dev.traverse.canvas.document;

/** A point in canvas units: x grows to the right, y downwards. */
public record Point(double x, double y) {

    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a point needs finite x and y");
        }
    }

    public Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
