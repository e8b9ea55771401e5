package dev.traverse.app.design;

import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Position;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which layout entries two layouts disagree on, and whether they name the same ids. Layout positions are sorted by
 * id, so one walk through both answers without a lookup per entry; after an edit, unchanged entries are the same
 * objects in both, which the walk tells apart cheaply. Pure; any thread.
 */
final class LayoutDiff {

    private LayoutDiff() {
    }

    /** The ids with an entry in one layout and not the other, or with different positions, in id order. */
    static Set<String> changedIds(Layout before, Layout after) {
        Set<String> changed = new LinkedHashSet<>();
        if (before == after) {
            return changed;
        }
        Iterator<Map.Entry<String, Position>> a = before.positions().entrySet().iterator();
        Iterator<Map.Entry<String, Position>> b = after.positions().entrySet().iterator();
        Map.Entry<String, Position> ea = next(a);
        Map.Entry<String, Position> eb = next(b);
        while (ea != null || eb != null) {
            int order = ea == null ? 1 : eb == null ? -1 : ea.getKey().compareTo(eb.getKey());
            if (order == 0) {
                if (ea.getValue() != eb.getValue() && !ea.getValue().equals(eb.getValue())) {
                    changed.add(eb.getKey());
                }
                ea = next(a);
                eb = next(b);
            } else if (order < 0) {
                changed.add(ea.getKey());
                ea = next(a);
            } else {
                changed.add(eb.getKey());
                eb = next(b);
            }
        }
        return changed;
    }

    /** True when the two layouts have entries for the same ids, wherever they put them. */
    static boolean sameIds(Layout before, Layout after) {
        Map<String, Position> a = before.positions();
        Map<String, Position> b = after.positions();
        if (a == b) {
            return true;
        }
        if (a.size() != b.size()) {
            return false;
        }
        Iterator<String> ia = a.keySet().iterator();
        Iterator<String> ib = b.keySet().iterator();
        while (ia.hasNext()) {
            String x = ia.next();
            String y = ib.next();
            if (x != y && !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    private static <T> T next(Iterator<T> it) {
        return it.hasNext() ? it.next() : null;
    }
}
