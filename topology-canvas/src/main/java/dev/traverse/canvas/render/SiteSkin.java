package dev.traverse.canvas.render;

import javafx.scene.canvas.GraphicsContext;

/**
 * A site: a large rounded region tinted with its provider's colour, with a header band carrying the provider
 * badge, the name and the detail line. At {@link LevelOfDetail#SUMMARY} it becomes a tile with its name and counts
 * of what it holds; at {@link LevelOfDetail#BLOCKS} a plain coloured rectangle.
 */
final class SiteSkin extends ContainerSkin {

    static final double HEADER = 30;

    SiteSkin(GlyphPainter glyphs) {
        super(glyphs, HEADER, 10, 18, 1.25);
    }

    /** The body of a top-level element's summary tile: a rounded box in its header colour with a border. */
    void tileBox(PaintContext c, BoxSurface surface, int i, double dx, double dy) {
        DiagramScene sc = c.scene;
        double s = c.scale;
        double w = sc.width(i) * s;
        double h = sc.height(i) * s;
        double r = Math.min(8, Math.min(w, h) / 4);
        SceneStyle.KindPaint p = c.style.paint(i);
        roundBox(surface, c.sx(sc.minX[i] + dx), c.sy(sc.minY[i] + dy), w, h, r, p.header(), p.stroke(), 1.25);
    }

    /** What a summary tile shows over its body: badge, name and what it holds, sized in pixels. */
    void tileText(PaintContext c, int i, double dx, double dy) {
        DiagramScene sc = c.scene;
        double s = c.scale;
        double x = c.sx(sc.minX[i] + dx);
        double y = c.sy(sc.minY[i] + dy);
        double w = sc.width(i) * s;
        double h = sc.height(i) * s;
        GraphicsContext g = c.g;
        double pad = Math.min(10, Math.min(w, h) * 0.1);
        double badge = Math.min(20, Math.min(w, h) * 0.25);
        boolean withBadge = badge >= 5;
        if (withBadge) {
            glyphs.paint(c, sc.glyph[i], x + pad, y + pad, badge);
        }
        double labelPx = Math.min(14, Math.min(h * 0.22, w * 0.13));
        if (labelPx < PaintContext.MIN_TEXT_PX + 1) {
            return;
        }
        double countsPx = labelPx * 0.82;
        double labelX = withBadge ? pad + badge + 6 : pad;
        c.style.fitTile(i, w - labelX - pad, w - 2 * pad, labelPx, countsPx);
        g.setFill(c.theme.text());
        g.setFont(c.fonts.get(true, labelPx));
        double labelBase = y + pad + (withBadge ? badge / 2 : labelPx / 2) + labelPx * 0.36;
        g.fillText(c.style.tileLabel(i), x + labelX, labelBase);
        if (countsPx < PaintContext.MIN_TEXT_PX + 1) {
            return;
        }
        String[] lines = c.style.tileCounts(i);
        double base = y + pad + Math.max(withBadge ? badge : 0, labelPx * 1.2) + countsPx * 1.5;
        g.setFill(c.theme.textMuted());
        g.setFont(c.fonts.get(false, countsPx));
        for (int k = 0; k < lines.length && base < y + h - pad * 0.6; k++) {
            g.fillText(lines[k], x + pad, base);
            base += countsPx * 1.4;
        }
    }

    /** The plainest form: a filled rectangle in the element's tint, at least one pixel each way. */
    static void block(PaintContext c, BoxSurface surface, int i, double dx, double dy) {
        DiagramScene sc = c.scene;
        double s = c.scale;
        surface.fillRect(c.sx(sc.minX[i] + dx), c.sy(sc.minY[i] + dy), Math.max(1, sc.width(i) * s),
                Math.max(1, sc.height(i) * s), c.style.paint(i).block());
    }
}
