package dev.traverse.canvas.layout;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Align and distribute for a selection. Elements line up on the selection's outer edge (left, right, top, bottom)
 * or on the centre of its bounding box; distributing keeps the first and last element and spaces the others so the
 * gaps between neighbours are equal. An element selected with one of its ancestors moves with the ancestor only.
 * The result holds the new top-left of each element that moves and of its descendants with saved positions (see
 * {@link Moves}); elements already in place are left out. Pure; any thread.
 */
public final class Alignment {

    /** What to line the selection up on. */
    public enum Edge {
        LEFT, RIGHT, TOP, BOTTOM, CENTRE_HORIZONTAL, CENTRE_VERTICAL
    }

    /** Which way to space the selection out. */
    public enum Axis {
        HORIZONTAL, VERTICAL
    }

    private Alignment() {
    }

    /**
     * Aligns the selection; with fewer than two elements nothing moves.
     *
     * @param edge {@code CENTRE_HORIZONTAL} lines up the centres on one vertical line (the x of the bounding box's
     *             centre), {@code CENTRE_VERTICAL} on one horizontal line
     */
    public static Map<String, Point> align(Diagram diagram, Collection<String> ids, Edge edge) {
        Objects.requireNonNull(edge, "edge");
        List<String> roots = Moves.roots(diagram, ids);
        Map<String, Point> out = new LinkedHashMap<>();
        if (roots.size() < 2) {
            return out;
        }
        Box all = null;
        for (String id : roots) {
            Box b = bounds(diagram, id);
            all = all == null ? b : all.union(b);
        }
        for (String id : roots) {
            Box b = bounds(diagram, id);
            Point to = switch (edge) {
                case LEFT -> new Point(all.x(), b.y());
                case RIGHT -> new Point(all.maxX() - b.width(), b.y());
                case TOP -> new Point(b.x(), all.y());
                case BOTTOM -> new Point(b.x(), all.maxY() - b.height());
                case CENTRE_HORIZONTAL -> new Point(all.centreX() - b.width() / 2, b.y());
                case CENTRE_VERTICAL -> new Point(b.x(), all.centreY() - b.height() / 2);
            };
            putIfMoved(diagram, out, id, b, to);
        }
        return out;
    }

    /**
     * Spaces the selection out evenly along an axis, ordered by position; with fewer than three elements nothing
     * moves. When the elements are wider (taller) together than the span between the outer two, the gaps are
     * negative and they overlap evenly.
     */
    public static Map<String, Point> distribute(Diagram diagram, Collection<String> ids, Axis axis) {
        Objects.requireNonNull(axis, "axis");
        boolean horizontal = axis == Axis.HORIZONTAL;
        List<String> roots = new ArrayList<>(Moves.roots(diagram, ids));
        Map<String, Point> out = new LinkedHashMap<>();
        if (roots.size() < 3) {
            return out;
        }
        roots.sort(Comparator.comparingDouble(id -> {
            Box b = bounds(diagram, id);
            return horizontal ? b.centreX() : b.centreY();
        }));
        Box first = bounds(diagram, roots.get(0));
        Box last = bounds(diagram, roots.get(roots.size() - 1));
        double start = horizontal ? first.x() : first.y();
        double end = horizontal ? last.maxX() : last.maxY();
        double occupied = 0;
        for (String id : roots) {
            Box b = bounds(diagram, id);
            occupied += horizontal ? b.width() : b.height();
        }
        double gap = (end - start - occupied) / (roots.size() - 1);
        double at = start;
        for (String id : roots) {
            Box b = bounds(diagram, id);
            putIfMoved(diagram, out, id, b, horizontal ? new Point(at, b.y()) : new Point(b.x(), at));
            at += (horizontal ? b.width() : b.height()) + gap;
        }
        return out;
    }

    private static void putIfMoved(Diagram diagram, Map<String, Point> out, String id, Box from, Point to) {
        if (Math.abs(to.x() - from.x()) > 1e-9 || Math.abs(to.y() - from.y()) > 1e-9) {
            Moves.put(diagram, out, id, to);
        }
    }

    private static Box bounds(Diagram diagram, String id) {
        return diagram.element(id).orElseThrow().bounds();
    }
}
