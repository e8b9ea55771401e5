package dev.traverse.canvas.render;

import java.util.Arrays;

/**
 * A uniform bucket grid over axis-aligned boxes, built once and queried many times: each box is listed in every
 * cell it overlaps, except boxes spanning very many cells (sites around thousands of nodes), which sit in a short
 * list checked on every query. Queries return each matching item once, with an exact overlap test. The boxes are
 * the caller's arrays, indexed by item; the grid holds the subset of items it was built from. Not thread-safe:
 * a query reuses a stamp array.
 */
final class BoxGrid {

    /** Boxes overlapping more cells than this go to the large list instead. */
    private static final int LARGE_CELLS = 64;
    private static final int MAX_SIDE = 1024;

    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;
    private final double originX;
    private final double originY;
    private final double cell;
    private final int cols;
    private final int rows;
    private final int[] cellStart;
    private final int[] cellItems;
    private final int[] large;
    /** Which items of the universe the grid holds. */
    private final boolean[] member;
    private final int[] stamp;
    private int epoch;

    /**
     * @param items the item indices to index (all of them when null)
     * @param universe how many items the bound arrays describe
     */
    BoxGrid(double[] minX, double[] minY, double[] maxX, double[] maxY, int[] items, int universe) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        int[] ids = items != null ? items : range(universe);
        this.stamp = new int[universe];
        this.member = new boolean[universe];
        for (int i : ids) {
            member[i] = true;
        }
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i : ids) {
            x0 = Math.min(x0, minX[i]);
            y0 = Math.min(y0, minY[i]);
            x1 = Math.max(x1, maxX[i]);
            y1 = Math.max(y1, maxY[i]);
        }
        if (ids.length == 0) {
            x0 = y0 = 0;
            x1 = y1 = 1;
        }
        double w = Math.max(1e-6, x1 - x0);
        double h = Math.max(1e-6, y1 - y0);
        // About one item per cell on average, within a side limit.
        double size = Math.sqrt(w * h / Math.max(1, ids.length));
        size = Math.max(size, Math.max(w, h) / MAX_SIDE);
        this.cell = Math.max(size, 1e-6);
        this.originX = x0;
        this.originY = y0;
        this.cols = Math.max(1, Math.min(MAX_SIDE, (int) Math.ceil(w / cell) + 1));
        this.rows = Math.max(1, Math.min(MAX_SIDE, (int) Math.ceil(h / cell) + 1));

        int[] counts = new int[cols * rows + 1];
        int largeCount = 0;
        for (int i : ids) {
            int c0 = col(minX[i]);
            int c1 = col(maxX[i]);
            int r0 = row(minY[i]);
            int r1 = row(maxY[i]);
            if (isLarge(c0, c1, r0, r1)) {
                largeCount++;
                continue;
            }
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    counts[r * cols + c + 1]++;
                }
            }
        }
        for (int k = 1; k < counts.length; k++) {
            counts[k] += counts[k - 1];
        }
        this.cellStart = counts.clone();
        this.cellItems = new int[counts[counts.length - 1]];
        this.large = new int[largeCount];
        int[] fill = Arrays.copyOf(counts, counts.length - 1);
        int l = 0;
        for (int i : ids) {
            if (!list(i, fill)) {
                large[l++] = i;
            }
        }
    }

    /**
     * This grid over new bound arrays in which only the items {@code moved} changed (items it does not hold are
     * ignored). The cells keep their size and place; an item beyond them is listed in the edge cells, where queries
     * beyond them look too. Only the moved items are taken out and put in again, so when a few of thousands moved
     * this costs a copy of the cell lists rather than placing every item afresh.
     */
    BoxGrid moved(double[] minX, double[] minY, double[] maxX, double[] maxY, int[] moved) {
        return new BoxGrid(this, minX, minY, maxX, maxY, moved);
    }

    private BoxGrid(BoxGrid old, double[] minX, double[] minY, double[] maxX, double[] maxY, int[] moved) {
        this.minX = minX;
        this.minY = minY;
        this.maxX = maxX;
        this.maxY = maxY;
        this.originX = old.originX;
        this.originY = old.originY;
        this.cell = old.cell;
        this.cols = old.cols;
        this.rows = old.rows;
        this.member = old.member;
        this.stamp = new int[old.stamp.length];
        boolean[] isMoved = new boolean[old.stamp.length];
        int cells = cols * rows;
        int[] counts = new int[cells + 1];
        for (int c = 0; c < cells; c++) {
            counts[c + 1] = old.cellStart[c + 1] - old.cellStart[c];
        }
        int largeCount = old.large.length;
        for (int i : moved) {
            if (!member[i] || isMoved[i]) {
                continue;
            }
            isMoved[i] = true;
            largeCount += old.countCells(counts, old.minX[i], old.minY[i], old.maxX[i], old.maxY[i], -1) ? -1 : 0;
            largeCount += countCells(counts, minX[i], minY[i], maxX[i], maxY[i], 1) ? 1 : 0;
        }
        for (int k = 1; k < counts.length; k++) {
            counts[k] += counts[k - 1];
        }
        this.cellStart = counts;
        this.cellItems = new int[counts[cells]];
        this.large = new int[largeCount];
        int[] fill = Arrays.copyOf(counts, cells);
        for (int c = 0; c < cells; c++) {
            for (int k = old.cellStart[c], end = old.cellStart[c + 1]; k < end; k++) {
                int i = old.cellItems[k];
                if (!isMoved[i]) {
                    cellItems[fill[c]++] = i;
                }
            }
        }
        int l = 0;
        for (int i : old.large) {
            if (!isMoved[i]) {
                large[l++] = i;
            }
        }
        for (int i : moved) {
            if (!isMoved[i]) {
                continue;
            }
            isMoved[i] = false; // a moved index listed twice is put in once
            if (!list(i, fill)) {
                large[l++] = i;
            }
        }
    }

    /**
     * Lists item {@code i} in every cell its box overlaps, each at that cell's next free place in {@code fill}.
     *
     * @return false, listing nothing, when the box is a large one
     */
    private boolean list(int i, int[] fill) {
        int c0 = col(minX[i]);
        int c1 = col(maxX[i]);
        int r0 = row(minY[i]);
        int r1 = row(maxY[i]);
        if (isLarge(c0, c1, r0, r1)) {
            return false;
        }
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                cellItems[fill[r * cols + c]++] = i;
            }
        }
        return true;
    }

    /**
     * Adds {@code delta} to the count of every cell the box overlaps, as this grid's cells lie.
     *
     * @return true when the box is a large one, counted in no cell
     */
    private boolean countCells(int[] counts, double x0, double y0, double x1, double y1, int delta) {
        int c0 = col(x0);
        int c1 = col(x1);
        int r0 = row(y0);
        int r1 = row(y1);
        if (isLarge(c0, c1, r0, r1)) {
            return true;
        }
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                counts[r * cols + c + 1] += delta;
            }
        }
        return false;
    }

    private static boolean isLarge(int c0, int c1, int r0, int r1) {
        return (long) (c1 - c0 + 1) * (r1 - r0 + 1) > LARGE_CELLS;
    }

    /** Appends to {@code out} every indexed item whose box meets the query box (edges touching count). */
    void query(double qx0, double qy0, double qx1, double qy1, IntList out) {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
        for (int i : large) {
            if (meets(i, qx0, qy0, qx1, qy1)) {
                out.add(i);
            }
        }
        int c0 = col(qx0);
        int c1 = col(qx1);
        int r0 = row(qy0);
        int r1 = row(qy1);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cellIndex = r * cols + c;
                for (int k = cellStart[cellIndex], end = cellStart[cellIndex + 1]; k < end; k++) {
                    int i = cellItems[k];
                    if (stamp[i] != epoch) {
                        stamp[i] = epoch;
                        if (meets(i, qx0, qy0, qx1, qy1)) {
                            out.add(i);
                        }
                    }
                }
            }
        }
    }

    private boolean meets(int i, double qx0, double qy0, double qx1, double qy1) {
        return minX[i] <= qx1 && maxX[i] >= qx0 && minY[i] <= qy1 && maxY[i] >= qy0;
    }

    private int col(double x) {
        int c = (int) Math.floor((x - originX) / cell);
        return c < 0 ? 0 : Math.min(cols - 1, c);
    }

    private int row(double y) {
        int r = (int) Math.floor((y - originY) / cell);
        return r < 0 ? 0 : Math.min(rows - 1, r);
    }

    private static int[] range(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }
}
