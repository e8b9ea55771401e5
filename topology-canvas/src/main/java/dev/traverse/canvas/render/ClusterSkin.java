package dev.traverse.canvas.render;

/**
 * A cluster: a rounded panel inside its site with a lighter header carrying the distribution badge (EKS, K3s,
 * OpenShift...), the name and the detail line.
 */
final class ClusterSkin extends ElementSkin {

    static final double HEADER = 26;
    private static final double RADIUS = 8;
    private static final double BADGE = 16;

    ClusterSkin(GlyphPainter glyphs) {
        super(glyphs);
    }

    @Override
    void box(PaintContext c, BoxSurface surface, int i, double dx, double dy) {
        DiagramScene sc = c.scene;
        double s = c.scale;
        double x = c.sx(sc.minX[i] + dx);
        double y = c.sy(sc.minY[i] + dy);
        double w = sc.width(i) * s;
        double h = sc.height(i) * s;
        double r = Math.min(RADIUS * s, Math.min(w, h) / 2);
        SceneStyle.KindPaint p = c.style.paint(i);
        roundBox(surface, x, y, w, h, r, p.fill(), null, 1);
        header(surface, x, y, w, Math.min(h, HEADER * s), r, p.header());
        surface.strokeRoundRect(x + 0.5, y + 0.5, Math.max(0, w - 1), Math.max(0, h - 1), 2 * r, 1, p.stroke());
    }

    @Override
    void decorate(PaintContext c, int i, double dx, double dy) {
        DiagramScene sc = c.scene;
        headerLine(c, i, c.sx(sc.minX[i] + dx), c.sy(sc.minY[i] + dy), sc.width(i) * c.scale, HEADER, BADGE);
    }
}
