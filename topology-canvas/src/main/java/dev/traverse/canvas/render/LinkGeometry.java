package dev.traverse.canvas.render;

/**
 * Where a link's line runs: from the border of one element to the border of the other, along the line between
 * their centres, so the line never crosses the boxes it joins. When one element holds the other's centre (a
 * device group linked to its own site) that end stays at the centre. Pure arithmetic, no allocation.
 */
final class LinkGeometry {

    private LinkGeometry() {
    }

    /**
     * Writes x1, y1, x2, y2 into {@code out}: the line from element {@code a} (shifted by dxa, dya) to element
     * {@code b} (shifted by dxb, dyb), in canvas units.
     */
    static void ends(DiagramScene s, int a, int b, double dxa, double dya, double dxb, double dyb, double[] out) {
        double ax0 = s.minX[a] + dxa;
        double ay0 = s.minY[a] + dya;
        double ax1 = s.maxX[a] + dxa;
        double ay1 = s.maxY[a] + dya;
        double bx0 = s.minX[b] + dxb;
        double by0 = s.minY[b] + dyb;
        double bx1 = s.maxX[b] + dxb;
        double by1 = s.maxY[b] + dyb;
        double acx = (ax0 + ax1) / 2;
        double acy = (ay0 + ay1) / 2;
        double bcx = (bx0 + bx1) / 2;
        double bcy = (by0 + by1) / 2;
        boolean aHoldsB = bcx >= ax0 && bcx <= ax1 && bcy >= ay0 && bcy <= ay1;
        boolean bHoldsA = acx >= bx0 && acx <= bx1 && acy >= by0 && acy <= by1;
        out[0] = acx;
        out[1] = acy;
        out[2] = bcx;
        out[3] = bcy;
        if (!aHoldsB) {
            double t = exit(acx, acy, bcx - acx, bcy - acy, (ax1 - ax0) / 2, (ay1 - ay0) / 2);
            out[0] = acx + (bcx - acx) * t;
            out[1] = acy + (bcy - acy) * t;
        }
        if (!bHoldsA) {
            double t = exit(bcx, bcy, acx - bcx, acy - bcy, (bx1 - bx0) / 2, (by1 - by0) / 2);
            out[2] = bcx + (acx - bcx) * t;
            out[3] = bcy + (acy - bcy) * t;
        }
    }

    /** The fraction of the direction (dx, dy) from a box's centre at which the ray leaves the box. */
    private static double exit(double cx, double cy, double dx, double dy, double halfW, double halfH) {
        double tx = dx == 0 ? Double.POSITIVE_INFINITY : halfW / Math.abs(dx);
        double ty = dy == 0 ? Double.POSITIVE_INFINITY : halfH / Math.abs(dy);
        double t = Math.min(tx, ty);
        return Double.isInfinite(t) ? 0 : Math.min(1, t);
    }

    /** The squared distance from point (px, py) to the segment (x1, y1)-(x2, y2). */
    static double distanceSquared(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : ((px - x1) * dx + (py - y1) * dy) / len2;
        t = Math.max(0, Math.min(1, t));
        double ex = x1 + t * dx - px;
        double ey = y1 + t * dy - py;
        return ex * ex + ey * ey;
    }
}
