package dev.traverse.canvas.render;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;

/**
 * Draws a {@link Glyph} as a badge: the brand-coloured outline (rounded square, heptagon or circle) and on it a
 * small white vector picture or a lettering. Coordinates below are fractions of the badge size. Below 8 pixels
 * only the plain badge is drawn. FX thread only.
 */
final class GlyphPainter {

    private static final Color INK = Color.WHITE;
    private static final Color DARK_INK = Color.web("#1f2328");
    private static final double[] HEPTAGON_X = new double[7];
    private static final double[] HEPTAGON_Y = new double[7];

    static {
        for (int k = 0; k < 7; k++) {
            double a = -Math.PI / 2 + k * 2 * Math.PI / 7;
            HEPTAGON_X[k] = 0.5 + 0.5 * Math.cos(a);
            HEPTAGON_Y[k] = 0.52 + 0.5 * Math.sin(a);
        }
    }

    private final double[] xs = new double[8];
    private final double[] ys = new double[8];

    /** Paints {@code glyph} in the square at (x, y) with side {@code s} pixels. */
    void paint(PaintContext c, Glyph glyph, double x, double y, double s) {
        GraphicsContext g = c.g;
        g.setFill(glyph.brand());
        switch (glyph.shape()) {
            case SQUARE -> g.fillRoundRect(x, y, s, s, s * 0.42, s * 0.42);
            case CIRCLE -> g.fillOval(x, y, s, s);
            case HEPTAGON -> {
                for (int k = 0; k < 7; k++) {
                    xs[k] = x + HEPTAGON_X[k] * s;
                    ys[k] = y + HEPTAGON_Y[k] * s;
                }
                g.fillPolygon(xs, ys, 7);
            }
        }
        if (glyph == Glyph.AWS && c.theme.dark()) {
            // the navy badge would vanish into a dark background
            g.setStroke(c.theme.siteStroke());
            g.setLineWidth(1);
            g.strokeRoundRect(x + 0.5, y + 0.5, s - 1, s - 1, s * 0.42, s * 0.42);
        }
        if (s < 8) {
            return;
        }
        String letters = glyph.letters();
        if (!letters.isEmpty()) {
            letters(c, glyph, letters, x, y, s);
            return;
        }
        g.setFill(INK);
        g.setStroke(INK);
        switch (glyph) {
            case AZURE -> azure(g, x, y, s);
            case GCP -> cloud(g, x, y, s);
            case OCI -> {
                g.setLineWidth(s * 0.11);
                g.strokeRoundRect(x + s * 0.2, y + s * 0.32, s * 0.6, s * 0.36, s * 0.36, s * 0.36);
            }
            case ON_PREM -> rack(g, glyph, x, y, s, 3);
            case SERVER -> rack(g, glyph, x, y, s, 2);
            case SITE -> building(g, glyph, x, y, s);
            case KUBERNETES -> wheel(g, x, y, s);
            case GATEWAY -> gateway(g, x, y, s);
            case CAMERA -> camera(g, glyph, x, y, s);
            case SENSOR -> sensor(g, x, y, s);
            case VEHICLE_ECU, DEVICE -> chip(g, glyph, x, y, s);
            default -> {
            }
        }
    }

    private void letters(PaintContext c, Glyph glyph, String letters, double x, double y, double s) {
        GraphicsContext g = c.g;
        double px = s * (letters.length() <= 2 ? 0.44 : 0.36);
        if (px < PaintContext.MIN_TEXT_PX - 1) {
            return;
        }
        boolean light = glyph == Glyph.K3S || glyph == Glyph.EKS;
        g.setFill(light ? DARK_INK : INK);
        g.setFont(c.fonts.get(true, px));
        double w = c.metrics.width(letters, true, px);
        double base = glyph == Glyph.AWS ? y + s * 0.56 : y + s * 0.52 + px * 0.36;
        g.fillText(letters, x + (s - w) / 2, base);
        if (glyph == Glyph.AWS) {
            // the smile under the lettering
            g.setStroke(Glyph.AWS_ORANGE);
            g.setLineWidth(s * 0.07);
            g.setLineCap(StrokeLineCap.ROUND);
            g.beginPath();
            g.moveTo(x + s * 0.26, y + s * 0.68);
            g.quadraticCurveTo(x + s * 0.5, y + s * 0.82, x + s * 0.74, y + s * 0.66);
            g.stroke();
            g.setLineCap(StrokeLineCap.SQUARE);
        }
    }

    private void azure(GraphicsContext g, double x, double y, double s) {
        polygon(g, x, y, s, 0.18, 0.80, 0.46, 0.18, 0.60, 0.18, 0.36, 0.80);
        polygon(g, x, y, s, 0.54, 0.42, 0.82, 0.80, 0.40, 0.80, 0.62, 0.66);
    }

    private void polygon(GraphicsContext g, double x, double y, double s, double... uv) {
        int n = uv.length / 2;
        for (int k = 0; k < n; k++) {
            xs[k] = x + uv[2 * k] * s;
            ys[k] = y + uv[2 * k + 1] * s;
        }
        g.fillPolygon(xs, ys, n);
    }

