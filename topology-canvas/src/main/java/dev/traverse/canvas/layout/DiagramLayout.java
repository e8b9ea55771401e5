package dev.traverse.canvas.layout;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementKind;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Works out where each element sits and how big it is.
 *
 * <p>Leaves (node pools, device groups) have a fixed size; containers (sites, clusters) have a header and padding and
 * grow to enclose their children. Saved positions are absolute top-left corners and are kept exactly. A container
 * with a saved position keeps its top-left unless a child's saved position lies further up or left; a container
 * without one but with placed children is drawn around them. Children without a saved position flow inside their
 * parent, clusters first, around siblings with saved positions; sites without one go in a grid below the sites that
 * have one. Every pass is linear in the number of elements (siblings' saved boxes are found through a grid index),
 * so 10,000 elements take a few milliseconds. Pure; any thread.
 */
public final class DiagramLayout {

    /** A leaf's size in canvas units: name and detail, two rows of workload chips, then utilisation bars. */
    public static final double LEAF_WIDTH = 168;
    public static final double LEAF_HEIGHT = 84;
    /** Room above a container's children for its name. */
    public static final double HEADER = 36;
    /** Room between a container's border and its children. */
    public static final double PADDING = 16;
    /** Room between siblings placed automatically. */
    public static final double GAP = 16;
    /** Room between sites placed automatically. */
    public static final double SITE_GAP = 48;
    /** The size of a container with no children. */
    public static final double EMPTY_WIDTH = LEAF_WIDTH + 2 * PADDING;
    public static final double EMPTY_HEIGHT = HEADER + LEAF_HEIGHT / 2 + PADDING;
    /** Rows of automatically placed boxes aim at this width-to-height ratio. */
    private static final double ASPECT = 2.0;

    private DiagramLayout() {
    }

    /**
     * @param specs every element, each parent before its children
     * @param links lines between them
     * @throws IllegalArgumentException naming the element when an id repeats or a parent is missing or comes later
     */
    public static Diagram build(List<ElementSpec> specs, List<DiagramLink> links) {
        return build(specs, links, Diagram.EMPTY);
    }

    /**
     * Lays out like {@link #build(List, List)}, taking from {@code previous} the boxes of every top-level element
     * with a saved place whose nested elements are the same, in the same order: such a part's layout depends on its
     * own elements alone, so it comes out the same. A move of one site then lays out that site only.
     *
     * @param previous the diagram built last from nearly the same elements, or {@link Diagram#EMPTY}
     */
    public static Diagram build(List<ElementSpec> specs, List<DiagramLink> links, Diagram previous) {
        Objects.requireNonNull(specs, "specs");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(previous, "previous");
        int n = specs.size();
        boolean sameShape = previous.hasElementsOf(specs);
        Tree tree = sameShape ? Tree.of(previous) : Tree.of(specs);
        Boxes boxes = new Boxes(n);
        DiagramElement[] kept = keptFrom(previous, sameShape, specs, tree, boxes);
        // Children come after their parents, so walking backwards sizes every child before its parent.
        for (int i = n - 1; i >= 0; i--) {
            if (kept[i] != null) {
                continue;
            }
            int[] kids = tree.children[i];
            if (kids.length == 0 && !specs.get(i).kind().isContainer()) {
                sizeLeaf(specs.get(i), i, boxes);
            } else {
                sizeContainer(specs, i, kids, boxes);
            }
        }
        placeFreeSites(tree.roots, boxes);
        List<DiagramElement> out = new ArrayList<>(n);
        int[] depth = new int[n];
        for (int i = 0; i < n; i++) {
            int p = tree.parent[i];
            if (p >= 0) {
                depth[i] = depth[p] + 1;
                if (!boxes.absolute[i]) {
                    boxes.x[i] += boxes.x[p];
                    boxes.y[i] += boxes.y[p];
                }
            }
            out.add(kept[i] != null ? kept[i] : new DiagramElement(specs.get(i), boxes.box(i), depth[i]));
        }
        return new Diagram(out, links, previous);
    }

    /**
     * Lays out {@code specs} as {@link #build(List, List, Diagram)} with {@code previous}'s links would, given that
     * they are {@code previous}'s specs in its order with only the saved positions of the elements at the indexes
     * {@code moved} changed. Only the top-level parts holding those are laid out again; the other elements and the
     * diagram's indexes are taken over without the checks of a general build, which each pass over every element:
     * a move of one site among thousands then costs about that site. A moved part whose top-level element has no
     * saved place, or any such element in the diagram, is laid out by a full build instead, as the elements
     * without a place are placed below those with one.
     *
     * @param moved indexes of the elements whose saved position changed
     * @throws IllegalArgumentException when the spec at a moved index is not for the element there
     */
    public static Diagram moved(List<ElementSpec> specs, Diagram previous, int[] moved) {
        Objects.requireNonNull(specs, "specs");
        Objects.requireNonNull(previous, "previous");
        int n = previous.size();
        if (specs.size() != n) {
            throw new IllegalArgumentException(specs.size() + " specs for a diagram of " + n + " elements");
        }
        List<DiagramElement> before = previous.elements();
        Set<Integer> parts = new LinkedHashSet<>();
        for (int i : moved) {
            ElementSpec now = specs.get(i);
            DiagramElement then = before.get(i);
            if (!now.id().equals(then.id()) || now.kind() != then.kind()
                    || !Objects.equals(now.parentId(), then.parentId())) {
                throw new IllegalArgumentException("spec " + i + " is for " + now.id() + ", not " + then.id());
            }
            int top = i;
            while (previous.parentIndex(top) >= 0) {
                top = previous.parentIndex(top);
            }
            parts.add(top);
        }
        if (parts.isEmpty()) {
            return previous;
        }
        if (anyFreeTopLevel(specs, previous, parts)) {
            return build(specs, previous.links(), previous);
        }
        Boxes boxes = new Boxes(n);
        Map<Integer, DiagramElement> replaced = new HashMap<>();
        List<Integer> part = new ArrayList<>();
        for (int top : parts) {
            part.clear();
            collect(top, previous, part);
            // the part in reverse order sizes every child before its parent
            for (int k = part.size() - 1; k >= 0; k--) {
                int i = part.get(k);
                int[] kids = childIndexes(previous, i);
                if (kids.length == 0 && !specs.get(i).kind().isContainer()) {
                    sizeLeaf(specs.get(i), i, boxes);
                } else {
                    sizeContainer(specs, i, kids, boxes);
                }
            }
            for (int i : part) {
                int p = previous.parentIndex(i);
                if (p >= 0 && !boxes.absolute[i]) {
                    boxes.x[i] += boxes.x[p];
                    boxes.y[i] += boxes.y[p];
                }
                replaced.put(i, new DiagramElement(specs.get(i), boxes.box(i), before.get(i).depth()));
            }
        }
        return previous.withReplaced(replaced);
    }

    /**
     * True when a moved part's top-level element has no saved place, or the diagram has such an element: where
     * those go depends on the placed ones.
     */
    private static boolean anyFreeTopLevel(List<ElementSpec> specs, Diagram previous, Set<Integer> parts) {
        for (int top : parts) {
            if (specs.get(top).position() == null) {
                return true;
            }
        }
        for (int i = 0; i < specs.size(); i++) {
            if (previous.parentIndex(i) < 0 && specs.get(i).position() == null) {
                return true;
            }
        }
        return false;
    }

    /** {@code i} and everything nested in it in {@code diagram}, parents first, children in element order. */
    private static void collect(int i, Diagram diagram, List<Integer> out) {
        out.add(i);
        for (int k = 0; k < diagram.childCount(i); k++) {
            collect(diagram.childIndex(i, k), diagram, out);
        }
    }

    private static int[] childIndexes(Diagram diagram, int i) {
        int[] kids = new int[diagram.childCount(i)];
        for (int k = 0; k < kids.length; k++) {
            kids[k] = diagram.childIndex(i, k);
        }
        return kids;
    }

    /** Who holds whom, by element index. */
    private record Tree(int[] parent, int[][] children, int[] roots) {

        private static final int[] NONE = new int[0];

        /** @throws IllegalArgumentException naming the element when an id repeats or a parent is missing or later */
        static Tree of(List<ElementSpec> specs) {
            int n = specs.size();
            Map<String, Integer> index = new HashMap<>(n * 2);
            int[] parent = new int[n];
            List<List<Integer>> kids = new ArrayList<>(n);
            List<Integer> roots = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ElementSpec s = Objects.requireNonNull(specs.get(i), "specs[" + i + "]");
                if (index.putIfAbsent(s.id(), i) != null) {
                    throw new IllegalArgumentException("two elements have the id " + s.id());
                }
                kids.add(null);
                if (s.parentId() == null) {
                    parent[i] = -1;
                    roots.add(i);
                } else {
                    Integer p = index.get(s.parentId());
                    if (p == null) {
                        throw new IllegalArgumentException(s.id() + " comes before its parent " + s.parentId()
                                + ", or the parent is missing");
                    }
                    parent[i] = p;
                    if (kids.get(p) == null) {
                        kids.set(p, new ArrayList<>());
                    }
                    kids.get(p).add(i);
                }
            }
            int[][] children = new int[n][];
            for (int i = 0; i < n; i++) {
                List<Integer> list = kids.get(i);
                children[i] = list == null ? NONE : list.stream().mapToInt(Integer::intValue).toArray();
            }
            return new Tree(parent, children, roots.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The tree of a diagram's elements: the same as that of specs it {@link Diagram#hasElementsOf has}. */
        static Tree of(Diagram diagram) {
            int n = diagram.size();
            int[] parent = new int[n];
            int[][] children = new int[n][];
            int rootCount = 0;
            for (int i = 0; i < n; i++) {
                parent[i] = diagram.parentIndex(i);
                rootCount += parent[i] < 0 ? 1 : 0;
                int count = diagram.childCount(i);
                children[i] = count == 0 ? NONE : new int[count];
                for (int k = 0; k < count; k++) {
                    children[i][k] = diagram.childIndex(i, k);
                }
            }
            int[] roots = new int[rootCount];
            for (int i = 0, r = 0; i < n; i++) {
                if (parent[i] < 0) {
                    roots[r++] = i;
                }
            }
            return new Tree(parent, children, roots);
        }
    }

    /**
     * The elements of {@code previous} to keep, by index (null where the element is laid out afresh), with their
     * boxes entered in {@code boxes}: whole parts under a top-level element with a saved place whose elements equal
     * those of the same part in {@code previous}, in the same order. Everything in such a part is placed absolutely.
     *
     * @param sameShape true when {@code specs} have the elements of {@code previous} in its order
     */
    private static DiagramElement[] keptFrom(Diagram previous, boolean sameShape, List<ElementSpec> specs, Tree tree,
                                             Boxes boxes) {
        DiagramElement[] kept = new DiagramElement[specs.size()];
        if (previous.size() == 0) {
            return kept;
        }
        if (sameShape) {
            keptInPlace(previous, specs, tree, boxes, kept);
            return kept;
        }
        List<Integer> part = new ArrayList<>();
        List<DiagramElement> before = new ArrayList<>();
        for (int root : tree.roots) {
            if (specs.get(root).position() == null) {
                continue; // placed among the other free top-level elements: depends on them
            }
            part.clear();
            collect(root, tree.children, part);
            before.clear();
            before.addAll(previous.subtree(specs.get(root).id()));
            if (!sameElements(part, specs, before)) {
                continue;
            }
            for (int k = 0; k < part.size(); k++) {
                int i = part.get(k);
                DiagramElement e = before.get(k);
                kept[i] = e;
                boxes.setAbsolute(i, e.bounds().x(), e.bounds().y());
                boxes.w[i] = e.bounds().width();
                boxes.h[i] = e.bounds().height();
            }
        }
        return kept;
    }

    /**
     * {@link #keptFrom} for specs with the elements of {@code previous} in its order, where element {@code i} is
     * element {@code i} of both: a top-level part is kept when each of its specs is the one laid out before. Two
     * passes over the elements, as a move of one site among thousands keeps all the others.
     */
    private static void keptInPlace(Diagram previous, List<ElementSpec> specs, Tree tree, Boxes boxes,
                                    DiagramElement[] kept) {
        int n = specs.size();
        List<DiagramElement> before = previous.elements();
        int[] top = new int[n];
        boolean[] changed = new boolean[n];
        for (int i = 0; i < n; i++) {
            int p = tree.parent[i];
            top[i] = p < 0 ? i : top[p];
            ElementSpec now = specs.get(i);
            ElementSpec then = before.get(i).spec();
            if (now != then && !now.equals(then)) {
                changed[top[i]] = true;
            }
        }
        for (int i = 0; i < n; i++) {
            int root = top[i];
            if (changed[root] || specs.get(root).position() == null) {
                continue; // laid out afresh, or placed among the other free top-level elements
            }
            DiagramElement e = before.get(i);
            Box b = e.bounds();
            kept[i] = e;
            boxes.setAbsolute(i, b.x(), b.y());
            boxes.w[i] = b.width();
            boxes.h[i] = b.height();
        }
    }

    /** {@code i} and everything nested in it, parents first, children in element order. */
    private static void collect(int i, int[][] children, List<Integer> out) {
        out.add(i);
        for (int k : children[i]) {
            collect(k, children, out);
        }
    }

    private static boolean sameElements(List<Integer> part, List<ElementSpec> specs, List<DiagramElement> before) {
        if (before.size() != part.size()) {
            return false;
        }
        for (int k = 0; k < part.size(); k++) {
            ElementSpec now = specs.get(part.get(k));
            ElementSpec then = before.get(k).spec();
            if (now != then && !now.equals(then)) {
                return false;
            }
        }
        return true;
    }

    private static void sizeLeaf(ElementSpec spec, int i, Boxes boxes) {
        boxes.w[i] = LEAF_WIDTH;
        boxes.h[i] = LEAF_HEIGHT;
        if (spec.position() != null) {
            boxes.setAbsolute(i, spec.position().x(), spec.position().y());
        }
    }

    /**
     * Sizes a container whose children are sized. Children with a fixed place (saved, or drawn around saved
     * descendants) are kept; the others flow around them. The container is fixed when it or any child is.
     */
    private static void sizeContainer(List<ElementSpec> specs, int i, int[] kids, Boxes boxes) {
        ElementSpec spec = specs.get(i);
        List<Integer> fixed = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int k : kids) {
            (boxes.absolute[k] ? fixed : free).add(k);
        }
        double originX;
        double originY;
        boolean absolute;
        if (spec.position() != null) {
            originX = spec.position().x();
            originY = spec.position().y();
            absolute = true;
        } else if (!fixed.isEmpty()) {
            originX = Double.POSITIVE_INFINITY;
            originY = Double.POSITIVE_INFINITY;
            for (int k : fixed) {
                originX = Math.min(originX, boxes.x[k] - PADDING);
                originY = Math.min(originY, boxes.y[k] - HEADER);
            }
            absolute = true;
        } else {
            originX = 0;
            originY = 0;
            absolute = false;
        }
        free.sort(Comparator.comparingInt(k -> flowRank(specs.get(k).kind())));
        Arrangement best = Arrangement.choose(free, boxes);
        Flow flow = new Flow(originX + PADDING, originY + HEADER, best.limit(), GAP, best.columns());
        for (int k : fixed) {
            flow.avoid(boxes.box(k));
        }
        double minX = originX;
        double minY = originY;
        double maxX = originX + EMPTY_WIDTH;
        double maxY = originY + EMPTY_HEIGHT;
        for (int k : free) {
            Point at = flow.place(boxes.w[k], boxes.h[k]);
            // Inside a fixed container the child's place is final; inside a free one it is relative to the origin.
            boxes.x[k] = at.x();
            boxes.y[k] = at.y();
            boxes.absolute[k] = absolute;
            maxX = Math.max(maxX, at.x() + boxes.w[k] + PADDING);
            maxY = Math.max(maxY, at.y() + boxes.h[k] + PADDING);
        }
        for (int k : fixed) {
            minX = Math.min(minX, boxes.x[k] - PADDING);
            minY = Math.min(minY, boxes.y[k] - HEADER);
            maxX = Math.max(maxX, boxes.x[k] + boxes.w[k] + PADDING);
            maxY = Math.max(maxY, boxes.y[k] + boxes.h[k] + PADDING);
        }
        boxes.x[i] = minX;
        boxes.y[i] = minY;
        boxes.w[i] = maxX - minX;
        boxes.h[i] = maxY - minY;
        boxes.absolute[i] = absolute;
    }

    /** Places top-level elements without a place in a grid below those that have one. */
    private static void placeFreeSites(int[] roots, Boxes boxes) {
        double left = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        List<Integer> free = new ArrayList<>();
        for (int r : roots) {
            if (boxes.absolute[r]) {
                left = Math.min(left, boxes.x[r]);
                right = Math.max(right, boxes.x[r] + boxes.w[r]);
                bottom = Math.max(bottom, boxes.y[r] + boxes.h[r]);
            } else {
                free.add(r);
            }
        }
        if (free.isEmpty()) {
            return;
        }
        boolean anyFixed = left != Double.POSITIVE_INFINITY;
        double startX = anyFixed ? left : 0;
        double startY = anyFixed ? bottom + SITE_GAP : 0;
        double width = Math.max(rowWidth(free, boxes), anyFixed ? right - left : 0);
        Flow flow = new Flow(startX, startY, width, SITE_GAP);
        for (int r : free) {
            Point at = flow.place(boxes.w[r], boxes.h[r]);
            boxes.setAbsolute(r, at.x(), at.y());
        }
    }

    /** Clusters first, then node pools, then device groups. */
    private static int flowRank(ElementKind kind) {
        return switch (kind) {
            case CLUSTER -> 0;
            case SITE -> 1;
            case NODE_POOL -> 2;
            case DEVICE_GROUP -> 3;
        };
    }

    /** A row width that makes the flowed boxes roughly {@link #ASPECT} times wider than tall. */
    private static double rowWidth(List<Integer> items, Boxes boxes) {
        double area = 0;
        double widest = 0;
        for (int k : items) {
            area += (boxes.w[k] + GAP) * (boxes.h[k] + GAP);
            widest = Math.max(widest, boxes.w[k]);
        }
        return Math.max(widest, Math.sqrt(area * ASPECT));
    }

    /**
     * How to flow a container's children: in rows of some width or columns of some height. Tries a few of each on
     * the children alone and keeps the one whose container is smallest and nearest to {@link #ASPECT}, so a
     * cluster with two device groups beside it comes out as one block, not a tall stack.
     */
    private record Arrangement(boolean columns, double limit) {

        private static final int PREFIXES = 8;
        private static final double[] SPREAD = {0.5, 0.7, 1, 1.4, 2};

        static Arrangement choose(List<Integer> items, Boxes boxes) {
            if (items.size() < 2) {
                return new Arrangement(false, Double.MAX_VALUE);
            }
            double area = 0;
            double widest = 0;
            double tallest = 0;
            for (int k : items) {
                area += (boxes.w[k] + GAP) * (boxes.h[k] + GAP);
                widest = Math.max(widest, boxes.w[k]);
                tallest = Math.max(tallest, boxes.h[k]);
            }
            List<Arrangement> candidates = new ArrayList<>();
            double rowSum = -GAP;
            double columnSum = -GAP;
            for (int i = 0; i < Math.min(PREFIXES, items.size()); i++) {
                int k = items.get(i);
                rowSum += boxes.w[k] + GAP;
                columnSum += boxes.h[k] + GAP;
                candidates.add(new Arrangement(false, Math.max(widest, rowSum)));
                candidates.add(new Arrangement(true, Math.max(tallest, columnSum)));
            }
            for (double f : SPREAD) {
                candidates.add(new Arrangement(false, Math.max(widest, Math.sqrt(area * ASPECT) * f)));
                candidates.add(new Arrangement(true, Math.max(tallest, Math.sqrt(area / ASPECT) * f)));
            }
            Arrangement best = null;
            double bestScore = Double.POSITIVE_INFINITY;
            for (Arrangement a : candidates) {
                double score = a.score(items, boxes);
                if (score < bestScore) {
                    bestScore = score;
                    best = a;
                }
            }
            return best;
        }

        /** The container's area, weighed up the further its shape is from the wanted aspect. */
        private double score(List<Integer> items, Boxes boxes) {
            Flow trial = new Flow(0, 0, limit, GAP, columns);
            double right = 0;
            double bottom = 0;
            for (int k : items) {
                Point at = trial.place(boxes.w[k], boxes.h[k]);
                right = Math.max(right, at.x() + boxes.w[k]);
                bottom = Math.max(bottom, at.y() + boxes.h[k]);
            }
            double w = right + 2 * PADDING;
            double h = bottom + HEADER + PADDING;
            double ratio = w / h / ASPECT;
            return w * h * Math.max(ratio, 1 / ratio);
        }
    }

    /** Positions and sizes by element index; {@code absolute} is false while a place is relative to the parent. */
    private static final class Boxes {
        final double[] x;
        final double[] y;
        final double[] w;
        final double[] h;
        final boolean[] absolute;

        Boxes(int n) {
            x = new double[n];
            y = new double[n];
            w = new double[n];
            h = new double[n];
            absolute = new boolean[n];
        }

        void setAbsolute(int i, double px, double py) {
            x[i] = px;
            y[i] = py;
            absolute[i] = true;
        }

        Box box(int i) {
            return new Box(x[i], y[i], w[i], h[i]);
        }
    }
}
