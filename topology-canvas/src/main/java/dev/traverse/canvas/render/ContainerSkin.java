package dev.traverse.canvas.render;

/**
 * A container (a site or a cluster): a rounded panel with a header band carrying its badge, name and detail line.
 * Sites and clusters differ only in sizes and border weight.
 */
class ContainerSkin extends ElementSkin {

    private final double header;
    private final double radius;
    private final double badge;
    private final double borderWidth;

    ContainerSkin(GlyphPainter glyphs, double header, double radius, double badge, double borderWidth) {
        super(glyphs);
        this.header = header;
        this.radius = radius;
        this.badge = badge;
        this.borderWidth = borderWidth;
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
        roundBox(surface, x, y, w, h, r, p.fill(), null, 1);
        header(surface, x, y, w, Math.min(h, header * s), r, p.header());
        surface.strokeRoundRect(x + 0.5, y + 0.5, Math.max(0, w - 1), Math.max(0, h - 1), 2 * r, borderWidth,
                p.stroke());
    }

    @Override
    void decorate(PaintContext c, int i, double dx, double dy) {
        DiagramScene sc = c.scene;
        headerLine(c, i, c.sx(sc.minX[i] + dx), c.sy(sc.minY[i] + dy), sc.width(i) * c.scale, header, badge);
    }
}
