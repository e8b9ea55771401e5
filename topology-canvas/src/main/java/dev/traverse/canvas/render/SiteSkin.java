package dev.traverse.canvas.render;

import javafx.scene.canvas.GraphicsContext;

/**
 * A site: a large rounded region tinted with its provider's colour, with a header band carrying the provider
 * badge, the name and the detail line. At {@link LevelOfDetail#SUMMARY} it becomes a tile with its name and counts
 * of what it holds; at {@link LevelOfDetail#BLOCKS} a plain coloured rectangle.
 */
final class SiteSkin extends ElementSkin {

    static final double HEADER = 30;
    private static final double RADIUS = 10;
    private static final double BADGE = 18;

    SiteSkin(GlyphPainter glyphs) {
        super(glyphs);
    }

    @Override
    void paint(PaintContext c, int i, double dx, double dy) {
        DiagramScene sc = c.scene;
        double s = c.scale;
        double x = c.sx(sc.minX[i] + dx);
        double y = c.sy(sc.minY[i] + dy);
        double w = sc.width(i) * s;
        double h = sc.height(i) * s;
        double r = Math.min(RADIUS * s, Math.min(w, h) / 2);
        SceneStyle.KindPaint p = c.style.paint(i);
        GraphicsContext g = c.g;
        roundBox(g, x, y, w, h, r, p.fill(), null, 1);
        header(g, x, y, w, Math.min(h, HEADER * s), r, p.header());
        g.setStroke(p.stroke());
        g.setLineWidth(1.25);
        g.strokeRoundRect(x + 0.5, y + 0.5, Math.max(0, w - 1), Math.max(0, h - 1), 2 * r, 2 * r);
        headerLine(c, i, x, y, w, HEADER, BADGE);
    }

    /** The summary tile of a top-level element: body, badge, name and what it holds, sized in pixels. */
    void paintTile(PaintContext c, int i, double dx, double dy) {
        DiagramScene sc = c.scene;
        double s = c.scale;
        double x = c.sx(sc.minX[i] + dx);
        double y = c.sy(sc.minY[i] + dy);
        double w = sc.width(i) * s;
        double h = sc.height(i) * s;
        double r = Math.min(8, Math.min(w, h) / 4);
        SceneStyle.KindPaint p = c.style.paint(i);
        GraphicsContext g = c.g;
        roundBox(g, x, y, w, h, r, p.header(), p.stroke(), 1.25);
        double pad = Math.min(10, Math.min(w, h) * 0.12);
        double badge = Math.min(22, Math.min(w, h) * 0.3);
        if (badge >= 5) {
            glyphs.paint(c, sc.glyph[i], x + pad, y + pad, badge);
        }
        double labelPx = Math.min(14, Math.min(h * 0.2, w * 0.12));
        if (labelPx < PaintContext.MIN_TEXT_PX + 1) {
            return;
        }
        double countsPx = Math.max(PaintContext.MIN_TEXT_PX, labelPx * 0.82);
        double room = w - 2 * pad;
        c.style.fitTile(i, room, labelPx, countsPx);
        double top = y + pad + badge + labelPx * 1.1;
        if (top > y + h - 2) {
            return;
        }
        g.setFill(c.theme.text());
        g.setFont(c.fonts.get(true, labelPx));
        g.fillText(c.style.tileLabel(i), x + pad, top);
        double next = top + countsPx * 1.45;
        if (next < y + h - 2) {
            g.setFill(c.theme.textMuted());
            g.setFont(c.fonts.get(false, countsPx));
            g.fillText(c.style.tileCounts(i), x + pad, next);
        }
    }

    /** The plainest form: a filled rectangle in the element's tint. */
    static void paintBlock(PaintContext c, int i, double dx, double dy) {
        DiagramScene sc = c.scene;
        double s = c.scale;
        c.g.setFill(c.style.paint(i).block());
        c.g.fillRect(c.sx(sc.minX[i] + dx), c.sy(sc.minY[i] + dy), Math.max(1, sc.width(i) * s),
                Math.max(1, sc.height(i) * s));
    }
}
