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
        double x0 = floorMod(c.tx, px);
        double y0 = floorMod(c.ty, px);
        javafx.scene.paint.Color dot = c.theme.gridDot();
        for (double y = y0; y < c.height; y += px) {
            double dy = Math.floor(y);
            for (double x = x0; x < c.width; x += px) {
                surface.fillRect(Math.floor(x), dy, DOT_PX, DOT_PX, dot);
            }
        }
        return step;
    }

    private static double floorMod(double v, double m) {
        double r = v % m;
        return r < 0 ? r + m : r;
    }
}