    private static void cloud(GraphicsContext g, double x, double y, double s) {
        g.fillOval(x + s * 0.20, y + s * 0.42, s * 0.30, s * 0.30);
        g.fillOval(x + s * 0.34, y + s * 0.26, s * 0.36, s * 0.36);
        g.fillOval(x + s * 0.54, y + s * 0.44, s * 0.27, s * 0.27);
        g.fillRoundRect(x + s * 0.3, y + s * 0.52, s * 0.42, s * 0.2, s * 0.1, s * 0.1);
    }

    private static void rack(GraphicsContext g, Glyph glyph, double x, double y, double s, int units) {
        double h = s * (units == 3 ? 0.15 : 0.2);
        double gap = s * 0.06;
        double top = y + (s - units * h - (units - 1) * gap) / 2;
        for (int k = 0; k < units; k++) {
            double uy = top + k * (h + gap);
            g.setFill(INK);
            g.fillRoundRect(x + s * 0.2, uy, s * 0.6, h, h * 0.5, h * 0.5);
            g.setFill(glyph.brand());
            g.fillOval(x + s * 0.64, uy + h * 0.3, h * 0.4, h * 0.4);
        }
    }

    private static void building(GraphicsContext g, Glyph glyph, double x, double y, double s) {
        g.fillRect(x + s * 0.28, y + s * 0.24, s * 0.44, s * 0.56);
        g.setFill(glyph.brand());
        for (int r = 0; r < 3; r++) {
            for (int col = 0; col < 2; col++) {
                g.fillRect(x + s * (0.36 + col * 0.16), y + s * (0.32 + r * 0.14), s * 0.1, s * 0.08);
            }
        }
    }

    private static void wheel(GraphicsContext g, double x, double y, double s) {
        double cx = x + s * 0.5;
        double cy = y + s * 0.53;
        g.setLineWidth(Math.max(1, s * 0.07));
        g.strokeOval(cx - s * 0.2, cy - s * 0.2, s * 0.4, s * 0.4);
        for (int k = 0; k < 7; k++) {
            double a = -Math.PI / 2 + k * 2 * Math.PI / 7;
            g.strokeLine(cx + Math.cos(a) * s * 0.06, cy + Math.sin(a) * s * 0.06, cx + Math.cos(a) * s * 0.31,
                    cy + Math.sin(a) * s * 0.31);
        }
    }

    private static void gateway(GraphicsContext g, double x, double y, double s) {
        g.setLineWidth(Math.max(1, s * 0.07));
        g.fillRoundRect(x + s * 0.2, y + s * 0.5, s * 0.6, s * 0.22, s * 0.1, s * 0.1);
        g.strokeLine(x + s * 0.34, y + s * 0.5, x + s * 0.28, y + s * 0.26);
        g.strokeLine(x + s * 0.66, y + s * 0.5, x + s * 0.72, y + s * 0.26);
        g.fillOval(x + s * 0.24, y + s * 0.2, s * 0.1, s * 0.1);
        g.fillOval(x + s * 0.66, y + s * 0.2, s * 0.1, s * 0.1);
    }

    private static void camera(GraphicsContext g, Glyph glyph, double x, double y, double s) {
        g.fillRoundRect(x + s * 0.34, y + s * 0.26, s * 0.18, s * 0.1, s * 0.04, s * 0.04);
        g.fillRoundRect(x + s * 0.2, y + s * 0.33, s * 0.6, s * 0.4, s * 0.12, s * 0.12);
        g.setFill(glyph.brand());
        g.fillOval(x + s * 0.37, y + s * 0.40, s * 0.26, s * 0.26);
        g.setFill(INK);
        g.fillOval(x + s * 0.44, y + s * 0.47, s * 0.12, s * 0.12);
    }

    private static void sensor(GraphicsContext g, double x, double y, double s) {
        double cx = x + s * 0.5;
        double cy = y + s * 0.5;
        g.fillOval(cx - s * 0.08, cy - s * 0.08, s * 0.16, s * 0.16);
        g.setLineWidth(Math.max(1, s * 0.06));
        for (double r = 0.2; r < 0.4; r += 0.12) {
            g.strokeArc(cx - s * r, cy - s * r, 2 * s * r, 2 * s * r, -40, 80, ArcType.OPEN);
            g.strokeArc(cx - s * r, cy - s * r, 2 * s * r, 2 * s * r, 140, 80, ArcType.OPEN);
        }
    }

    private static void chip(GraphicsContext g, Glyph glyph, double x, double y, double s) {
        g.setLineWidth(Math.max(1, s * 0.05));
        for (int k = 0; k < 3; k++) {
            double o = s * (0.37 + k * 0.13);
            g.strokeLine(x + o, y + s * 0.2, x + o, y + s * 0.8);
            g.strokeLine(x + s * 0.2, y + o, x + s * 0.8, y + o);
        }
        g.fillRoundRect(x + s * 0.3, y + s * 0.3, s * 0.4, s * 0.4, s * 0.08, s * 0.08);
        g.setFill(glyph.brand());
        g.fillRect(x + s * 0.42, y + s * 0.42, s * 0.16, s * 0.16);
    }
}
