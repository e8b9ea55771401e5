package dev.traverse.canvas.render;

import dev.traverse.canvas.selection.SelectionModel;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/**
 * Draws the links that meet the visible box: straight lines between element borders, selected and hovered ones
 * in the accent colour, failed ones dashed in the error colour, and at full detail each label in a small pill at
 * the middle when the line is long enough for it. Plain lines go into the frame's raster ({@link #collect}, then
 * {@link #plain} for the view or for the strips a pan uncovers); the few lines in a special state and the labels
 * are drawn on the canvas over it ({@link #over}), labels last so no line crosses a label. FX thread only.
 */
final class LinkPainter {

    private static final double[] DASHES = {6, 4};
    private static final int FAILED = 1;
    private static final int SELECTED = 2;
    private static final int HOVER = 4;
    private final IntList visible = new IntList();
    private final IntList special = new IntList();
    private final IntList specialSorted = new IntList();
    private final IntList inBox = new IntList();
    private final IntList specialState = new IntList();
    private final double[] ends = new double[4];

    /**
     * Finds the lines that meet the visible box and sets aside the selected, hovered and failed ones for
     * {@link #over}.
     *
     * @param set   the lines to draw (detailed or thinned)
     * @param hover the hovered id or null
     * @return how many lines meet the visible box
     */
    int collect(DiagramScene.LinkSet set, double qx0, double qy0, double qx1, double qy1, SelectionModel selection,
                String hover, Set<String> failed) {
        visible.clear();
        special.clear();
        specialState.clear();
        set.grid.query(qx0, qy0, qx1, qy1, visible);
        int n = visible.size();
        for (int k = 0; k < n; k++) {
            int l = visible.get(k);
            int state = 0;
            // a thinned line shows the state of any link it stands for
            for (String id : set.members[l]) {
                state |= !failed.isEmpty() && failed.contains(id) ? FAILED : 0;
                state |= selection.isSelected(id) ? SELECTED : 0;
                state |= id.equals(hover) ? HOVER : 0;
            }
            if (state != 0) {
                special.add(l);
                specialState.add(state);
            }
        }
        return n;
    }

    /**
     * Draws on {@code surface}, in index order, every plain line of the last {@link #collect} whose bounds meet
     * the given box (canvas units).
     *
     * @param moving per element, true when it is drawn shifted by (dx, dy); null when nothing moves
     */
    void plain(PaintContext c, BoxSurface surface, DiagramScene.LinkSet set, double qx0, double qy0, double qx1,
               double qy1, boolean[] moving, double dx, double dy) {
        inBox.clear();
        set.grid.query(qx0, qy0, qx1, qy1, inBox);
        inBox.sort();
        Color colour = c.theme.link();
        double width = c.level == LevelOfDetail.DETAIL ? 1.25 : 1;
        int s = 0;
        specialSorted.clear();
        for (int k = 0; k < special.size(); k++) {
            specialSorted.add(special.get(k));
        }
        specialSorted.sort();
        for (int k = 0; k < inBox.size(); k++) {
            int l = inBox.get(k);
            while (s < specialSorted.size() && specialSorted.get(s) < l) {
                s++;
            }
            if (s < specialSorted.size() && specialSorted.get(s) == l) {
                continue;
            }
            line(c, set, l, moving, dx, dy);
            surface.line(c.sx(ends[0]), c.sy(ends[1]), c.sx(ends[2]), c.sy(ends[3]), width, colour);
        }
    }

    /** Draws the selected, hovered and failed lines and the labels of the last {@link #collect}. */
    void over(PaintContext c, DiagramScene.LinkSet set, boolean[] moving, double dx, double dy) {
        GraphicsContext g = c.g;
        CanvasTheme t = c.theme;
        g.setLineCap(StrokeLineCap.ROUND);
        for (int k = 0; k < special.size(); k++) {
            int l = special.get(k);
            int state = specialState.get(k);
            boolean isSelected = (state & SELECTED) != 0;
            boolean isFailed = (state & FAILED) != 0;
            boolean isHover = (state & HOVER) != 0;
            g.setStroke(isSelected ? t.accent() : isFailed ? t.error() : t.hover());
            g.setLineWidth(isSelected ? 2.5 : isHover ? 2.25 : 1.75);
            g.setLineDashes(isFailed ? DASHES : null);
            line(c, set, l, moving, dx, dy);
            g.strokeLine(c.sx(ends[0]), c.sy(ends[1]), c.sx(ends[2]), c.sy(ends[3]));
        }
        g.setLineDashes(null);
        g.setLineCap(StrokeLineCap.SQUARE);
        if (c.level == LevelOfDetail.DETAIL && c.readable(t.detailSize()) && visible.size() > 0) {
            labels(c, set);
        }
    }

    private void line(PaintContext c, DiagramScene.LinkSet set, int l, boolean[] moving, double dx, double dy) {
        if (moving != null && (moving[set.from[l]] || moving[set.to[l]])) {
            boolean a = moving[set.from[l]];
            boolean b = moving[set.to[l]];
            LinkGeometry.ends(c.scene, set.from[l], set.to[l], a ? dx : 0, a ? dy : 0, b ? dx : 0, b ? dy : 0, ends);
        } else {
            ends[0] = set.x1[l];
            ends[1] = set.y1[l];
            ends[2] = set.x2[l];
            ends[3] = set.y2[l];
        }
    }

    private void labels(PaintContext c, DiagramScene.LinkSet set) {
        GraphicsContext g = c.g;
        CanvasTheme t = c.theme;
        double s = c.scale;
        double size = t.detailSize();
        g.setFont(c.font(false, size));
        for (int k = 0; k < visible.size(); k++) {
            int l = visible.get(k);
            String label = set.link[l].label();
            if (label.isEmpty()) {
                continue;
            }
            double x1 = c.sx(set.x1[l]);
            double y1 = c.sy(set.y1[l]);
            double x2 = c.sx(set.x2[l]);
            double y2 = c.sy(set.y2[l]);
            double length = Math.hypot(x2 - x1, y2 - y1);
            double w = (c.metrics.width(label, false, size) + 10) * s;
            double h = (size + 6) * s;
            if (length < w + 24) {
                continue;
            }
            double mx = (x1 + x2) / 2 - w / 2;
            double my = (y1 + y2) / 2 - h / 2;
            g.setFill(t.linkLabelFill());
            g.fillRoundRect(mx, my, w, h, h, h);
            g.setStroke(t.leafStroke());
            g.setLineWidth(1);
            g.strokeRoundRect(mx + 0.5, my + 0.5, w - 1, h - 1, h, h);
            g.setFill(t.textMuted());
            g.fillText(label, mx + 5 * s, my + h / 2 + size * s * 0.36);
        }
    }
}
