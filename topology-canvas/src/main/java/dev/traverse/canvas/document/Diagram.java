package dev.traverse.canvas.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the canvas shows: elements with their bounds, parents before children, and the links between them.
 * Immutable; the application builds a new one after every edit (see {@code dev.traverse.canvas.layout}).
 */
public final class Diagram {

    public static final Diagram EMPTY = new Diagram(List.of(), List.of());

    private final List<DiagramElement> elements;
    private final List<DiagramLink> links;
    private final Map<String, DiagramElement> byId;
    private final Map<String, DiagramLink> linksById;
    private final Map<String, List<DiagramElement>> children;
    private final Box extent;

    /**
     * @param elements every element, each parent before its children
     * @param links    lines between elements of this diagram
     */
    public Diagram(List<DiagramElement> elements, List<DiagramLink> links) {
        this.elements = List.copyOf(elements);
        this.links = List.copyOf(links);
        this.byId = new HashMap<>(this.elements.size() * 2);
        this.children = new HashMap<>();
        Box all = null;
        for (DiagramElement e : this.elements) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                throw new IllegalArgumentException("two elements have the id " + e.id());
            }
            String parent = e.parentId();
            if (parent != null) {
                if (!byId.containsKey(parent)) {
                    throw new IllegalArgumentException(e.id() + " comes before its parent " + parent);
                }
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e);
            }
            all = all == null ? e.bounds() : all.union(e.bounds());
        }
        this.linksById = new LinkedHashMap<>();
        for (DiagramLink link : this.links) {
            if (!byId.containsKey(link.fromId()) || !byId.containsKey(link.toId())) {
                throw new IllegalArgumentException("link " + link.id() + " joins an element the diagram lacks");
            }
            if (linksById.putIfAbsent(link.id(), link) != null) {
                throw new IllegalArgumentException("two links have the id " + link.id());
            }
        }
        this.extent = all == null ? new Box(0, 0, 0, 0) : all;
    }

    /** Every element, each parent before its children: the order to draw them in. */
    public List<DiagramElement> elements() {
        return elements;
    }

    public List<DiagramLink> links() {
        return links;
    }

    public Optional<DiagramElement> element(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<DiagramLink> link(String id) {
        return Optional.ofNullable(linksById.get(id));
    }

    /** The elements directly inside {@code id}, in diagram order. */
    public List<DiagramElement> children(String id) {
        return Collections.unmodifiableList(children.getOrDefault(Objects.requireNonNull(id), List.of()));
    }

    /** {@code id}'s element and everything nested in it, parents first. */
    public List<DiagramElement> subtree(String id) {
        List<DiagramElement> out = new ArrayList<>();
        DiagramElement root = byId.get(id);
        if (root != null) {
            collect(root, out);
        }
        return out;
    }

    private void collect(DiagramElement e, List<DiagramElement> out) {
        out.add(e);
        for (DiagramElement child : children.getOrDefault(e.id(), List.of())) {
            collect(child, out);
        }
    }

    /** The smallest box holding every element; an empty box at the origin when there are none. */
    public Box extent() {
        return extent;
    }

    public int size() {
        return elements.size();
    }
}
