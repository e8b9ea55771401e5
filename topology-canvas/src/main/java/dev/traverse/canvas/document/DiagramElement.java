package dev.traverse.canvas.document;

import java.util.Objects;

/**
 * An element with its place on the canvas worked out.
 *
 * @param spec   what the application said about it
 * @param bounds where it is drawn, in canvas units; a container's bounds enclose its children's
 * @param depth  0 for top-level elements, 1 for their children, and so on
 */
public record DiagramElement(ElementSpec spec, Box bounds, int depth) {

    public DiagramElement {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(bounds, "bounds");
    }

    public String id() {
        return spec.id();
    }

    public ElementKind kind() {
        return spec.kind();
    }

    public String parentId() {
        return spec.parentId();
    }

    /** True when the layout section saved this element's position; false when the canvas placed it. */
    public boolean hasSavedPosition() {
        return spec.position() != null;
    }
}
