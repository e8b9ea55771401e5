package dev.traverse.canvas.render;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Everything the renderer and the hit tests derive from one {@link Diagram}, worked out once when the diagram is
 * first shown and kept while it stays the same object: flat bound arrays, parents as indices, icon glyphs, site
 * summaries, link end points and the spatial indexes. Element indices are diagram order (parents first). A scene
 * for a diagram of the {@link Diagram#sameShape same shape} as the last one takes over everything that depends on
 * the shape alone. When the diagram was made from the last one by replacing some elements (a move, see
 * {@link Diagram#replacedSince}), it also takes over the other elements' bounds, lines and index entries and works
 * out only the replaced ones: a move of one site among 10,000 elements costs about that site and array copies.
 * Otherwise it works out bounds, line ends and indexes afresh.
 * Not thread-safe: the indexes reuse scratch space; FX thread only.
 */
final class DiagramScene {

    final Diagram diagram;
    final int size;
    final DiagramElement[] elements;
    final double[] minX;
    final double[] minY;
    final double[] maxX;
    final double[] maxY;
    final int[] depth;
    /** The parent's index, or -1 for a top-level element. */
    final int[] parent;
    /** The index of the top-level element holding each element (itself for a top-level one). */
    final int[] top;
    final Glyph[] glyph;
    /** For top-level containers, what they hold, one line per kind ("2 clusters", "6 node pools"). */
    final String[][] summary;
    final BoxGrid elementGrid;
    final BoxGrid topGrid;

    /** The median smallest side of leaf elements, and of top-level elements, in canvas units. */
    final double leafReference;
    final double topReference;

    /** The top-level elements' indices, in diagram order. */
    private final int[] tops;
    private final LazyLines links;
    private final LazyLines topLinks;

    DiagramScene(Diagram diagram) {
        this(diagram, null);
    }

    /**
     * @param previous the scene shown before, or null; used only when {@code diagram} has its shape
     */
    DiagramScene(Diagram diagram, DiagramScene previous) {
        this.diagram = diagram;
        List<DiagramElement> list = diagram.elements();
        size = list.size();
        DiagramScene before = previous != null && diagram.sameShape(previous.diagram) ? previous : null;
        int[] moved = before == null ? null : diagram.replacedSince(before.diagram);
        boolean sameSizes = before != null;
        BoxGrid cells = null;
        BoxGrid topCells = null;
        if (moved != null) {
            // only the replaced elements differ from the scene before: take its arrays and update those
            elements = before.elements.clone();
            minX = before.minX.clone();
            minY = before.minY.clone();
            maxX = before.maxX.clone();
            maxY = before.maxY.clone();
            glyph = before.glyph.clone();
            for (int i : moved) {
                sameSizes = take(i, list.get(i), before) && sameSizes;
            }
            cells = before.elementGrid.moved(minX, minY, maxX, maxY, moved);
            topCells = before.topGrid.moved(minX, minY, maxX, maxY, moved);
        } else {
            elements = new DiagramElement[size];
            minX = new double[size];
            minY = new double[size];
            maxX = new double[size];
            maxY = new double[size];
            glyph = new Glyph[size];
            for (int i = 0; i < size; i++) {
                sameSizes = take(i, list.get(i), before) && sameSizes;
            }
        }
        if (before != null) {
            depth = before.depth;
            parent = before.parent;
            top = before.top;
            tops = before.tops;
            summary = before.summary;
            links = before.links.next(moved);
            topLinks = before.topLinks.next(moved);
        } else {
            depth = new int[size];
            parent = new int[size];
            top = new int[size];
            int topCount = 0;
            for (int i = 0; i < size; i++) {
                int p = diagram.parentIndex(i);
                parent[i] = p;
                depth[i] = p < 0 ? 0 : depth[p] + 1;
                top[i] = p < 0 ? i : top[p];
                topCount += p < 0 ? 1 : 0;
            }
            tops = new int[topCount];
            for (int i = 0, t = 0; i < size; i++) {
                if (parent[i] < 0) {
                    tops[t++] = i;
                }
            }
            summary = summaries();
            links = new LazyLines(s -> LinkSet.detailed(s, s.diagram.links()));
            topLinks = new LazyLines(s -> LinkSet.betweenTops(s, s.diagram.links()));
        }
        elementGrid = cells != null ? cells : new BoxGrid(minX, minY, maxX, maxY, null, size);
        topGrid = topCells != null ? topCells : new BoxGrid(minX, minY, maxX, maxY, tops, size);
        leafReference = sameSizes ? before.leafReference : medianSide(false, 60);
        topReference = sameSizes ? before.topReference : medianSide(true, 200);
    }

    /**
     * Enters element {@code i}: its bounds, and its glyph (the one before when its spec is the same).
     *
     * @return true when it has the size it had in {@code before}
     */
    private boolean take(int i, DiagramElement e, DiagramScene before) {
        elements[i] = e;
        Box b = e.bounds();
        minX[i] = b.x();
        minY[i] = b.y();
        maxX[i] = b.maxX();
        maxY[i] = b.maxY();
        boolean sameSpec = before != null && e.spec() == before.elements[i].spec();
        glyph[i] = sameSpec ? before.glyph[i] : Glyph.forStyle(e.kind(), e.spec().style());
        return before != null && width(i) == before.width(i) && height(i) == before.height(i);
    }

    /** Both lists of indexes as one, ascending; null when either is null (any element may have moved). */
    private static int[] union(int[] a, int[] b) {
        if (a == null || b == null) {
            return null;
        }
        return IntStream.concat(Arrays.stream(a), Arrays.stream(b)).distinct().sorted().toArray();
    }

    /** One line per link, for drawing at full detail; built when first asked for. */
    LinkSet links() {
        return links.of(this);
    }

    /** One line per pair of top-level elements with links between them; built when first asked for. */
    LinkSet topLinks() {
        return topLinks.of(this);
    }

    /**
     * A scene's link set, built when first asked for: from the set of an earlier scene of the same shape, moved where
     * its elements moved, or afresh. FX thread only.
     */
    private static final class LazyLines {
        private final Function<DiagramScene, LinkSet> fresh;
        private LinkSet built;
        /** An earlier scene's set whose lines this one takes over; null once taken, or when there is none. */
        private LinkSet before;
        /** The elements moved since {@code before} was placed, ascending; null when any may have (all placed again). */
        private int[] movedSince;

        LazyLines(Function<DiagramScene, LinkSet> fresh) {
            this.fresh = fresh;
        }

        /** The lines of the next scene, in which the elements {@code moved} moved (null: any may have). */
        LazyLines next(int[] moved) {
            LazyLines next = new LazyLines(fresh);
            next.before = built != null ? built : before;
            next.movedSince = built != null ? moved : union(movedSince, moved);
            return next;
        }

        LinkSet of(DiagramScene scene) {
            if (built == null) {
                built = before != null ? before.movedTo(scene, movedSince) : fresh.apply(scene);
                before = null;
                movedSince = null;
            }
            return built;
        }
    }

    /** The element's index, or -1 when the diagram lacks it (or id is null). */
    int indexOf(String id) {
        return diagram.indexOf(id);
    }

    ElementKind kind(int i) {
        return elements[i].kind();
    }

    boolean isLeaf(int i) {
        return !elements[i].kind().isContainer();
    }

    double width(int i) {
        return maxX[i] - minX[i];
    }

    double height(int i) {
        return maxY[i] - minY[i];
    }

    /** True when {@code ancestor} is {@code i} or holds it. */
    boolean within(int i, int ancestor) {
        for (int k = i; k >= 0; k = parent[k]) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    private String[][] summaries() {
        int kinds = ElementKind.values().length;
        int[][] counts = new int[size][];
        for (int i = 0; i < size; i++) {
            if (parent[i] >= 0) {
                int t = top[i];
                if (counts[t] == null) {
                    counts[t] = new int[kinds];
                }
                counts[t][elements[i].kind().ordinal()]++;
            }
        }
        String[][] out = new String[size][];
        for (int i = 0; i < size; i++) {
            out[i] = counts[i] == null ? new String[0] : describe(counts[i]);
        }
        return out;
    }

    private static String[] describe(int[] counts) {
        List<String> lines = new ArrayList<>(4);
        line(lines, counts[ElementKind.CLUSTER.ordinal()], "cluster", "clusters");
        line(lines, counts[ElementKind.NODE_POOL.ordinal()], "node pool", "node pools");
        line(lines, counts[ElementKind.DEVICE_GROUP.ordinal()], "device group", "device groups");
        line(lines, counts[ElementKind.SITE.ordinal()], "site", "sites");
        return lines.toArray(new String[0]);
    }

    private static void line(List<String> lines, int n, String one, String many) {
        if (n > 0) {
            lines.add(n + " " + (n == 1 ? one : many));
        }
    }

    private double medianSide(boolean tops, double fallback) {
        double[] sides = new double[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (tops ? parent[i] < 0 : isLeaf(i)) {
                sides[n++] = Math.min(width(i), height(i));
            }
        }
        if (n == 0) {
            return fallback;
        }
        Arrays.sort(sides, 0, n);
        return Math.max(1, sides[n / 2]);
    }

    /**
     * Straight lines with their end points and a grid over their bounding boxes. Each line stands for one link
     * (detailed) or for every link between two top-level elements (thinned), named by the first of them.
     */
    static final class LinkSet {
        private static final AtomicLong SERIALS = new AtomicLong();
        final int count;
        /** The id each line answers to in hit tests: its link's, or the first of the links it stands for. */
        final String[] id;
        /** The ids of every link each line stands for (one for a detailed line). */
        final String[][] members;
        final DiagramLink[] link;
        final int[] from;
        final int[] to;
        final double[] x1;
        final double[] y1;
        final double[] x2;
        final double[] y2;
        /** Tells line sets apart without holding on to them: see {@link #placedAgainSince}. */
        private final long serial = SERIALS.incrementAndGet();
        /** The serial of the set this one was made from by updating some lines, or 0. */
        private final long baseSerial;
        /** The lines placed again when this set was made from that one, ascending; null when not made so. */
        private final int[] placedAgain;
        /** Each line's bounding box, which the grid indexes. */
        private final double[] bx0;
        private final double[] by0;
        private final double[] bx1;
        private final double[] by1;
        final BoxGrid grid;

        private LinkSet(List<DiagramLink> links, String[][] members, int[] from, int[] to, DiagramScene s) {
            this(links.toArray(new DiagramLink[0]), ids(links), members, from, to, s);
        }

        private LinkSet(DiagramLink[] link, String[] id, String[][] members, int[] from, int[] to, DiagramScene s) {
            count = link.length;
            this.link = link;
            this.id = id;
            this.members = members;
            this.from = from;
            this.to = to;
            x1 = new double[count];
            y1 = new double[count];
            x2 = new double[count];
            y2 = new double[count];
            bx0 = new double[count];
            by0 = new double[count];
            bx1 = new double[count];
            by1 = new double[count];
            double[] out = new double[4];
            for (int k = 0; k < count; k++) {
                place(k, s, out);
            }
            grid = new BoxGrid(bx0, by0, bx1, by1, null, count);
            baseSerial = 0;
            placedAgain = null;
        }

        /** {@code before}'s lines at their ends in {@code s}, worked out again for the lines listed in {@code moved}. */
        private LinkSet(LinkSet before, DiagramScene s, int[] moved) {
            count = before.count;
            link = before.link;
            id = before.id;
            members = before.members;
            from = before.from;
            to = before.to;
            x1 = before.x1.clone();
            y1 = before.y1.clone();
            x2 = before.x2.clone();
            y2 = before.y2.clone();
            bx0 = before.bx0.clone();
            by0 = before.by0.clone();
            bx1 = before.bx1.clone();
            by1 = before.by1.clone();
            double[] out = new double[4];
            for (int k : moved) {
                place(k, s, out);
            }
            grid = before.grid.moved(bx0, by0, bx1, by1, moved);
            baseSerial = before.serial;
            placedAgain = moved;
        }

        /**
         * The lines whose ends may differ from those in {@code earlier}, ascending, when this set was made from it by
         * {@link #movedTo}; null when it was made otherwise (then any line may differ).
         */
        int[] placedAgainSince(LinkSet earlier) {
            return earlier != null && placedAgain != null && earlier.serial == baseSerial ? placedAgain : null;
        }

        /** Works out line {@code k}'s ends and bounding box from its elements' bounds in {@code s}. */
        private void place(int k, DiagramScene s, double[] out) {
            LinkGeometry.ends(s, from[k], to[k], 0, 0, 0, 0, out);
            x1[k] = out[0];
            y1[k] = out[1];
            x2[k] = out[2];
            y2[k] = out[3];
            bx0[k] = Math.min(out[0], out[2]);
            by0[k] = Math.min(out[1], out[3]);
            bx1[k] = Math.max(out[0], out[2]);
            by1[k] = Math.max(out[1], out[3]);
        }

        private static String[] ids(List<DiagramLink> links) {
            String[] out = new String[links.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = links.get(k).id();
            }
            return out;
        }

        /**
         * The same lines between the same elements of {@code s}, a scene of the same shape, at their new ends.
         *
         * @param movedElements the elements whose bounds may have changed since these lines were placed, or null
         *                      when any may have
         */
        LinkSet movedTo(DiagramScene s, int[] movedElements) {
            if (movedElements == null) {
                return new LinkSet(link, id, members, from, to, s);
            }
            boolean[] moved = new boolean[s.size];
            for (int i : movedElements) {
                moved[i] = true;
            }
            IntList lines = new IntList();
            for (int k = 0; k < count; k++) {
                if (moved[from[k]] || moved[to[k]]) {
                    lines.add(k);
                }
            }
            int[] changed = new int[lines.size()];
            for (int k = 0; k < changed.length; k++) {
                changed[k] = lines.get(k);
            }
            return new LinkSet(this, s, changed);
        }

        static LinkSet detailed(DiagramScene s, List<DiagramLink> links) {
            int[] from = new int[links.size()];
            int[] to = new int[links.size()];
            String[][] members = new String[links.size()][];
            for (int k = 0; k < from.length; k++) {
                from[k] = s.indexOf(links.get(k).fromId());
                to[k] = s.indexOf(links.get(k).toId());
                members[k] = new String[] {links.get(k).id()};
            }
            return new LinkSet(links, members, from, to, s);
        }

        static LinkSet betweenTops(DiagramScene s, List<DiagramLink> links) {
            Map<Long, Integer> lineByPair = new HashMap<>();
            List<DiagramLink> kept = new ArrayList<>();
            List<List<String>> ids = new ArrayList<>();
            List<int[]> ends = new ArrayList<>();
            for (DiagramLink l : links) {
                int a = s.top[s.indexOf(l.fromId())];
                int b = s.top[s.indexOf(l.toId())];
                if (a == b) {
                    continue;
                }
                long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
                Integer line = lineByPair.get(key);
                if (line == null) {
                    lineByPair.put(key, kept.size());
                    kept.add(l);
                    ids.add(new ArrayList<>(List.of(l.id())));
                    ends.add(new int[] {a, b});
                } else {
                    ids.get(line).add(l.id());
                }
            }
            int[] from = new int[kept.size()];
            int[] to = new int[kept.size()];
            String[][] members = new String[kept.size()][];
            for (int k = 0; k < from.length; k++) {
                from[k] = ends.get(k)[0];
                to[k] = ends.get(k)[1];
                members[k] = ids.get(k).toArray(new String[0]);
            }
            return new LinkSet(kept, members, from, to, s);
        }
    }
}
