package dev.traverse.canvas.render;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws one kind of element at full detail: its box, header, icon badge, label and detail line, clipped to the
 * box by fitting the text (cached per element), never by a clip path. Subclasses fix the proportions; all sizes
 * are canvas units scaled by the zoom. FX thread only.
 */
abstract class ElementSkin {

    final GlyphPainter glyphs;

    ElementSkin(GlyphPainter glyphs) {
        this.glyphs = glyphs;
    }

    /** Paints element {@code i} on the canvas, box and all, shifted by (dx, dy) canvas units (a dragged ghost). */
    final void paint(PaintContext c, int i, double dx, double dy) {
        box(c, c.canvasSurface, i, dx, dy);
        decorate(c, i, dx, dy);
    }

    /** Paints the box of element {@code i} (body, header band, border, coloured edge) on {@code surface}. */
    abstract void box(PaintContext c, BoxSurface surface, int i, double dx, double dy);

    /** Paints what goes over the box on the canvas: badge, label and detail line. */
    abstract void decorate(PaintContext c, int i, double dx, double dy);

    static void roundBox(BoxSurface g, double x, double y, double w, double h, double r, Color fill,
                         Color stroke, double lineWidth) {
        g.fillRoundRect(x, y, w, h, 2 * r, fill);
        if (stroke != null) {
            g.strokeRoundRect(x + 0.5, y + 0.5, Math.max(0, w - 1), Math.max(0, h - 1), 2 * r, lineWidth, stroke);
        }
    }

    /** A header band across the top of a rounded box, square at the bottom. */
    static void header(BoxSurface g, double x, double y, double w, double h, double r, Color fill) {
        if (h < 2) {
            return;
        }
        g.fillRoundRect(x, y, w, Math.min(h, 2 * r), 2 * r, fill);
        if (h > r) {
            g.fillRect(x, y + r, w, h - r, fill);
        }
    }

    /**
     * The one-line header of a container: badge, bold label, muted detail after it, all on one baseline.
     *
     * @param headerH the header's height in canvas units
     */
    void headerLine(PaintContext c, int i, double x, double y, double w, double headerH, double badge) {
        double s = c.scale;
        double pad = (headerH - badge) / 2;
        double badgePx = badge * s;
        if (badgePx >= 4) {
            glyphs.paint(c, c.scene.glyph[i], x + pad * s, y + pad * s, badgePx);
        }
        CanvasTheme t = c.theme;
        if (!c.readable(t.labelSize())) {
            return;
        }
        double textX = pad + badge + 6;
        double room = c.scene.width(i) - textX - 8;
        if (room <= 0) {
            return;
        }
        double baseline = y + (headerH / 2 + t.labelSize() * 0.36) * s;
        String label = c.style.label(i, room);
        GraphicsContext g = c.g;
        g.setFill(t.text());
        g.setFont(c.font(true, t.labelSize()));
        g.fillText(label, x + textX * s, baseline);
        double used = c.metrics.width(label, true, t.labelSize()) + 10;
        if (room - used > 24 && c.readable(t.detailSize())) {
            String detail = c.style.detail(i, room - used);
            if (!detail.isEmpty()) {
                g.setFill(t.textMuted());
                g.setFont(c.font(false, t.detailSize()));
                g.fillText(detail, x + (textX + used) * s, baseline);
            }
        }
    }
}
