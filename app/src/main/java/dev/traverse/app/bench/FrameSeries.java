package dev.traverse.app.bench;

import java.util.Arrays;

/** A growing series of durations in milliseconds, with the order statistics a frame-time report needs. */
final class FrameSeries {

    private double[] values = new double[256];
    private int size;

    void add(double millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    int size() {
        return size;
    }

    /** The value below which {@code fraction} of the series lies (nearest rank); NaN when empty. */
    double percentile(double fraction) {
        if (size == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))];
    }

    double median() {
        return percentile(0.5);
    }

    double max() {
        return size == 0 ? Double.NaN : Arrays.stream(values, 0, size).max().orElseThrow();
    }
}
