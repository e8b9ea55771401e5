package dev.traverse.canvas.render;

/**
 * The dotted background grid: one dot every {@link #GRID} canvas units (the snap grid), doubling the spacing
 * while the dots would come closer than {@link #MIN_SPACING_PX} on screen and vanishing past three doublings,
 * when a grid no longer helps. Each dot is a small pixel-aligned square: the software pipeline fills those on a
 * fast path (and the raster on a faster one), where a tiled image pattern over the whole view costs several times
 * more. FX thread only.
 */
final class GridPainter {

    static final double GRID = 20;
    static final double MIN_SPACING_PX = 18;
    private static final double DOT_PX = 2;

    /** Paints the grid over the whole view; returns the spacing drawn in canvas units, or 0 when none. */
    double paint(PaintContext c, BoxSurface surface) {
        double step = GRID;
        while (step * c.scale < MIN_SPACING_PX) {
            step *= 2;
            if (step > GRID * 8) {
                return 0;
            }
        }
        double px = step * c.scale;
        javafx.scene.paint.Color dot = c.theme.gridDot();
        // each dot from its own grid index, not by summing steps, so a pan by whole pixels moves every dot exactly
        long j0 = (long) Math.floor(-c.tx / px);
        long k0 = (long) Math.floor(-c.ty / px);
        for (long k = k0; c.ty + k * px < c.height; k++) {
            double y = Math.floor(c.ty + k * px);
            for (long j = j0; c.tx + j * px < c.width; j++) {
                surface.fillRect(Math.floor(c.tx + j * px), y, DOT_PX, DOT_PX, dot);
            }
        }
        return step;
    }
}
