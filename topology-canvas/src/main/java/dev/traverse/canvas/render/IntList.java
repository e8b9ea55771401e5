package dev.traverse.canvas.render;

import java.util.Arrays;

/** A growable list of ints reused from frame to frame, so culling allocates nothing once warmed up. */
final class IntList {

    private int[] values = new int[64];
    private int size;

    void clear() {
        size = 0;
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int get(int index) {
        return values[index];
    }

    int size() {
        return size;
    }

    /** Sorts ascending: diagram order, parents before children. */
    void sort() {
        Arrays.sort(values, 0, size);
    }
}
