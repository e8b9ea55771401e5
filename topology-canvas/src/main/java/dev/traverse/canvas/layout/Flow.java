package dev.traverse.canvas.layout;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Places boxes left to right in rows of a given width, starting a new row when the next box would pass the width,
 * and stepping over boxes that are already somewhere (obstacles) so nothing placed overlaps them or each other; or,
 * in columns, top to bottom in columns of a given height (the same with the axes swapped). Obstacles are kept in a
 * grid of buckets, so each placement looks only at the obstacles near it. Not thread-safe.
 */
final class Flow {

    private static final double CELL = 256;

    private final boolean columns;
    private final double left;
    private final double rowWidth;
    private final double gap;
    private final Map<Long, List<Box>> cells = new HashMap<>();
    private double x;
    private double y;
    private double rowHeight;
    private double lowestObstacleBottom = Double.POSITIVE_INFINITY;

    /** Rows: see {@link #Flow(double, double, double, double, boolean)}. */
    Flow(double left, double top, double rowWidth, double gap) {
        this(left, top, rowWidth, gap, false);
    }

    /**
     * @param left    where rows (columns) start
     * @param top     where the first row (column) starts
     * @param limit   the width a row (the height a column) may take; a larger box gets a row (column) of its own
     * @param gap     the room kept between placed boxes, and around obstacles
     * @param columns true to fill columns top to bottom instead of rows left to right
     */
    Flow(double left, double top, double limit, double gap, boolean columns) {
        // Columns are rows with the axes swapped: the same code runs on transposed coordinates.
        this.columns = columns;
        this.left = columns ? top : left;
        this.x = this.left;
        this.y = columns ? left : top;
        this.rowWidth = limit;
        this.gap = gap;
    }

    /** Keeps placed boxes at least the gap away from {@code box}. */
    void avoid(Box box) {
        Box grown = (columns ? new Box(box.y(), box.x(), box.height(), box.width()) : box).inflate(gap);
        forCells(grown, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(grown));
    }

    /** The top-left corner for the next box of the given size. */
    Point place(double width, double height) {
        if (columns) {
            Point p = placeInRows(height, width);
            return new Point(p.y(), p.x());
        }
        return placeInRows(width, height);
    }

    private Point placeInRows(double width, double height) {
        while (true) {
            if (x > left && x + width > left + rowWidth) {
                newRow();
            }
            Box candidate = new Box(x, y, width, height);
            Box blocker = firstOverlap(candidate);
            if (blocker == null) {
                x += width + gap;
                rowHeight = Math.max(rowHeight, height);
                return new Point(candidate.x(), candidate.y());
            }
            // Step over the obstacle; remember the lowest bottom in case the whole row is blocked.
            lowestObstacleBottom = Math.min(lowestObstacleBottom, blocker.maxY());
            x = Math.nextUp(blocker.maxX());
        }
    }

    private void newRow() {
        double next = rowHeight > 0 ? y + rowHeight + gap : Math.nextUp(lowestObstacleBottom);
        y = next > y ? next : y + gap;
        x = left;
        rowHeight = 0;
        lowestObstacleBottom = Double.POSITIVE_INFINITY;
    }

    private Box firstOverlap(Box candidate) {
        if (cells.isEmpty()) {
            return null;
        }
        Box[] found = new Box[1];
        forCells(candidate, key -> {
            if (found[0] == null) {
                for (Box b : cells.getOrDefault(key, List.of())) {
                    if (overlaps(b, candidate)) {
                        found[0] = b;
                        return;
                    }
                }
            }
        });
        return found[0];
    }

    /** Strict overlap: boxes that only touch do not overlap. */
    private static boolean overlaps(Box a, Box b) {
        return a.x() < b.maxX() && b.x() < a.maxX() && a.y() < b.maxY() && b.y() < a.maxY();
    }

    private static void forCells(Box box, LongConsumer action) {
        long x0 = (long) Math.floor(box.x() / CELL);
        long x1 = (long) Math.floor(box.maxX() / CELL);
        long y0 = (long) Math.floor(box.y() / CELL);
        long y1 = (long) Math.floor(box.maxY() / CELL);
        for (long cx = x0; cx <= x1; cx++) {
            for (long cy = y0; cy <= y1; cy++) {
                action.accept(cx * 0x1_0000_0000L + (cy & 0xFFFF_FFFFL));
            }
        }
    }
}
