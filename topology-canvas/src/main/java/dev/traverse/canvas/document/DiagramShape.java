package dev.traverse.canvas.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a diagram's elements and links are, apart from where they are: ids and kinds in order, who holds whom and
 * the links.
 * A move on the canvas changes bounds only, so the diagram built after it shares its shape with the last one; the
 * indexes below are then built once rather than once per edit (at 10,000 elements that is most of a rebuild).
 * Immutable.
 */
final class DiagramShape {

    static final int[] NONE = new int[0];

    private final String[] ids;
    private final String[] parentIds;
    private final ElementKind[] kinds;
    private final List<DiagramLink> links;
    private final Map<String, Integer> indexById;
    private final Map<String, Integer> linkIndexById;
    private final int[] parent;
    private final int[][] children;
    private final int[] roots;

    /** @throws IllegalArgumentException when an id repeats, a parent is missing or comes later, or a link dangles */
    DiagramShape(List<DiagramElement> elements, List<DiagramLink> links) {
        int n = elements.size();
        ids = new String[n];
        parentIds = new String[n];
        kinds = new ElementKind[n];
        parent = new int[n];
        indexById = new HashMap<>(n * 2);
        int[] childCount = new int[n];
        int rootCount = 0;
        for (int i = 0; i < n; i++) {
            DiagramElement e = elements.get(i);
            ids[i] = e.id();
            parentIds[i] = e.parentId();
            kinds[i] = e.kind();
            if (indexById.putIfAbsent(e.id(), i) != null) {
                throw new IllegalArgumentException("two elements have the id " + e.id());
            }
            if (e.parentId() == null) {
                parent[i] = -1;
                rootCount++;
            } else {
                Integer p = indexById.get(e.parentId());
                if (p == null) {
                    throw new IllegalArgumentException(e.id() + " comes before its parent " + e.parentId());
                }
                parent[i] = p;
                childCount[p]++;
            }
        }
        children = new int[n][];
        roots = new int[rootCount];
        int[] filled = new int[n];
        for (int i = 0, r = 0; i < n; i++) {
            int p = parent[i];
            if (p < 0) {
                roots[r++] = i;
            } else {
                if (children[p] == null) {
                    children[p] = new int[childCount[p]];
                }
                children[p][filled[p]++] = i;
            }
        }
        this.links = links;
        linkIndexById = new HashMap<>(links.size() * 2);
        for (int k = 0; k < links.size(); k++) {
            DiagramLink link = links.get(k);
            if (!indexById.containsKey(link.fromId()) || !indexById.containsKey(link.toId())) {
                throw new IllegalArgumentException("link " + link.id() + " joins an element the diagram lacks");
            }
            if (linkIndexById.putIfAbsent(link.id(), k) != null) {
                throw new IllegalArgumentException("two links have the id " + link.id());
            }
        }
    }

    /**
     * True when {@code elements} have this shape's ids, kinds and parents in this order and {@code links} are its
     * links.
     *
     * @param before the elements this shape was built from: an element taken over unchanged needs no comparing
     */
    boolean fits(List<DiagramElement> elements, List<DiagramElement> before, List<DiagramLink> links) {
        if (elements.size() != ids.length || before.size() != ids.length || !sameLinks(links)) {
            return false;
        }
        for (int i = 0; i < ids.length; i++) {
            DiagramElement e = elements.get(i);
            if (e != before.get(i)
                    && (!same(ids[i], e.id()) || !same(parentIds[i], e.parentId()) || kinds[i] != e.kind())) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code specs} have this shape's ids, kinds and parents in this order. */
    boolean fitsSpecs(List<ElementSpec> specs) {
        if (specs.size() != ids.length) {
            return false;
        }
        for (int i = 0; i < ids.length; i++) {
            ElementSpec s = specs.get(i);
            if (s == null || !same(ids[i], s.id()) || !same(parentIds[i], s.parentId()) || kinds[i] != s.kind()) {
                return false;
            }
        }
        return true;
    }

    private boolean sameLinks(List<DiagramLink> other) {
        if (other == links) {
            return true;
        }
        if (other.size() != links.size()) {
            return false;
        }
        for (int k = 0; k < links.size(); k++) {
            DiagramLink a = links.get(k);
            DiagramLink b = other.get(k);
            if (a != b && !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String a, String b) {
        return a == b || a != null && a.equals(b);
    }

    int size() {
        return ids.length;
    }

    int indexOf(String id) {
        Integer i = id == null ? null : indexById.get(id);
        return i == null ? -1 : i;
    }

    int linkIndexOf(String id) {
        Integer k = id == null ? null : linkIndexById.get(id);
        return k == null ? -1 : k;
    }

    int parent(int i) {
        return parent[i];
    }

    int[] children(int i) {
        int[] kids = children[i];
        return kids == null ? NONE : kids;
    }

    int[] roots() {
        return roots;
    }
}
