package dev.traverse.canvas.render;

import java.util.Arrays;

/**
 * The screen boxes of the chips drawn in the last frame, in drawing order, so a click finds the chip the user
 * sees. Cleared at the start of each paint. FX thread only.
 */
final class ChipBoxes {

    private String[] ids = new String[32];
    private double[] boxes = new double[32 * 4];
    private int size;

    void clear() {
        Arrays.fill(ids, 0, size, null);
        size = 0;
    }

    void add(String id, double x, double y, double w, double h) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            boxes = Arrays.copyOf(boxes, size * 8);
        }
        ids[size] = id;
        boxes[size * 4] = x;
        boxes[size * 4 + 1] = y;
        boxes[size * 4 + 2] = w;
        boxes[size * 4 + 3] = h;
        size++;
    }

    int size() {
        return size;
    }

    String id(int k) {
        return ids[k];
    }

    /** {x, y, width, height} of the k-th chip drawn. */
    double[] box(int k) {
        return Arrays.copyOfRange(boxes, k * 4, k * 4 + 4);
    }

    /** The id of the topmost chip whose box holds the screen point, or null. */
    String find(double x, double y) {
        for (int k = size - 1; k >= 0; k--) {
            double bx = boxes[k * 4];
            double by = boxes[k * 4 + 1];
            if (x >= bx && y >= by && x <= bx + boxes[k * 4 + 2] && y <= by + boxes[k * 4 + 3]) {
                return ids[k];
            }
        }
        return null;
    }
}
