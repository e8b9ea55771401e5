package dev.traverse.engine.model;

/** Where an element sits on the canvas, in canvas units. */
public record Position(double x, double y) {

    public Position {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("a position needs finite x and y");
        }
    }
}
