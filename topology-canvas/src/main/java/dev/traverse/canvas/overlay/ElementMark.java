package dev.traverse.canvas.overlay;

/** A state the overlay draws over a whole element. */
public enum ElementMark {
    /** Something meant for this element could not be placed, or it has a problem. */
    WARNING,
    /** Failed in a simulated failure. */
    FAILED
}
