package dev.traverse.canvas.render;

import dev.traverse.canvas.overlay.Chip;
import dev.traverse.canvas.overlay.ChipPalette;
import dev.traverse.canvas.overlay.ChipStyle;
import dev.traverse.canvas.overlay.ElementMark;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.canvas.overlay.Utilisation;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws the overlay on one element: a WARNING or FAILED mark as a coloured border and corner badge, and on leaf
 * elements the utilisation bars and the workload chips, recording each chip's screen box for hit tests. Chip
 * layouts are cached per element until the overlay, the diagram or the theme changes. FX thread only.
 */
final class OverlayPainter {

    /** Colours from empty to full: bluish green, then orange, then vermillion (colour-blind safe). */
    private static final Color[] RAMP = new Color[21];

    static {
        Color low = Color.web("#009E73");
        Color mid = Color.web("#E69F00");
        Color high = Color.web("#D55E00");
        for (int k = 0; k <= 20; k++) {
            double v = k / 20.0;
            RAMP[k] = v <= 0.6 ? low.interpolate(mid, v / 0.6) : mid.interpolate(high, (v - 0.6) / 0.4);
        }
    }

    private final double[] xs = new double[3];
    private final double[] ys = new double[3];
    private ChipLayout[] layouts = new ChipLayout[0];
    private SceneStyle layoutsFor;
    private Overlay layoutsOverlay;

    /** Forgets cached chip layouts unless they were made for this very style and overlay. */
    void prepare(SceneStyle style, Overlay overlay) {
        if (layoutsFor != style || layouts.length != style.scene.size || layoutsOverlay != overlay) {
            layouts = new ChipLayout[style.scene.size];
            layoutsFor = style;
            layoutsOverlay = overlay;
        }
    }

    /** Utilisation colour for a fraction from 0 to 1. */
    static Color ramp(double fraction) {
        return RAMP[(int) Math.round(Math.max(0, Math.min(1, fraction)) * 20)];
    }

    /**
     * Paints the parts of element {@code i}'s overlay that belong with its box, shifted by (dx, dy), on
     * {@code surface}: the utilisation bars of a leaf and the border (and tint) of a WARNING or FAILED mark.
     */
    void under(PaintContext c, BoxSurface surface, Overlay overlay, int i, double dx, double dy) {
        String id = c.scene.elements[i].id();
        if (c.scene.isLeaf(i) && c.level == LevelOfDetail.DETAIL) {
            Utilisation u = overlay.utilisation().get(id);
            if (u != null) {
                bars(c, surface, i, dx, dy, u);
            }
        }
        ElementMark mark = overlay.marks().get(id);
        if (mark != null) {
            markBorder(c, surface, i, dx, dy, mark);
        }
    }

    /**
     * Paints the bodies of the chips on leaf {@code i}, shifted by (dx, dy), on {@code surface}: the filled (or
     * outlined) pills, drawn with the boxes rather than on the canvas, as filling hundreds of rounded shapes is
     * the canvas's dearest work when it renders a frame. Their text is drawn by {@link #over}.
     */
    void chipBodies(PaintContext c, BoxSurface surface, Overlay overlay, int i, double dx, double dy) {
        ChipLayout layout = visibleLayout(c, overlay, i);
        if (layout == null) {
            return;
        }
        double s = c.scale;
        double h = ChipLayout.chipHeight(c.theme.chipSize()) * s;
        double ox = c.scene.minX[i] + dx;
        double oy = c.scene.minY[i] + dy;
        for (int k = 0; k < layout.shown; k++) {
            chipBody(c, surface, layout.chips[k], c.sx(ox + layout.x[k]), c.sy(oy + layout.y[k]), layout.w[k] * s,
                    h);
        }
        if (layout.more > 0 && layout.moreW > 0) {
            surface.fillRoundRect(c.sx(ox + layout.moreX), c.sy(oy + layout.moreY), layout.moreW * s, h, h,
                    c.theme.barTrack());
        }
    }

    /** The chip layout of leaf {@code i} when it has chips big enough to draw at this zoom; else null. */
    private ChipLayout visibleLayout(PaintContext c, Overlay overlay, int i) {
        if (!c.scene.isLeaf(i) || c.level != LevelOfDetail.DETAIL) {
            return null;
        }
        CanvasTheme t = c.theme;
        if (ChipLayout.chipHeight(t.chipSize()) * c.scale < 4) {
            return null;
        }
        List<Chip> chips = overlay.chipsOn(c.scene.elements[i].id());
        if (chips.isEmpty()) {
            return null;
        }
        ChipLayout layout = layouts[i];
        if (layout == null) {
            DiagramScene sc = c.scene;
            layout = ChipLayout.of(chips, sc.width(i), sc.height(i), LeafSkin.CHIPS_TOP, LeafSkin.BARS,
                    t.chipSize(), c.metrics);
            layouts[i] = layout;
        }
        return layout;
    }

