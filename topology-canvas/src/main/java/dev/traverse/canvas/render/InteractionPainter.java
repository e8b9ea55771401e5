package dev.traverse.canvas.render;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.overlay.Chip;
import dev.traverse.canvas.overlay.ChipPalette;
import dev.traverse.canvas.overlay.ChipStyle;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws feedback that is not part of the diagram: selection outlines with corner handles, the hovered element,
 * the drop target, the rubber band, the preview line of a link being drawn and the chip being dragged.
 * FX thread only.
 */
final class InteractionPainter {

    static final double HANDLE_PX = 7;
    private static final double[] DASHES = {5, 4};

    /** Outline and handles around element {@code i} shifted by (dx, dy). */
    void selected(PaintContext c, int i, double dx, double dy) {
        GraphicsContext g = c.g;
        double x = c.sx(c.scene.minX[i] + dx) - 2;
        double y = c.sy(c.scene.minY[i] + dy) - 2;
        double w = c.scene.width(i) * c.scale + 4;
        double h = c.scene.height(i) * c.scale + 4;
        double r = Math.min(10 * c.scale + 2, Math.min(w, h) / 2);
        g.setStroke(c.theme.accent());
        g.setLineWidth(2);
        g.strokeRoundRect(x, y, w, h, 2 * r, 2 * r);
        if (w < 3 * HANDLE_PX || h < 3 * HANDLE_PX) {
            return;
        }
        g.setFill(c.theme.leafFill());
        g.setLineWidth(1.5);
        double hs = HANDLE_PX;
        handle(g, x - hs / 2, y - hs / 2, hs);
        handle(g, x + w - hs / 2, y - hs / 2, hs);
        handle(g, x - hs / 2, y + h - hs / 2, hs);
        handle(g, x + w - hs / 2, y + h - hs / 2, hs);
    }

    private static void handle(GraphicsContext g, double x, double y, double s) {
        g.fillRect(x, y, s, s);
        g.strokeRect(x, y, s, s);
    }

    void hover(PaintContext c, int i) {
        GraphicsContext g = c.g;
        double x = c.sx(c.scene.minX[i]);
        double y = c.sy(c.scene.minY[i]);
        double w = c.scene.width(i) * c.scale;
        double h = c.scene.height(i) * c.scale;
        double r = Math.min(8 * c.scale, Math.min(w, h) / 2);
        g.setStroke(c.theme.hover());
        g.setLineWidth(1.5);
        g.strokeRoundRect(x - 0.5, y - 0.5, w + 1, h + 1, 2 * r, 2 * r);
    }

    void dropTarget(PaintContext c, int i) {
        GraphicsContext g = c.g;
        double x = c.sx(c.scene.minX[i]);
        double y = c.sy(c.scene.minY[i]);
        double w = c.scene.width(i) * c.scale;
        double h = c.scene.height(i) * c.scale;
        double r = Math.min(8 * c.scale, Math.min(w, h) / 2);
        Color accent = c.theme.accent();
        g.setFill(Color.color(accent.getRed(), accent.getGreen(), accent.getBlue(), 0.10));
        g.fillRoundRect(x, y, w, h, 2 * r, 2 * r);
        g.setStroke(accent);
        g.setLineWidth(2.5);
        g.strokeRoundRect(x - 1, y - 1, w + 2, h + 2, 2 * r, 2 * r);
    }

    void rubberBand(PaintContext c, Box band) {
        GraphicsContext g = c.g;
        double x = c.sx(band.x());
        double y = c.sy(band.y());
        double w = band.width() * c.scale;
        double h = band.height() * c.scale;
        Color accent = c.theme.accent();
        g.setFill(Color.color(accent.getRed(), accent.getGreen(), accent.getBlue(), 0.08));
        g.fillRect(x, y, w, h);
        g.setStroke(accent);
        g.setLineWidth(1);
        g.setLineDashes(DASHES);
        g.strokeRect(x + 0.5, y + 0.5, w, h);
        g.setLineDashes(null);
    }

    /** The line of a link being drawn, from the source element's border to the pointer. */
    void connect(PaintContext c, int from, Point pointer) {
        DiagramScene sc = c.scene;
        double cx = (sc.minX[from] + sc.maxX[from]) / 2;
        double cy = (sc.minY[from] + sc.maxY[from]) / 2;
        double sx = cx;
        double sy = cy;
        double dx = pointer.x() - cx;
        double dy = pointer.y() - cy;
        if (!(pointer.x() >= sc.minX[from] && pointer.x() <= sc.maxX[from] && pointer.y() >= sc.minY[from]
                && pointer.y() <= sc.maxY[from])) {
            double tx = dx == 0 ? Double.POSITIVE_INFINITY : sc.width(from) / 2 / Math.abs(dx);
            double ty = dy == 0 ? Double.POSITIVE_INFINITY : sc.height(from) / 2 / Math.abs(dy);
            double t = Math.min(1, Math.min(tx, ty));
            sx = cx + dx * t;
            sy = cy + dy * t;
        }
        GraphicsContext g = c.g;
        Color accent = c.theme.accent();
        g.setStroke(accent);
        g.setLineWidth(2);
        g.setLineDashes(DASHES);
        double px = c.sx(pointer.x());
        double py = c.sy(pointer.y());
        g.strokeLine(c.sx(sx), c.sy(sy), px, py);
        g.setLineDashes(null);
        g.setFill(accent);
        g.fillOval(c.sx(sx) - 3.5, c.sy(sy) - 3.5, 7, 7);
        g.fillOval(px - 4, py - 4, 8, 8);
    }

    /** The dragged chip, at a readable size whatever the zoom, just below and right of the pointer. */
    void draggedChip(PaintContext c, Chip chip, Point pointer) {
        CanvasTheme t = c.theme;
        double saved = c.scale;
        // draw at a fixed 1.25 zoom so the chip stays legible when the view is zoomed out
        double s = 1.25;
        c.scale = s;
        double h = ChipLayout.chipHeight(t.chipSize()) * s;
        double w = (c.metrics.width(chip.label(), false, t.chipSize()) + 2 * ChipLayout.TEXT_PAD
                + (chip.style() == ChipStyle.PINNED ? ChipLayout.pinWidth(h / s) : 0))
                * s;
        double x = saved * pointer.x() + c.tx + 10;
        double y = saved * pointer.y() + c.ty + 10;
        GraphicsContext g = c.g;
        g.setGlobalAlpha(0.92);
        g.setFill(Color.color(0, 0, 0, 0.18));
        g.fillRoundRect(x + 1.5, y + 2.5, w, h, h, h);
        g.setFont(c.fonts.get(false, t.chipSize() * s));
        OverlayPainter.paintChip(c, chip, chip.label(), x, y, w, h, true);
        g.setStroke(ChipPalette.colour(chip.colourIndex()).darker());
        g.setLineWidth(1);
        g.strokeRoundRect(x + 0.5, y + 0.5, w - 1, h - 1, h, h);
        g.setGlobalAlpha(1);
        c.scale = saved;
    }
}
