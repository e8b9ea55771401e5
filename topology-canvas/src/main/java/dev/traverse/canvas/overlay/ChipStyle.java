package dev.traverse.canvas.overlay;

/** How a workload chip is drawn. */
public enum ChipStyle {
    /** Placed by the engine. */
    PLACED,
    /** Pinned by the user to this element. */
    PINNED,
    /** Moved here by a simulated failure. */
    MOVED,
    /** Lost its place in a simulated failure (drawn on the element it left). */
    LOST
}
