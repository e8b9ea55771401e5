package dev.traverse.canvas.render;

import java.util.Arrays;

/**
 * The parts of the content layer a move changed: where the moved elements and the lines that follow them were and
 * now are, in device pixels. A move (or a resize) gives a diagram of the same shape whose elements differ only in
 * bounds; redrawing these rectangles over the last frame then gives exactly the fresh frame, at a fraction of its
 * cost when the view shows thousands of elements. Lines are covered piece by piece along their length, so a long
 * diagonal line does not claim the whole box it spans. Reused from frame to frame; FX thread only.
 */
final class MoveDamage {

    /** Beyond this share of the view, drawing the whole frame is as cheap. */
    static final double MAX_SHARE = 0.5;
    /** More rectangles than this are joined into one. */
    static final int MAX_RECTS = 96;
    /** Lines are covered in pieces about this long, in device pixels. */
    private static final double PIECE = 96;
    /** Room around a changed box for what overhangs it (borders, badges, marks), in view pixels. */
    private static final double BOX_MARGIN = CanvasRenderer.CULL_MARGIN_PX + 2;
    /** Room around a line for its width and smoothing, in view pixels. */
    private static final double LINE_MARGIN = 3;

    private int[] rects = new int[4 * 16];
    private int count;
    private int width;
    private int height;

    /**
     * Works out what changed between two scenes of the same shape as drawn with the same view.
     *
     * @param linesBefore the lines drawn from {@code before} (its detailed or thinned set, as the level wants)
     * @param linesAfter  the same set of {@code after}
     * @param scale       view pixels per canvas unit
     * @param tx          the view's translation in view pixels
     * @param unit        device pixels per view pixel
     * @param width       the layer's width in device pixels
     * @return false when the change covers so much of the view that the whole frame should be drawn instead
     */
    boolean collect(DiagramScene before, DiagramScene after, DiagramScene.LinkSet linesBefore,
                    DiagramScene.LinkSet linesAfter, double scale, double tx, double ty, double unit, int width,
                    int height) {
        count = 0;
        this.width = width;
        this.height = height;
        double boxMargin = BOX_MARGIN * unit;
        double k = scale * unit;
        // after a move the diagram and its lines say which elements and lines they replaced; else compare them all
        int[] replaced = after.diagram.replacedSince(before.diagram);
        for (int n = 0, end = replaced != null ? replaced.length : after.size; n < end; n++) {
            int i = replaced != null ? replaced[n] : n;
            if (before.minX[i] == after.minX[i] && before.minY[i] == after.minY[i]
                    && before.maxX[i] == after.maxX[i] && before.maxY[i] == after.maxY[i]) {
                continue;
            }
            add((before.minX[i] * scale + tx) * unit - boxMargin, (before.minY[i] * scale + ty) * unit - boxMargin,
                    (before.maxX[i] * scale + tx) * unit + boxMargin, (before.maxY[i] * scale + ty) * unit + boxMargin);
            add((after.minX[i] * scale + tx) * unit - boxMargin, (after.minY[i] * scale + ty) * unit - boxMargin,
                    (after.maxX[i] * scale + tx) * unit + boxMargin, (after.maxY[i] * scale + ty) * unit + boxMargin);
        }
        double lineMargin = LINE_MARGIN * unit;
        int[] placedAgain = linesAfter.placedAgainSince(linesBefore);
        for (int n = 0, end = placedAgain != null ? placedAgain.length : linesAfter.count; n < end; n++) {
            int l = placedAgain != null ? placedAgain[n] : n;
            if (linesBefore.x1[l] == linesAfter.x1[l] && linesBefore.y1[l] == linesAfter.y1[l]
                    && linesBefore.x2[l] == linesAfter.x2[l] && linesBefore.y2[l] == linesAfter.y2[l]) {
                continue;
            }
            line(linesBefore.x1[l] * k + tx * unit, linesBefore.y1[l] * k + ty * unit,
                    linesBefore.x2[l] * k + tx * unit, linesBefore.y2[l] * k + ty * unit, lineMargin);
            line(linesAfter.x1[l] * k + tx * unit, linesAfter.y1[l] * k + ty * unit,
                    linesAfter.x2[l] * k + tx * unit, linesAfter.y2[l] * k + ty * unit, lineMargin);
        }
        if (count > MAX_RECTS) {
            joinAll();
        }
        return area() <= MAX_SHARE * width * height;
    }

