package dev.traverse.canvas.layout;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Auto-layout in layers, in the manner of Sugiyama: the elements laid out are ranked into layers by tier, each
 * layer's order is improved by barycentres to cut crossings, and the layers are drawn as centred rows with even
 * gaps. A link between descendants counts as a link between the laid-out elements that
 * hold them.
 *
 * <p>Links have no direction, so layers come from the sites' tiers ({@link SiteTier}): cloud regions on top, then
 * data centres, edge PoPs and edge sites, as engineers draw an estate. Peers of one tier share a layer even when
 * linked to each other. Long layers wrap into several rows so the block stays roughly twice as wide as tall.
 *
 * <p>The block keeps the top-left corner of the elements it lays out, moved down past any sibling left out of the
 * layout that it would overlap. Pure; any thread.
 */
public final class LayeredLayout {

    /** Room between layers. */
    public static final double LAYER_GAP = 96;
    /** Room between neighbours in a row, and between the rows of a wrapped layer. */
    public static final double ELEMENT_GAP = 48;
    private static final int SWEEPS = 8;
    private static final double ASPECT = 2.0;

    private LayeredLayout() {
    }

    /** Lays out every top-level element. */
    public static Map<String, Point> layout(Diagram diagram) {
        Objects.requireNonNull(diagram, "diagram");
        List<String> top = diagram.elements().stream().filter(e -> e.parentId() == null).map(DiagramElement::id)
                .toList();
        return layout(diagram, top);
    }