    /**
     * Paints the parts of element {@code i}'s overlay drawn on the canvas over the boxes: the text and pin marks of
     * the chips of a leaf (their bodies are drawn with the boxes, see {@link #chipBodies}) and the corner badge of a
     * mark.
     *
     * @param record whether to record the chips' boxes (not for ghosts of dragged elements)
     * @return how many chips were drawn
     */
    int over(PaintContext c, Overlay overlay, int i, double dx, double dy, ChipBoxes boxes, boolean record) {
        String id = c.scene.elements[i].id();
        int drawn = chips(c, i, dx, dy, boxes, record, overlay);
        ElementMark mark = overlay.marks().get(id);
        if (mark != null) {
            markBadge(c, i, dx, dy, mark);
        }
        return drawn;
    }

    private static void bars(PaintContext c, BoxSurface surface, int i, double dx, double dy, Utilisation u) {
        DiagramScene sc = c.scene;
        int present = (Double.isNaN(u.cpu()) ? 0 : 1) + (Double.isNaN(u.memory()) ? 0 : 1)
                + (Double.isNaN(u.gpu()) ? 0 : 1);
        double barH = 4 * c.scale;
        if (present == 0 || barH < 1) {
            return;
        }
        double gap = 4;
        double left = sc.minX[i] + dx + LeafSkin.PAD;
        double each = (sc.width(i) - 2 * LeafSkin.PAD - gap * (present - 1)) / present;
        if (each <= 0) {
            return;
        }
        double y = c.sy(sc.maxY[i] + dy - 8);
        double x = left;
        x = bar(c, surface, x, y, each, barH, u.cpu(), gap);
        x = bar(c, surface, x, y, each, barH, u.memory(), gap);
        bar(c, surface, x, y, each, barH, u.gpu(), gap);
    }

    private static double bar(PaintContext c, BoxSurface surface, double x, double y, double each, double barH,
                              double value, double gap) {
        if (Double.isNaN(value)) {
            return x;
        }
        double sx = c.sx(x);
        double w = each * c.scale;
        surface.fillRoundRect(sx, y, w, barH, barH, c.theme.barTrack());
        double v = Math.max(0, Math.min(1, value));
        if (v > 0) {
            surface.fillRoundRect(sx, y, Math.max(barH, w * v), barH, barH, ramp(v));
        }
        return x + each + gap;
    }

    private int chips(PaintContext c, int i, double dx, double dy, ChipBoxes boxes, boolean record,
                      Overlay overlay) {
        ChipLayout layout = visibleLayout(c, overlay, i);
        if (layout == null) {
            return 0;
        }
        CanvasTheme t = c.theme;
        double s = c.scale;
        double hPx = ChipLayout.chipHeight(t.chipSize()) * s;
        DiagramScene sc = c.scene;
        GraphicsContext g = c.g;
        double ox = sc.minX[i] + dx;
        double oy = sc.minY[i] + dy;
        boolean text = c.readable(t.chipSize());
        if (text) {
            g.setFont(c.font(false, t.chipSize()));
        }
        for (int k = 0; k < layout.shown; k++) {
            Chip chip = layout.chips[k];
            double x = c.sx(ox + layout.x[k]);
            double y = c.sy(oy + layout.y[k]);
            double w = layout.w[k] * s;
            chipMarks(c, chip, layout.text[k], x, y, w, hPx, text);
            if (record) {
                boxes.add(chip.id(), x, y, w, hPx);
            }
        }
        if (text && layout.more > 0 && layout.moreW > 0) {
            double x = c.sx(ox + layout.moreX);
            double y = c.sy(oy + layout.moreY);
            g.setFill(t.text());
            g.fillText(layout.moreText, x + ChipLayout.TEXT_PAD * s, y + hPx * 0.5 + t.chipSize() * s * 0.36);
        }
        return layout.shown;
    }

    /** One whole chip at a screen box on the canvas: body, pin mark and text. For the dragged chip. */
    static void paintChip(PaintContext c, Chip chip, String text, double x, double y, double w, double h,
                          boolean withText) {
        chipBody(c, c.canvasSurface, chip, x, y, w, h);
        chipMarks(c, chip, text, x, y, w, h, withText);
    }

