package dev.traverse.canvas.render;

import java.util.Arrays;
import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * A small anti-aliased rasteriser into an opaque {@code int[]} of 0xAARRGGBB pixels (alpha always 0xFF, so the
 * same words read as premultiplied ARGB): axis-aligned and rounded rectangles, rounded outlines and straight
 * lines, each pixel's coverage computed from the shape's exact edges (area for straight edges, distance for the
 * circular corners and the lines). It exists because the software pipeline rasterises every canvas shape on its
 * own through a general path renderer whose cost per shape dominates a frame with thousands of boxes and links;
 * these few shapes cost a few operations per covered edge pixel here. Arguments mirror {@code GraphicsContext}:
 * screen pixels, arcs as diameters, outlines centred on their path. Not thread-safe; FX thread only.
 */
final class PixelRaster implements BoxSurface {

    private int width;
    private int height;
    private int[] pixels = new int[0];
    /** Drawing only changes pixels in columns clipX0..clipX1 - 1 and rows clipY0..clipY1 - 1. */
    private int clipX0;
    private int clipY0;
    private int clipX1;
    private int clipY1;

    /**
     * Makes the raster {@code width} by {@code height} pixels, drawing into {@code target} from now on, and fills
     * it with {@code fill}.
     *
     * @param target at least width × height words, row by row
     */
    void begin(int width, int height, int[] target, Color fill) {
        bind(width, height, target);
        Arrays.fill(pixels, 0, width * height, 0xFF000000 | rgb(Objects.requireNonNull(fill, "fill")));
    }