    /**
     * Lays out a selection. Elements selected with an ancestor move with it; the rest are laid out among the
     * selected siblings that share their parent (top-level elements among themselves, clusters of one site among
     * themselves).
     *
     * @return the new top-left of each laid-out element and of its descendants with saved positions
     */
    public static Map<String, Point> layout(Diagram diagram, Collection<String> ids) {
        Objects.requireNonNull(diagram, "diagram");
        Map<String, List<String>> byParent = new LinkedHashMap<>();
        for (String id : Moves.roots(diagram, ids)) {
            String parent = diagram.element(id).orElseThrow().parentId();
            byParent.computeIfAbsent(parent == null ? "" : parent, k -> new ArrayList<>()).add(id);
        }
        Map<String, Point> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> group : byParent.entrySet()) {
            String parent = group.getKey().isEmpty() ? null : group.getKey();
            new Group(diagram, parent, group.getValue()).layout(out);
        }
        return out;
    }

    /** One set of siblings laid out together. */
    private static final class Group {
        private final Diagram diagram;
        private final String parent;
        private final List<DiagramElement> members;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Set<Integer>> adjacent = new ArrayList<>();

        Group(Diagram diagram, String parent, List<String> ids) {
            this.diagram = diagram;
            this.parent = parent;
            this.members = ids.stream().map(id -> diagram.element(id).orElseThrow()).toList();
            for (int i = 0; i < members.size(); i++) {
                index.put(members.get(i).id(), i);
                adjacent.add(new TreeSet<>());
            }
            for (DiagramLink link : diagram.links()) {
                Integer a = memberHolding(link.fromId());
                Integer b = memberHolding(link.toId());
                if (a != null && b != null && !a.equals(b)) {
                    adjacent.get(a).add(b);
                    adjacent.get(b).add(a);
                }
            }
        }

        /** The index of the member that is or holds the element, or null. */
        private Integer memberHolding(String id) {
            String at = id;
            while (at != null) {
                Integer i = index.get(at);
                if (i != null) {
                    return i;
                }
                at = diagram.element(at).map(DiagramElement::parentId).orElse(null);
            }
            return null;
        }

        void layout(Map<String, Point> out) {
            int n = members.size();
            if (n == 0) {
                return;
            }
            List<List<Integer>> layers = order(rank());
            List<List<Integer>> rows = wrap(layers);
            Box before = members.get(0).bounds();
            for (DiagramElement e : members) {
                before = before.union(e.bounds());
            }
            Point[] at = place(rows, layers);
            Box block = null;
            for (int i = 0; i < n; i++) {
                Box b = new Box(at[i].x(), at[i].y(), width(i), height(i));
                block = block == null ? b : block.union(b);
            }
            double dx = before.x() - block.x();
            double dy = before.y() - block.y() + clearance(block.translate(before.x() - block.x(),
                    before.y() - block.y()));
            for (int i = 0; i < n; i++) {
                Moves.put(diagram, out, members.get(i).id(), new Point(at[i].x() + dx, at[i].y() + dy));
            }
        }

        /**
         * One layer per tier present, top tier first: peers of one tier (cloud regions linked to each other, say)
         * sit side by side, and the links between tiers run from one layer to the next.
         */
        private int[] rank() {
            int n = members.size();
            int[] tier = new int[n];
            for (int i = 0; i < n; i++) {
                tier[i] = SiteTier.of(members.get(i).spec());
            }
            return compress(tier);
        }

        /** Barycentre sweeps down and up; each element moves towards the mean place of its neighbours. */
        private List<List<Integer>> order(int[] layer) {
            int layerCount = Arrays.stream(layer).max().orElse(-1) + 1;
            List<List<Integer>> layers = new ArrayList<>();
            for (int l = 0; l < layerCount; l++) {
                layers.add(new ArrayList<>());
            }
            for (int i = 0; i < layer.length; i++) {
                layers.get(layer[i]).add(i);
            }
            double[] place = new double[layer.length];
            layers.forEach(l -> normalise(l, place));
            List<List<Integer>> best = copy(layers);
            long bestCrossings = crossings(layers, layer);
            boolean counted = bestCrossings >= 0;
            for (int sweep = 0; sweep < SWEEPS && bestCrossings != 0; sweep++) {
                boolean down = sweep % 2 == 0;
                for (int k = 1; k < layerCount; k++) {
                    int l = down ? k : layerCount - 1 - k;
                    List<Integer> row = layers.get(l);
                    double[] centre = new double[layer.length];
                    for (int v : row) {
                        centre[v] = barycentre(v, layer, place, down, l);
                    }
                    row.sort(Comparator.comparingDouble(v -> centre[v]));
                    normalise(row, place);
                }
                long c = counted ? crossings(layers, layer) : -1;
                if (c < bestCrossings) {
                    bestCrossings = c;
                    best = copy(layers);
                }
            }
            // Too many links to count crossings cheaply: trust the sweeps.
            return counted ? best : layers;
        }

        private double barycentre(int v, int[] layer, double[] place, boolean fromAbove, int l) {
            double sum = 0;
            int count = 0;
            for (int u : adjacent.get(v)) {
                if (fromAbove ? layer[u] < l : layer[u] > l) {
                    sum += place[u];
                    count++;
                }
            }
            return count == 0 ? place[v] : sum / count;
        }

        /**
         * Pairs of links that cross, counting only links joining the same two layers; -1 when there are too many
         * links to count cheaply.
         */
        private long crossings(List<List<Integer>> layers, int[] layer) {
            double[] place = new double[layer.length];
            layers.forEach(l -> normalise(l, place));
            List<double[]> segments = new ArrayList<>();
            for (int v = 0; v < layer.length; v++) {
                for (int u : adjacent.get(v)) {
                    if (layer[u] > layer[v]) {
                        segments.add(new double[] {layer[v], place[v], layer[u], place[u]});
                    }
                }
            }
            if (segments.size() > 2000) {
                return -1;
            }
            long count = 0;
            for (int a = 0; a < segments.size(); a++) {
                for (int b = a + 1; b < segments.size(); b++) {
                    double[] s = segments.get(a);
                    double[] t = segments.get(b);
                    if (s[0] == t[0] && s[2] == t[2] && (s[1] - t[1]) * (s[3] - t[3]) < 0) {
                        count++;
                    }
                }
            }
            return count;
        }

        /** Splits layers wider than the block's target width into several rows. */
        private List<List<Integer>> wrap(List<List<Integer>> layers) {
            double area = 0;
            double widest = 0;
            for (int i = 0; i < members.size(); i++) {
                area += (width(i) + ELEMENT_GAP) * (height(i) + ELEMENT_GAP);
                widest = Math.max(widest, width(i));
            }
            double limit = Math.max(widest, Math.sqrt(area * ASPECT));
            List<List<Integer>> rows = new ArrayList<>();
            for (List<Integer> layer : layers) {
                List<Integer> row = new ArrayList<>();
                double used = 0;
                for (int v : layer) {
                    if (!row.isEmpty() && used + width(v) > limit) {
                        rows.add(row);
                        row = new ArrayList<>();
                        used = 0;
                    }
                    row.add(v);
                    used += width(v) + ELEMENT_GAP;
                }
                rows.add(row);
            }
            return rows;
        }

        /** Rows centred on one axis, from the top; a larger gap where a new layer starts. */
        private Point[] place(List<List<Integer>> rows, List<List<Integer>> layers) {
            Set<Integer> layerStarts = new HashSet<>();
            for (List<Integer> layer : layers) {
                layerStarts.add(layer.get(0));
            }
            double widestRow = 0;
            for (List<Integer> row : rows) {
                widestRow = Math.max(widestRow, rowWidth(row));
            }
            Point[] at = new Point[members.size()];
            double y = 0;
            boolean first = true;
            for (List<Integer> row : rows) {
                if (!first) {
                    y += layerStarts.contains(row.get(0)) ? LAYER_GAP : ELEMENT_GAP;
                }
                first = false;
                double x = (widestRow - rowWidth(row)) / 2;
                double rowHeight = 0;
                for (int v : row) {
                    at[v] = new Point(x, y);
                    x += width(v) + ELEMENT_GAP;
                    rowHeight = Math.max(rowHeight, height(v));
                }
                y += rowHeight;
            }
            return at;
        }

        /** How far down the block must go to clear the siblings left out of the layout. */
        private double clearance(Box block) {
            List<Box> others = new ArrayList<>();
            for (DiagramElement e : parent == null ? topLevel() : diagram.children(parent)) {
                if (!index.containsKey(e.id())) {
                    others.add(e.bounds());
                }
            }
            double shift = 0;
            boolean moved = true;
            while (moved) {
                moved = false;
                Box at = block.translate(0, shift);
                for (Box other : others) {
                    if (at.x() < other.maxX() && other.x() < at.maxX() && at.y() < other.maxY()
                            && other.y() < at.maxY()) {
                        shift = other.maxY() + ELEMENT_GAP - block.y();
                        moved = true;
                        break;
                    }
                }
            }
            return shift;
        }

        private List<DiagramElement> topLevel() {
            return diagram.elements().stream().filter(e -> e.parentId() == null).toList();
        }

        private double rowWidth(List<Integer> row) {
            double w = -ELEMENT_GAP;
            for (int v : row) {
                w += width(v) + ELEMENT_GAP;
            }
            return Math.max(0, w);
        }

        private double width(int i) {
            return members.get(i).bounds().width();
        }

        private double height(int i) {
            return members.get(i).bounds().height();
        }
    }

    private static void normalise(List<Integer> row, double[] place) {
        for (int p = 0; p < row.size(); p++) {
            place[row.get(p)] = (p + 0.5) / row.size();
        }
    }

    /** Renumbers values densely from 0 keeping their order. */
    private static int[] compress(int[] values) {
        int[] sorted = Arrays.stream(values).distinct().sorted().toArray();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Arrays.binarySearch(sorted, values[i]);
        }
        return out;
    }

    private static List<List<Integer>> copy(List<List<Integer>> layers) {
        List<List<Integer>> out = new ArrayList<>();
        layers.forEach(l -> out.add(new ArrayList<>(l)));
        return out;
    }
}
