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
    void paint(PaintContext c, int i, double dx, double dy) {
        DiagramScene sc = c.scene;
        double s = c.scale;
        double x = c.sx(sc.minX[i] + dx);
        double y = c.sy(sc.minY[i] + dy);
        double w = sc.width(i) * s;
        double h = sc.height(i) * s;
        double r = Math.min(RADIUS * s, Math.min(w, h) / 2);
        SceneStyle.KindPaint p = c.style.paint(i);
        roundBox(c.g, x, y, w, h, r, p.fill(), null, 1);
        header(c.g, x, y, w, Math.min(h, HEADER * s), r, p.header());
        c.g.setStroke(p.stroke());
        c.g.setLineWidth(1);
        c.g.strokeRoundRect(x + 0.5, y + 0.5, Math.max(0, w - 1), Math.max(0, h - 1), 2 * r, 2 * r);
        headerLine(c, i, x, y, w, HEADER, BADGE);
    }
}
