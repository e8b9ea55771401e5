package dev.traverse.canvas.render;

/**
 * How much the renderer draws at the current zoom, chosen by how big things come out on screen, not by the zoom
 * factor itself, so a diagram of small boxes and one of large boxes switch at the same look.
 */
public enum LevelOfDetail {
    /** Every element with its skin, text, chips and bars; every link. */
    DETAIL,
    /** Top-level elements only, as summary tiles (name and counts of what they hold); links thinned to lines
     * between top-level elements. */
    SUMMARY,
    /** Top-level elements as plain coloured rectangles, no text; thinned links. */
    BLOCKS;

    /** A typical leaf (node pool, device group) must be at least this tall on screen to be drawn. */
    public static final double DETAIL_LEAF_PX = 18;
    /** A typical top-level element must be at least this big on screen to carry its name and counts. */
    public static final double SUMMARY_TOP_PX = 40;

    /**
     * @param scale         screen pixels per canvas unit
     * @param leafReference the median smallest side of leaf elements, in canvas units
     * @param topReference  the median smallest side of top-level elements, in canvas units
     */
    public static LevelOfDetail choose(double scale, double leafReference, double topReference) {
        if (leafReference * scale >= DETAIL_LEAF_PX) {
            return DETAIL;
        }
        return topReference * scale >= SUMMARY_TOP_PX ? SUMMARY : BLOCKS;
    }

    /** The deepest element depth drawn (and hit) at this level. */
    public int maxDepth() {
        return this == DETAIL ? Integer.MAX_VALUE : 0;
    }
}
