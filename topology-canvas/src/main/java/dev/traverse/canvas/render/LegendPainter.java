package dev.traverse.canvas.render;

import dev.traverse.canvas.overlay.ChipPalette;
import dev.traverse.canvas.overlay.Overlay;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/**
 * The legend of the overlay in the bottom-left corner of the view, fixed in screen pixels: one swatch and text
 * per entry, at most {@link #MAX_ROWS} rows then "N more". FX thread only.
 */
final class LegendPainter {

    static final int MAX_ROWS = 12;
    static final double MARGIN = 12;
    private static final double PAD = 9;

    /** Paints the legend; returns its screen box {x, y, w, h}, or null when the overlay has none. */
    double[] paint(PaintContext c, List<Overlay.LegendEntry> entries) {
        if (entries.isEmpty()) {
            return null;
        }
        CanvasTheme t = c.theme;
        double px = t.legendSize();
        double row = px * 1.65;
        int rows = Math.min(entries.size(), MAX_ROWS);
        int hidden = entries.size() - rows;
        double maxText = 0;
        for (int k = 0; k < rows; k++) {
            maxText = Math.max(maxText, c.metrics.width(entries.get(k).text(), false, px));
        }
        String more = hidden > 0 ? hidden + " more" : null;
        if (more != null) {
            maxText = Math.max(maxText, c.metrics.width(more, false, px));
        }
        double swatch = px * 0.9;
        double w = Math.min(c.width - 2 * MARGIN, PAD * 2 + swatch + 8 + maxText);
        double h = PAD * 2 + row * (rows + (more != null ? 1 : 0)) - (row - px * 1.2);
        double x = MARGIN;
        double y = c.height - MARGIN - h;
        if (w < 40 || y < MARGIN) {
            return null;
        }
        GraphicsContext g = c.g;
        g.setFill(t.panelFill());
        g.fillRoundRect(x, y, w, h, 12, 12);
        g.setStroke(t.panelStroke());
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, 12, 12);
        g.setFont(c.fonts.get(false, px));
        double textRoom = w - 2 * PAD - swatch - 8;
        for (int k = 0; k < rows; k++) {
            Overlay.LegendEntry e = entries.get(k);
            double ry = y + PAD + k * row;
            g.setFill(ChipPalette.colour(e.colourIndex()));
            g.fillRoundRect(x + PAD, ry + (px * 1.2 - swatch) / 2, swatch, swatch, 4, 4);
            g.setFill(t.text());
            g.fillText(c.metrics.fit(e.text(), false, px, textRoom), x + PAD + swatch + 8, ry + px * 0.95);
        }
        if (more != null) {
            g.setFill(t.textMuted());
            g.fillText(more, x + PAD + swatch + 8, y + PAD + rows * row + px * 0.95);
        }
        return new double[] {x, y, w, h};
    }
}
