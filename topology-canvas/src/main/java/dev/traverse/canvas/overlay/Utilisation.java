package dev.traverse.canvas.overlay;

/**
 * How full an element is, as fractions from 0 (empty) to 1 (full); NaN where the element has none of a resource
 * (no GPU, say), so that bar is not drawn.
 */
public record Utilisation(double cpu, double memory, double gpu) {

    public static final Utilisation NONE = new Utilisation(Double.NaN, Double.NaN, Double.NaN);
}
