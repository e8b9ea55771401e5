package dev.traverse.canvas.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the canvas shows: elements with their bounds, parents before children, and the links between them.
 * Immutable; the application builds a new one after every edit (see {@code dev.traverse.canvas.layout}).
 */
public final class Diagram {

    private static final AtomicLong SERIALS = new AtomicLong();
    public static final Diagram EMPTY = new Diagram(List.of(), List.of());

    private final List<DiagramElement> elements;
    private final List<DiagramLink> links;
    private final DiagramShape shape;
    /** The extent's edges as the elements' own coordinates give them, so a replaced element's box compares exactly. */
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final Box extent;
    /** Tells diagrams apart without holding on to them: see {@link #replacedSince}. */
    private final long serial = SERIALS.incrementAndGet();
    /** The serial of the diagram this one was made from by {@link #withReplaced}, or 0. */
    private final long baseSerial;
    /** The indexes {@link #withReplaced} replaced, ascending; null when not made so. */
    private final int[] replaced;

    /**
     * @param elements every element, each parent before its children
     * @param links    lines between elements of this diagram
     * @throws IllegalArgumentException when an id repeats, a parent is missing or comes later, or a link dangles
     */
    public Diagram(List<DiagramElement> elements, List<DiagramLink> links) {
        this(elements, links, null);
    }

    /**
     * Like {@link #Diagram(List, List)}, sharing the indexes of {@code previous} when the elements have its ids and
     * parents in its order and the links are its links (as after a move, which changes bounds only).
     *
     * @param previous a diagram built before, or null
     */
    public Diagram(List<DiagramElement> elements, List<DiagramLink> links, Diagram previous) {
        this.elements = List.copyOf(elements);
        this.links = List.copyOf(links);
        boolean sameShape = previous != null && previous.shape.fits(this.elements, previous.elements, this.links);
        this.shape = sameShape ? previous.shape : new DiagramShape(this.elements, this.links);
        double[] edges = edgesOf(this.elements);
        this.minX = edges[0];
        this.minY = edges[1];
        this.maxX = edges[2];
        this.maxY = edges[3];
        this.extent = extentOf(edges);
        this.baseSerial = 0;
        this.replaced = null;
    }

    /**
     * The same shape as {@code base} with the elements at {@code replaced} changed; {@code edges} null when the
     * extent is base's.
     */
    private Diagram(List<DiagramElement> elements, Diagram base, int[] replaced, double[] edges) {
        this.elements = elements;
        this.links = base.links;
        this.shape = base.shape;
        this.minX = edges == null ? base.minX : edges[0];
        this.minY = edges == null ? base.minY : edges[1];
        this.maxX = edges == null ? base.maxX : edges[2];
        this.maxY = edges == null ? base.maxY : edges[3];
        this.extent = edges == null ? base.extent : extentOf(edges);
        this.baseSerial = base.serial;
        this.replaced = replaced;
    }

    /**
     * This diagram with some elements replaced by others of the same id, kind and parent, as after a move or a
     * resize. The result shares this diagram's indexes and links, so its cost is a copy of the element list and
     * the replaced elements; the extent is computed again only when a replaced box touched its edge or leaves it.
     *
     * @param replacements element index to the element that takes its place
     * @throws IllegalArgumentException when a replacement has another id, kind or parent than the element there
     */
    public Diagram withReplaced(Map<Integer, DiagramElement> replacements) {
        DiagramElement[] now = elements.toArray(new DiagramElement[0]);
        boolean sameExtent = true;
        for (Map.Entry<Integer, DiagramElement> entry : replacements.entrySet()) {
            int i = Objects.checkIndex(entry.getKey(), now.length);
            DiagramElement before = now[i];
            DiagramElement after = Objects.requireNonNull(entry.getValue(), "replacement");
            if (!after.id().equals(before.id()) || after.kind() != before.kind()
                    || !Objects.equals(after.parentId(), before.parentId())) {
                throw new IllegalArgumentException("element " + i + " is " + before.id() + ", not " + after.id()
                        + " (or its kind or parent differ)");
            }
            now[i] = after;
            sameExtent = sameExtent && !touchesEdge(before.bounds()) && within(after.bounds());
        }
        List<DiagramElement> list = List.of(now);
        int[] indexes = replacements.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        return new Diagram(list, this, indexes, sameExtent ? null : edgesOf(list));
    }

