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

/**
 * Everything the renderer and the hit tests derive from one {@link Diagram}, worked out once when the diagram is
 * first shown and kept while it stays the same object: flat bound arrays, parents as indices, icon glyphs, site
 * summaries, link end points and the spatial indexes. Element indices are diagram order (parents first). A scene
 * for a diagram of the {@link Diagram#sameShape same shape} as the last one (after a move) takes over everything
 * that depends on the shape alone and works out bounds, link ends and indexes afresh.
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
    private LinkSet links;
    private LinkSet topLinks;
    /** The link sets of the scene this one was derived from, whose lines it takes over; null once taken or none. */
    private LinkSet linksBefore;
    private LinkSet topLinksBefore;

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
        elements = list.toArray(new DiagramElement[0]);
        minX = new double[size];
        minY = new double[size];
        maxX = new double[size];
        maxY = new double[size];
        glyph = new Glyph[size];
        DiagramScene before = previous != null && diagram.sameShape(previous.diagram) ? previous : null;
        boolean sameSizes = before != null;
        for (int i = 0; i < size; i++) {
            DiagramElement e = elements[i];
            Box b = e.bounds();
            minX[i] = b.x();
            minY[i] = b.y();
            maxX[i] = b.maxX();
            maxY[i] = b.maxY();
            if (before != null && e.spec() == before.elements[i].spec()) {
                glyph[i] = before.glyph[i];
            } else {
                glyph[i] = Glyph.forStyle(e.kind(), e.spec().style());
            }
            sameSizes = sameSizes && width(i) == before.width(i) && height(i) == before.height(i);
        }
        if (before != null) {
            depth = before.depth;
            parent = before.parent;
            top = before.top;
            tops = before.tops;
            summary = before.summary;
            linksBefore = before.links != null ? before.links : before.linksBefore;
            topLinksBefore = before.topLinks != null ? before.topLinks : before.topLinksBefore;
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
        }
        elementGrid = new BoxGrid(minX, minY, maxX, maxY, null, size);
        topGrid = new BoxGrid(minX, minY, maxX, maxY, tops, size);
        leafReference = sameSizes ? before.leafReference : medianSide(false, 60);
        topReference = sameSizes ? before.topReference : medianSide(true, 200);
    }

    /** One line per link, for drawing at full detail; built when first asked for. */
    LinkSet links() {
        if (links == null) {
            links = linksBefore != null ? linksBefore.movedTo(this) : LinkSet.detailed(this, diagram.links());
            linksBefore = null;
        }
        return links;
    }

    /** One line per pair of top-level elements with links between them; built when first asked for. */
    LinkSet topLinks() {
        if (topLinks == null) {
            topLinks = topLinksBefore != null ? topLinksBefore.movedTo(this)
                    : LinkSet.betweenTops(this, diagram.links());
            topLinksBefore = null;
        }
        return topLinks;
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
            double[] bx0 = new double[count];
            double[] by0 = new double[count];
            double[] bx1 = new double[count];
            double[] by1 = new double[count];
            double[] out = new double[4];
            for (int k = 0; k < count; k++) {
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
            grid = new BoxGrid(bx0, by0, bx1, by1, null, count);
        }

        private static String[] ids(List<DiagramLink> links) {
            String[] out = new String[links.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = links.get(k).id();
            }
            return out;
        }

        /** The same lines between the same elements of {@code s}, a scene of the same shape, at their new ends. */
        LinkSet movedTo(DiagramScene s) {
            return new LinkSet(link, id, members, from, to, s);
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