    /** How many rectangles to redraw. */
    int count() {
        return count;
    }

    int x0(int r) {
        return rects[4 * r];
    }

    int y0(int r) {
        return rects[4 * r + 1];
    }

    int x1(int r) {
        return rects[4 * r + 2];
    }

    int y1(int r) {
        return rects[4 * r + 3];
    }

    /** The pixels the rectangles cover, counting overlaps twice: what the redraw costs. */
    long area() {
        long sum = 0;
        for (int r = 0; r < count; r++) {
            sum += (long) (x1(r) - x0(r)) * (y1(r) - y0(r));
        }
        return sum;
    }

    private void line(double ax, double ay, double bx, double by, double margin) {
        double length = Math.hypot(bx - ax, by - ay);
        int pieces = Math.max(1, (int) Math.ceil(length / PIECE));
        for (int p = 0; p < pieces; p++) {
            double t0 = (double) p / pieces;
            double t1 = (double) (p + 1) / pieces;
            double x0 = ax + (bx - ax) * t0;
            double y0 = ay + (by - ay) * t0;
            double x1 = ax + (bx - ax) * t1;
            double y1 = ay + (by - ay) * t1;
            add(Math.min(x0, x1) - margin, Math.min(y0, y1) - margin, Math.max(x0, x1) + margin,
                    Math.max(y0, y1) + margin);
        }
    }

    /**
     * Adds a rectangle clipped to the layer, joined with any other when the two together cost no more to draw than
     * apart: nested boxes (a moved site and everything in it) become one, while the pieces of a diagonal line, which
     * touch only at their corners, stay apart. Rectangles may still overlap; redrawing a pixel twice gives the same
     * pixel.
     */
    private void add(double fx0, double fy0, double fx1, double fy1) {
        int x0 = (int) Math.max(0, Math.floor(fx0));
        int y0 = (int) Math.max(0, Math.floor(fy0));
        int x1 = (int) Math.min(width, Math.ceil(fx1));
        int y1 = (int) Math.min(height, Math.ceil(fy1));
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int r = 0; r < count; r++) {
                int ux0 = Math.min(x0, x0(r));
                int uy0 = Math.min(y0, y0(r));
                int ux1 = Math.max(x1, x1(r));
                int uy1 = Math.max(y1, y1(r));
                long union = (long) (ux1 - ux0) * (uy1 - uy0);
                long apart = (long) (x1 - x0) * (y1 - y0) + (long) (x1(r) - x0(r)) * (y1(r) - y0(r));
                if (union <= apart) {
                    x0 = ux0;
                    y0 = uy0;
                    x1 = ux1;
                    y1 = uy1;
                    remove(r);
                    joined = true;
                    break;
                }
            }
        }
        if (4 * count + 4 > rects.length) {
            rects = Arrays.copyOf(rects, rects.length * 2);
        }
        rects[4 * count] = x0;
        rects[4 * count + 1] = y0;
        rects[4 * count + 2] = x1;
        rects[4 * count + 3] = y1;
        count++;
    }

    private void remove(int r) {
        count--;
        System.arraycopy(rects, 4 * count, rects, 4 * r, 4);
    }

    private void joinAll() {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (int r = 0; r < count; r++) {
            x0 = Math.min(x0, x0(r));
            y0 = Math.min(y0, y0(r));
            x1 = Math.max(x1, x1(r));
            y1 = Math.max(y1, y1(r));
        }
        count = 0;
        add(x0, y0, x1, y1);
    }
}