    /** A chip's pill, filled by its style (outlined when moved), on {@code surface}. */
    private static void chipBody(PaintContext c, BoxSurface surface, Chip chip, double x, double y, double w,
                                 double h) {
        CanvasTheme t = c.theme;
        Color colour = ChipPalette.colour(chip.colourIndex());
        switch (chip.style()) {
            case PLACED, PINNED -> surface.fillRoundRect(x, y, w, h, h, colour);
            case MOVED -> {
                surface.fillRoundRect(x, y, w, h, h, t.leafFill());
                surface.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, h, Math.max(1, 1.4 * c.scale), colour);
            }
            case LOST -> surface.fillRoundRect(x, y, w, h, h, t.barTrack());
        }
    }

    /** What a chip shows over its body, on the canvas: the pin mark, the text, and the strike of a lost one. */
    private static void chipMarks(PaintContext c, Chip chip, String text, double x, double y, double w, double h,
                                  boolean withText) {
        GraphicsContext g = c.g;
        CanvasTheme t = c.theme;
        double s = c.scale;
        Color ink = switch (chip.style()) {
            case PLACED, PINNED -> ChipPalette.textOn(chip.colourIndex());
            case MOVED -> t.text();
            case LOST -> t.textMuted();
        };
        double pin = 0;
        if (chip.style() == ChipStyle.PINNED) {
            pin = ChipLayout.pinWidth(h / s) * s;
            double d = h * 0.36;
            g.setFill(ink);
            g.fillOval(x + h * 0.3, y + (h - d) / 2, d, d);
        }
        if (withText && !text.isEmpty()) {
            double tx = x + ChipLayout.TEXT_PAD * s + pin;
            double base = y + h * 0.5 + t.chipSize() * s * 0.36;
            g.setFill(ink);
            g.fillText(text, tx, base);
            if (chip.style() == ChipStyle.LOST) {
                g.setStroke(ink);
                g.setLineWidth(Math.max(1, 0.8 * s));
                double mid = y + h * 0.5;
                g.strokeLine(x + 3 * s, mid, x + w - 3 * s, mid);
            }
        }
    }

    private static void markBorder(PaintContext c, BoxSurface surface, int i, double dx, double dy,
                                   ElementMark mark) {
        DiagramScene sc = c.scene;
        double s = c.scale;
        double x = c.sx(sc.minX[i] + dx);
        double y = c.sy(sc.minY[i] + dy);
        double w = sc.width(i) * s;
        double h = sc.height(i) * s;
        Color colour = markColour(c, mark);
        double r = Math.min(8 * s, Math.min(w, h) / 2);
        if (mark == ElementMark.FAILED) {
            surface.fillRoundRect(x, y, w, h, 2 * r, colour.deriveColor(0, 1, 1, 0.10));
        }
        surface.strokeRoundRect(x + 1, y + 1, Math.max(0, w - 2), Math.max(0, h - 2), 2 * r,
                Math.max(1.5, 2 * Math.min(1, s)), colour);
    }

    private static Color markColour(PaintContext c, ElementMark mark) {
        return mark == ElementMark.FAILED ? c.theme.error() : c.theme.warning();
    }

    private void markBadge(PaintContext c, int i, double dx, double dy, ElementMark mark) {
        DiagramScene sc = c.scene;
        double s = c.scale;
        double x = c.sx(sc.minX[i] + dx);
        double y = c.sy(sc.minY[i] + dy);
        double w = sc.width(i) * s;
        Color colour = markColour(c, mark);
        GraphicsContext g = c.g;
        double b = Math.min(16 * s, 22);
        if (b < 7 || w < 3 * b) {
            return;
        }
        double bx = x + w - b - 6 * Math.min(1, s);
        double by = y - b * 0.35;
        g.setFill(colour);
        if (mark == ElementMark.FAILED) {
            g.fillOval(bx, by, b, b);
            g.setStroke(Color.WHITE);
            g.setLineWidth(Math.max(1.2, b * 0.12));
            double q = b * 0.32;
            g.strokeLine(bx + q, by + q, bx + b - q, by + b - q);
            g.strokeLine(bx + b - q, by + q, bx + q, by + b - q);
        } else {
            xs[0] = bx + b / 2;
            ys[0] = by;
            xs[1] = bx + b;
            ys[1] = by + b * 0.9;
            xs[2] = bx;
            ys[2] = by + b * 0.9;
            g.fillPolygon(xs, ys, 3);
            g.setStroke(Color.web("#1f2328"));
            g.setLineWidth(Math.max(1.2, b * 0.11));
            g.strokeLine(bx + b / 2, by + b * 0.32, bx + b / 2, by + b * 0.58);
            g.strokeLine(bx + b / 2, by + b * 0.71, bx + b / 2, by + b * 0.74);
        }
    }

}
