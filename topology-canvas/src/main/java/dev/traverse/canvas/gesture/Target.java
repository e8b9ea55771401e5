package dev.traverse.canvas.gesture;

import java.util.Objects;

/**
 * What the pointer is over, as a gesture sees it.
 *
 * @param kind what sort of thing
 * @param id   the chip, element or link id; null for empty canvas
 */
record Target(Kind kind, String id) {

    static final Target CANVAS = new Target(Kind.CANVAS, null);

    /** In the order the picker tries them. */
    enum Kind {
        /** An overlay chip. */
        CHIP,
        /** Near the border of an element, where dragging draws a link. */
        EDGE,
        /** The body of an element. */
        ELEMENT,
        /** Near a link. */
        LINK,
        /** Nothing. */
        CANVAS
    }

    Target {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.CANVAS) != (id == null)) {
            throw new IllegalArgumentException("only the empty canvas has no id");
        }
    }
}
