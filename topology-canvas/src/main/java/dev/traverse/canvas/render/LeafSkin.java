package dev.traverse.canvas.render;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A node pool or device group: a card with a coloured left edge, the badge, a bold label and a muted detail line
 * stacked in its top part; chips and utilisation bars go below ({@link OverlayPainter}).
 */
class LeafSkin extends ElementSkin {

    static final double PAD = 8;
    static final double BADGE = 18;
    static final double TEXT_X = PAD + BADGE + 8;
    /** Chips start this far below the top; bars sit in the bottom {@link #BARS} units. */
    static final double CHIPS_TOP = 36;
    static final double BARS = 11;
    private static final double EDGE = 3;

    private final double radius;
    private final boolean tinted;

    LeafSkin(GlyphPainter glyphs, double radius, boolean tinted) {
        super(glyphs);
        this.radius = radius;
        this.tinted = tinted;
    }

    @Override
    void box(PaintContext c, BoxSurface surface, int i, double dx, double dy) {
        DiagramScene sc = c.scene;
        double s = c.scale;
        double x = c.sx(sc.minX[i] + dx);
        double y = c.sy(sc.minY[i] + dy);
        double w = sc.width(i) * s;
        double h = sc.height(i) * s;
        double r = Math.min(radius * s, Math.min(w, h) / 2);
        SceneStyle.KindPaint p = c.style.paint(i);
        double edge = EDGE * s;
        Color body = tinted ? p.header() : p.fill();
        if (edge >= 1 && w > 3 * edge) {
            // the coloured left edge shows where the card's rounded corner leaves it uncovered
            surface.fillRoundRect(x, y, 2 * r + edge, h, 2 * r, p.tint());
            surface.fillRoundRect(x + edge, y, w - edge, h, 2 * r, body);
            surface.fillRect(x + edge, y, Math.min(r, w - edge), h, body);
        } else {
            surface.fillRoundRect(x, y, w, h, 2 * r, body);
        }
        surface.strokeRoundRect(x + 0.5, y + 0.5, Math.max(0, w - 1), Math.max(0, h - 1), 2 * r, 1, p.stroke());
    }

    @Override
    void decorate(PaintContext c, int i, double dx, double dy) {
        DiagramScene sc = c.scene;
        double s = c.scale;
        double x = c.sx(sc.minX[i] + dx);
        double y = c.sy(sc.minY[i] + dy);
        GraphicsContext g = c.g;
        double badgePx = BADGE * s;
        if (badgePx >= 4) {
            glyphs.paint(c, sc.glyph[i], x + (PAD + 2) * s, y + PAD * s, badgePx);
        }
        CanvasTheme t = c.theme;
        double room = sc.width(i) - TEXT_X - PAD;
        if (!c.readable(t.labelSize()) || room <= 0) {
            return;
        }
        g.setFill(t.text());
        g.setFont(c.font(true, t.labelSize()));
        g.fillText(c.style.label(i, room), x + TEXT_X * s, y + (PAD + t.labelSize() * 0.85) * s);
        if (c.readable(t.detailSize())) {
            String detail = c.style.detail(i, room);
            if (!detail.isEmpty()) {
                g.setFill(t.textMuted());
                g.setFont(c.font(false, t.detailSize()));
                g.fillText(detail, x + TEXT_X * s, y + (PAD + t.labelSize() * 0.85 + t.detailSize() * 1.3) * s);
            }
        }
    }
}