    /**
     * The indexes of the elements that differ from {@code earlier}'s when this diagram was made from it by
     * {@link #withReplaced}, ascending: what a view of {@code earlier} must update to show this one. Null when this
     * diagram was made otherwise (then any element may differ).
     */
    public int[] replacedSince(Diagram earlier) {
        return earlier != null && replaced != null && earlier.serial == baseSerial ? replaced.clone() : null;
    }

    private boolean touchesEdge(Box b) {
        return b.x() <= minX || b.y() <= minY || b.maxX() >= maxX || b.maxY() >= maxY;
    }

    private boolean within(Box b) {
        return b.x() >= minX && b.y() >= minY && b.maxX() <= maxX && b.maxY() <= maxY;
    }

    /** min x, min y, max x, max y over the elements' boxes; all 0 when there are none. */
    private static double[] edgesOf(List<DiagramElement> elements) {
        if (elements.isEmpty()) {
            return new double[4];
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (DiagramElement e : elements) {
            Box b = e.bounds();
            minX = Math.min(minX, b.x());
            minY = Math.min(minY, b.y());
            maxX = Math.max(maxX, b.maxX());
            maxY = Math.max(maxY, b.maxY());
        }
        return new double[] {minX, minY, maxX, maxY};
    }

    private static Box extentOf(double[] edges) {
        return new Box(edges[0], edges[1], edges[2] - edges[0], edges[3] - edges[1]);
    }

    /** Every element, each parent before its children: the order to draw them in. */
    public List<DiagramElement> elements() {
        return elements;
    }

    public List<DiagramLink> links() {
        return links;
    }

    public Optional<DiagramElement> element(String id) {
        int i = shape.indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(elements.get(i));
    }

    public Optional<DiagramLink> link(String id) {
        int k = shape.linkIndexOf(id);
        return k < 0 ? Optional.empty() : Optional.of(links.get(k));
    }

    /** The elements directly inside {@code id}, in diagram order. */
    public List<DiagramElement> children(String id) {
        int i = shape.indexOf(Objects.requireNonNull(id));
        if (i < 0) {
            return List.of();
        }
        int[] kids = shape.children(i);
        List<DiagramElement> out = new ArrayList<>(kids.length);
        for (int k : kids) {
            out.add(elements.get(k));
        }
        return Collections.unmodifiableList(out);
    }

    /** {@code id}'s element and everything nested in it, parents first. */
    public List<DiagramElement> subtree(String id) {
        List<DiagramElement> out = new ArrayList<>();
        int i = shape.indexOf(id);
        if (i >= 0) {
            collect(i, out);
        }
        return out;
    }

    private void collect(int i, List<DiagramElement> out) {
        out.add(elements.get(i));
        for (int child : shape.children(i)) {
            collect(child, out);
        }
    }

    /** The position of {@code id}'s element in {@link #elements()}, or -1 when there is none (or id is null). */
    public int indexOf(String id) {
        return shape.indexOf(id);
    }

    /** The position of element {@code i}'s parent in {@link #elements()}, or -1 for a top-level element. */
    public int parentIndex(int i) {
        return shape.parent(i);
    }

    /** How many elements {@code i} holds directly. */
    public int childCount(int i) {
        return shape.children(i).length;
    }

    /** The position of the {@code k}th element directly inside element {@code i}, in diagram order. */
    public int childIndex(int i, int k) {
        return shape.children(i)[k];
    }

    /**
     * True when {@code other} has the same elements by id, kind and parent, in the same order, and the same links: then
     * the two differ at most in bounds and in what the elements show, and index {@code i} is the same element in
     * both.
     */
    public boolean sameShape(Diagram other) {
        return other != null && other.shape == shape;
    }

    /** True when {@code specs} name this diagram's elements with their kinds and parents, in this diagram's order. */
    public boolean hasElementsOf(List<ElementSpec> specs) {
        return shape.fitsSpecs(specs);
    }

    /** The smallest box holding every element; an empty box at the origin when there are none. */
    public Box extent() {
        return extent;
    }

    public int size() {
        return elements.size();
    }
}