    /** Makes the raster {@code width} by {@code height} pixels over {@code target}, leaving its pixels as they are. */
    void bind(int width, int height, int[] target) {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("raster size must not be negative: " + width + " x " + height);
        }
        Objects.requireNonNull(target, "target");
        if (target.length < width * height) {
            throw new IllegalArgumentException("a " + width + " x " + height + " raster needs " + width * height
                    + " pixels, the target holds " + target.length);
        }
        this.width = width;
        this.height = height;
        this.pixels = target;
        noClip();
    }

    /** As {@link #begin(int, int, int[], Color)} into memory of the raster's own, reused while big enough. */
    void begin(int width, int height, Color fill) {
        begin(width, height, pixels.length >= width * height ? pixels : new int[width * height], fill);
    }

    /**
     * Copies a previous frame of the same size into this one moved by (dx, dy) pixels: the pixel at (x, y) takes
     * the previous one at (x - dx, y - dy). What moved in from outside is left as it was, for the caller to redraw.
     */
    void copyShifted(int[] previous, int dx, int dy) {
        Objects.requireNonNull(previous, "previous");
        if (previous.length < width * height) {
            throw new IllegalArgumentException("the previous frame holds " + previous.length + " pixels, not "
                    + width * height);
        }
        int w = width - Math.abs(dx);
        if (w <= 0 || Math.abs(dy) >= height) {
            return;
        }
        int srcX = Math.max(0, -dx);
        int dstX = Math.max(0, dx);
        for (int y = Math.max(0, dy); y < Math.min(height, height + dy); y++) {
            System.arraycopy(previous, (y - dy) * width + srcX, pixels, y * width + dstX, w);
        }
    }

    /**
     * Limits drawing to columns x0..x1 - 1 and rows y0..y1 - 1 (within the raster). Every pixel inside comes out
     * exactly as it would without the clip, so a part of a frame can be redrawn without seams.
     */
    void clip(int x0, int y0, int x1, int y1) {
        clipX0 = Math.max(0, Math.min(width, x0));
        clipY0 = Math.max(0, Math.min(height, y0));
        clipX1 = Math.max(clipX0, Math.min(width, x1));
        clipY1 = Math.max(clipY0, Math.min(height, y1));
    }

    /** Lets drawing reach the whole raster again. */
    void noClip() {
        clipX0 = 0;
        clipY0 = 0;
        clipX1 = width;
        clipY1 = height;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The pixel array, row by row, {@link #width()} to a row; only the first width × height words are used. */
    int[] pixels() {
        return pixels;
    }

    /** The pixel at (x, y) as 0xFFRRGGBB. */
    int argb(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("pixel " + x + "," + y + " outside " + width + " x " + height);
        }
        return pixels[y * width + x];
    }

    /** Fills the rectangle at (x, y) of size w by h; edges that fall inside a pixel cover it partly. */
    @Override
    public void fillRect(double x, double y, double w, double h, Color colour) {
        double x1 = x + w;
        double y1 = y + h;
        int alpha = alpha(colour);
        if (w <= 0 || h <= 0 || alpha == 0) {
            return;
        }
        int rgb = rgb(colour);
        int r0 = Math.max(clipY0, (int) Math.floor(y));
        int r1 = Math.min(clipY1, (int) Math.ceil(y1));
        int c0 = Math.max(clipX0, (int) Math.floor(x));
        int c1 = Math.min(clipX1, (int) Math.ceil(x1));
        if (r0 >= r1 || c0 >= c1) {
            return;
        }
        // columns fully inside get one coverage per row; only the two edge columns vary
        int full0 = Math.max(c0, (int) Math.ceil(x));
        int full1 = Math.min(c1, (int) Math.floor(x1));
        for (int row = r0; row < r1; row++) {
            double covY = overlap(row, y, y1);
            span(row, c0, c1, full0, full1, x, x1, covY, rgb, alpha);
        }
    }

    /** Fills a rectangle with rounded corners; {@code arc} is the corners' diameter, as in GraphicsContext. */
    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Color colour) {
        double r = Math.min(arc / 2, Math.min(w, h) / 2);
        if (r < 0.5) {
            fillRect(x, y, w, h, colour);
            return;
        }
        int alpha = alpha(colour);
        if (w <= 0 || h <= 0 || alpha == 0) {
            return;
        }
        int rgb = rgb(colour);
        double x1 = x + w;
        double y1 = y + h;
        int r0 = Math.max(clipY0, (int) Math.floor(y));
        int r1 = Math.min(clipY1, (int) Math.ceil(y1));
        int c0 = Math.max(clipX0, (int) Math.floor(x));
        int c1 = Math.min(clipX1, (int) Math.ceil(x1));
        if (r0 >= r1 || c0 >= c1) {
            return;
        }
        int full0 = Math.max(c0, (int) Math.ceil(x));
        int full1 = Math.min(c1, (int) Math.floor(x1));
        // columns whose pixels may meet a corner's curve; between them (m0..m1) a row is a plain span
        int m0 = Math.max(c0, Math.min(c1, (int) Math.ceil(x + r) + 1));
        int m1 = Math.max(m0, Math.min(c1, (int) Math.floor(x1 - r) - 1));
        for (int row = r0; row < r1; row++) {
            if (row >= y + r && row + 1 <= y1 - r) {
                span(row, c0, c1, full0, full1, x, x1, 1, rgb, alpha);
                continue;
            }
            double cy = row + 0.5;
            int base = row * width;
            for (int col = c0; col < m0; col++) {
                blend(base + col, rgb, alpha, roundCoverage(x, y, x1, y1, r, col + 0.5, cy));
            }
            span(row, m0, m1, m0, m1, x, x1, overlap(row, y, y1), rgb, alpha);
            for (int col = m1; col < c1; col++) {
                blend(base + col, rgb, alpha, roundCoverage(x, y, x1, y1, r, col + 0.5, cy));
            }
        }
    }

    /**
     * Outlines a rectangle with rounded corners: a band {@code lineWidth} wide centred on the path at (x, y) of
     * size w by h whose corners have diameter {@code arc}, as {@code GraphicsContext.strokeRoundRect} with the
     * default centred stroke. Only the band's pixels are visited, so a large box costs its perimeter.
     */
    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, double lineWidth, Color colour) {
        int alpha = alpha(colour);
        if (w < 0 || h < 0 || lineWidth <= 0 || alpha == 0) {
            return;
        }
        int rgb = rgb(colour);
        double half = lineWidth / 2;
        double r = Math.max(0, Math.min(arc / 2, Math.min(w, h) / 2));
        double ox0 = x - half;
        double oy0 = y - half;
        double ox1 = x + w + half;
        double oy1 = y + h + half;
        double or = r > 0 ? r + half : 0;
        double ix0 = x + half;
        double iy0 = y + half;
        double ix1 = x + w - half;
        double iy1 = y + h - half;
        double ir = Math.max(0, r - half);
        boolean hollow = ix1 > ix0 && iy1 > iy0;
        int r0 = Math.max(clipY0, (int) Math.floor(oy0));
        int r1 = Math.min(clipY1, (int) Math.ceil(oy1));
        int c0 = Math.max(clipX0, (int) Math.floor(ox0));
        int c1 = Math.min(clipX1, (int) Math.ceil(ox1));
        if (r0 >= r1 || c0 >= c1) {
            return;
        }
        // rows clear of the top and bottom bands and the corners only touch the two side bands
        double plain0 = Math.max(iy0, y + r);
        double plain1 = Math.min(iy1, y + h - r);
        int left1 = Math.min(c1, (int) Math.ceil(ix0) + 1);
        int right0 = Math.max(c0, (int) Math.floor(ix1) - 1);
        int mid0 = Math.max(c0, Math.min(c1, ceil(Math.max(x + r, ix0)) + 1));
        int mid1 = Math.max(mid0, Math.min(c1, floor(Math.min(x + w - r, ix1)) - 1));
        for (int row = r0; row < r1; row++) {
            double cy = row + 0.5;
            if (hollow && row >= plain0 && row + 1 <= plain1 && left1 < right0) {
                ring(row, c0, left1, cy, ox0, oy0, ox1, oy1, or, ix0, iy0, ix1, iy1, ir, rgb, alpha);
                ring(row, right0, c1, cy, ox0, oy0, ox1, oy1, or, ix0, iy0, ix1, iy1, ir, rgb, alpha);
            } else {
                // a top or bottom band: past the corners every pixel of the row is covered alike
                ring(row, c0, mid0, cy, ox0, oy0, ox1, oy1, or, ix0, iy0, ix1, iy1, ir, rgb, alpha);
                if (mid1 > mid0) {
                    double cx = mid0 + 0.5;
                    double cov = roundCoverage(ox0, oy0, ox1, oy1, or, cx, cy)
                            - (hollow ? roundCoverage(ix0, iy0, ix1, iy1, ir, cx, cy) : 0);
                    span(row, mid0, mid1, mid0, mid1, x, x + w, cov, rgb, alpha);
                }
                ring(row, mid1, c1, cy, ox0, oy0, ox1, oy1, or, ix0, iy0, ix1, iy1, ir, rgb, alpha);
            }
        }
    }

    private void ring(int row, int from, int to, double cy, double ox0, double oy0, double ox1, double oy1,
                      double or, double ix0, double iy0, double ix1, double iy1, double ir, int rgb, int alpha) {
        int base = row * width;
        boolean hollow = ix1 > ix0 && iy1 > iy0;
        for (int col = from; col < to; col++) {
            double cx = col + 0.5;
            double cov = roundCoverage(ox0, oy0, ox1, oy1, or, cx, cy);
            if (cov > 0 && hollow) {
                cov -= roundCoverage(ix0, iy0, ix1, iy1, ir, cx, cy);
            }
            blend(base + col, rgb, alpha, cov);
        }
    }

    /**
     * A straight line {@code lineWidth} wide from (x1, y1) to (x2, y2) with flat ends: for every pixel step along
     * the major axis the line's cross-section on the minor axis is covered exactly.
     */
    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, Color colour) {
        int alpha = alpha(colour);
        double dx = x2 - x1;
        double dy = y2 - y1;
        if (lineWidth <= 0 || alpha == 0 || dx == 0 && dy == 0 || !Double.isFinite(dx + dy)) {
            return;
        }
        int rgb = rgb(colour);
        boolean steep = Math.abs(dy) > Math.abs(dx);
        // work with x as the major axis; a steep line is walked with the axes swapped
        double a0 = steep ? y1 : x1;
        double b0 = steep ? x1 : y1;
        double a1 = steep ? y2 : x2;
        double b1 = steep ? x2 : y2;
        if (a0 > a1) {
            double t = a0;
            a0 = a1;
            a1 = t;
            t = b0;
            b0 = b1;
            b1 = t;
        }
        double slope = (b1 - b0) / (a1 - a0);
        double half = lineWidth / 2 * Math.sqrt(1 + slope * slope);
        int major0 = steep ? clipY0 : clipX0;
        int major1 = steep ? clipY1 : clipX1;
        int minor0 = steep ? clipX0 : clipY0;
        int minor1 = steep ? clipX1 : clipY1;
        double first = Math.max(a0, major0);
        double last = Math.min(a1, major1);
        if (slope != 0) {
            // only the steps whose cross-section meets the clip's minor range: centre within (min - half, max + half)
            double u = a0 + (minor0 - half - b0) / slope - 0.5;
            double v = a0 + (minor1 + half - b0) / slope - 0.5;
            first = Math.max(first, Math.floor(Math.min(u, v)));
            last = Math.min(last, Math.ceil(Math.max(u, v)) + 1);
        }
        if (first >= last) {
            return;
        }
        int from = (int) Math.floor(first);
        int to = (int) Math.ceil(last);
        // the pixel index steps by 1 along the major axis and by `across` along the minor one
        int[] px = pixels;
        int along = steep ? width : 1;
        int across = steep ? 1 : width;
        for (int m = from; m < to; m++) {
            double covMajor = overlap(m, a0, a1);
            double centre = b0 + (m + 0.5 - a0) * slope;
            double lo = centre - half;
            double hi = centre + half;
            int n0 = Math.max(minor0, floor(lo));
            int n1 = Math.min(minor1, ceil(hi));
            if (n0 >= n1) {
                continue;
            }
            // coverage of pixel n is the part of [n, n + 1] within [lo, hi]: partial at both ends, full between
            double scaled = alpha * covMajor;
            int index = m * along + n0 * across;
            for (int n = n0; n < n1; n++, index += across) {
                double inside = Math.min(n + 1, hi) - Math.max(n, lo);
                int a = (int) (scaled * inside + 0.5);
                if (a > 0) {
                    int d = px[index];
                    int keep = 256 - a;
                    px[index] = a >= 256 ? 0xFF000000 | rgb : 0xFF000000
                            | ((rgb & 0xFF00FF) * a + (d & 0xFF00FF) * keep) >>> 8 & 0xFF00FF
                            | ((rgb & 0x00FF00) * a + (d & 0x00FF00) * keep) >>> 8 & 0x00FF00;
                }
            }
        }
    }

    /** One row from column {@code from} to {@code to}; columns full0..full1 are wholly inside x..x1. */
    private void span(int row, int from, int to, int full0, int full1, double x, double x1, double covY, int rgb,
                      int alpha) {
        int base = row * width;
        if (covY >= 1 && alpha >= 256 && full1 > full0) {
            Arrays.fill(pixels, base + full0, base + full1, 0xFF000000 | rgb);
        } else {
            for (int col = full0; col < full1; col++) {
                blend(base + col, rgb, alpha, covY);
            }
        }
        for (int col = from; col < Math.min(full0, to); col++) {
            blend(base + col, rgb, alpha, covY * overlap(col, x, x1));
        }
        for (int col = Math.max(full1, from); col < to; col++) {
            blend(base + col, rgb, alpha, covY * overlap(col, x, x1));
        }
    }

    /** How much of the pixel centred at (cx, cy) lies inside the rounded box; exact along straight edges. */
    static double roundCoverage(double x0, double y0, double x1, double y1, double r, double cx, double cy) {
        double ax = overlap(cx - 0.5, x0, x1);
        double ay = overlap(cy - 0.5, y0, y1);
        if (ax <= 0 || ay <= 0) {
            return 0;
        }
        double dx = Math.max(x0 + r - cx, cx - (x1 - r));
        double dy = Math.max(y0 + r - cy, cy - (y1 - r));
        if (r > 0 && dx > 0 && dy > 0) {
            double inside = r + 0.5 - Math.sqrt(dx * dx + dy * dy);
            return Math.min(ax * ay, Math.max(0, Math.min(1, inside)));
        }
        return ax * ay;
    }

    /** Math.floor for values in int range, without the library call some processors need for it. */
    private static int floor(double v) {
        int i = (int) v;
        return i > v ? i - 1 : i;
    }

    private static int ceil(double v) {
        int i = (int) v;
        return i < v ? i + 1 : i;
    }

    /** The length of [p, p + 1] that lies within [lo, hi]. */
    private static double overlap(double p, double lo, double hi) {
        return Math.max(0, Math.min(p + 1, hi) - Math.max(p, lo));
    }

    /** Mixes {@code rgb} into a pixel at {@code alpha} (0..256) times {@code coverage} (0..1). */
    private void blend(int index, int rgb, int alpha, double coverage) {
        blend(index, rgb, (int) (alpha * coverage + 0.5));
    }

    /** Mixes {@code rgb} into a pixel at opacity {@code a} on a 0..256 scale. */
    private void blend(int index, int rgb, int a) {
        if (a <= 0) {
            return;
        }
        if (a >= 256) {
            pixels[index] = 0xFF000000 | rgb;
            return;
        }
        int d = pixels[index];
        int keep = 256 - a;
        int rb = ((rgb & 0xFF00FF) * a + (d & 0xFF00FF) * keep) >>> 8 & 0xFF00FF;
        int g = ((rgb & 0x00FF00) * a + (d & 0x00FF00) * keep) >>> 8 & 0x00FF00;
        pixels[index] = 0xFF000000 | rb | g;
    }

    /** The colour as 0xRRGGBB. */
    static int rgb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** The colour's opacity on a 0..256 scale. */
    private static int alpha(Color c) {
        return (int) Math.round(c.getOpacity() * 256);
    }
}
