package dev.traverse.canvas.render;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;

/**
 * The dotted background grid: one dot every {@link #GRID} canvas units (the snap grid), doubling the spacing
 * while the dots would come closer than {@link #MIN_SPACING_PX} on screen and vanishing past four doublings,
 * when a grid no longer helps. Drawn as one rectangle filled with a tiled image of a single dot, so it costs the
 * same however many dots show. FX thread only.
 */
final class GridPainter {

    static final double GRID = 20;
    static final double MIN_SPACING_PX = 14;
    private static final int TILE = 32;

    private WritableImage tile;
    private Color tileColour;

    /** Paints the grid over the whole view; returns the spacing drawn in canvas units, or 0 when none. */
    double paint(PaintContext c) {
        double step = GRID;
        while (step * c.scale < MIN_SPACING_PX) {
            step *= 2;
            if (step > GRID * 8) {
                return 0;
            }
        }
        double px = step * c.scale;
        double ax = floorMod(c.tx, px) - px / 2;
        double ay = floorMod(c.ty, px) - px / 2;
        c.g.setFill(new ImagePattern(tile(c.theme.gridDot()), ax, ay, px, px, false));
        c.g.fillRect(0, 0, c.width, c.height);
        return step;
    }

    private static double floorMod(double v, double m) {
        double r = v % m;
        return r < 0 ? r + m : r;
    }

    private WritableImage tile(Color colour) {
        if (tile == null || !colour.equals(tileColour)) {
            tile = new WritableImage(TILE, TILE);
            PixelWriter w = tile.getPixelWriter();
            double centre = TILE / 2.0;
            double radius = 2.6;
            for (int y = 0; y < TILE; y++) {
                for (int x = 0; x < TILE; x++) {
                    double d = Math.hypot(x + 0.5 - centre, y + 0.5 - centre);
                    double a = Math.max(0, Math.min(1, radius - d + 0.5));
                    w.setColor(x, y, Color.color(colour.getRed(), colour.getGreen(), colour.getBlue(),
                            a * colour.getOpacity()));
                }
            }
            tileColour = colour;
        }
        return tile;
    }
}
