package dev.traverse.canvas.layout;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Turns "move these elements" into the positions to save: the new top-left of each moved element and of every
 * element nested in one that has a saved position, so containment holds. An element moved together with one of its
 * ancestors moves once, with the ancestor. Ancestors of a moved element that have no saved position get their
 * current top-left saved too: a container without a position is drawn around its children with positions, so
 * without this a cluster dragged inside an automatically placed site would drag the site along. Pure; any thread.
 */
public final class Moves {

    private Moves() {
    }

    /**
     * The ids among {@code ids} that are elements of the diagram and have no ancestor among them, in diagram order.
     * Links and unknown ids are dropped.
     */
    public static List<String> roots(Diagram diagram, Collection<String> ids) {
        Objects.requireNonNull(diagram, "diagram");
        Set<String> wanted = new LinkedHashSet<>(ids);
        List<String> out = new ArrayList<>();
        for (DiagramElement e : diagram.elements()) {
            if (wanted.contains(e.id()) && !hasAncestorIn(diagram, e, wanted)) {
                out.add(e.id());
            }
        }
        return out;
    }

    /** Every element of {@code ids} (see {@link #roots}) shifted by the same offset. */
    public static Map<String, Point> by(Diagram diagram, Collection<String> ids, double dx, double dy) {
        Map<String, Point> out = new LinkedHashMap<>();
        for (String id : roots(diagram, ids)) {
            Box b = diagram.element(id).orElseThrow().bounds();
            put(diagram, out, id, new Point(b.x() + dx, b.y() + dy));
        }
        return out;
    }

    /**
     * Adds the new top-left of {@code id} and of its descendants with saved positions (shifted by the same amount)
     * to {@code out}, and the current top-left of its ancestors without a saved position (unless already there).
     */
    public static void put(Diagram diagram, Map<String, Point> out, String id, Point topLeft) {
        DiagramElement root = diagram.element(id)
                .orElseThrow(() -> new IllegalArgumentException("no element " + id + " in the diagram"));
        double dx = topLeft.x() - root.bounds().x();
        double dy = topLeft.y() - root.bounds().y();
        out.put(id, topLeft);
        for (DiagramElement d : diagram.subtree(id)) {
            if (d != root && d.hasSavedPosition()) {
                out.put(d.id(), new Point(d.bounds().x() + dx, d.bounds().y() + dy));
            }
        }
        String up = root.parentId();
        while (up != null) {
            DiagramElement ancestor = diagram.element(up).orElseThrow();
            if (!ancestor.hasSavedPosition()) {
                out.putIfAbsent(up, new Point(ancestor.bounds().x(), ancestor.bounds().y()));
            }
            up = ancestor.parentId();
        }
    }

    private static boolean hasAncestorIn(Diagram diagram, DiagramElement e, Set<String> ids) {
        String p = e.parentId();
        while (p != null) {
            if (ids.contains(p)) {
                return true;
            }
            p = diagram.element(p).map(DiagramElement::parentId).orElse(null);
        }
        return false;
    }
}
