package dev.traverse.canvas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The content rasteriser, pixel by pixel: coverage at edges, corners, outlines and lines, clipping and shifts. */
class PixelRasterTest {

    private static final Color WHITE = Color.WHITE;
    private static final Color RED = Color.rgb(255, 0, 0);
    private static final Color BLUE = Color.rgb(0, 0, 255);
    private static final int W = 0xFFFFFFFF;
    private static final int R = 0xFFFF0000;

    private static PixelRaster raster(int width, int height) {
        PixelRaster raster = new PixelRaster();
        raster.begin(width, height, WHITE);
        return raster;
    }

    @Test
    void aRectangleOnWholePixelsCoversExactlyItsPixels() {
        PixelRaster r = raster(10, 8);
        r.fillRect(2, 3, 4, 2, RED);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 10; x++) {
                boolean inside = x >= 2 && x < 6 && y >= 3 && y < 5;
                assertThat(r.argb(x, y)).as("pixel %d,%d", x, y).isEqualTo(inside ? R : W);
            }
        }
    }

    @Test
    void anEdgeInsideAPixelCoversItByTheAreaInside() {
        PixelRaster r = raster(10, 4);
        r.fillRect(2.5, 0, 3, 4, RED);
        // half of pixel 2 and half of pixel 5 are covered: red mixed half into white
        assertThat(r.argb(2, 1)).isEqualTo(0xFFFF7F7F);
        assertThat(r.argb(3, 1)).isEqualTo(R);
        assertThat(r.argb(4, 1)).isEqualTo(R);
        assertThat(r.argb(5, 1)).isEqualTo(0xFFFF7F7F);
        assertThat(r.argb(1, 1)).isEqualTo(W);
        assertThat(r.argb(6, 1)).isEqualTo(W);
    }

    @Test
    void translucentColoursMixWithWhatIsBelow() {
        PixelRaster r = raster(4, 4);
        r.fillRect(0, 0, 4, 4, BLUE);
        r.fillRect(0, 0, 2, 4, Color.rgb(255, 0, 0, 0.5));
        assertThat(r.argb(0, 0)).isEqualTo(0xFF7F007F);
        assertThat(r.argb(3, 0)).isEqualTo(0xFF0000FF);
    }

    @Test
    void roundedCornersLeaveTheCornerPixelsUncoveredAndTheBodyFull() {
        PixelRaster r = raster(40, 40);
        r.fillRoundRect(0, 0, 40, 40, 20, RED);
        assertThat(r.argb(0, 0)).as("outside the corner's arc").isEqualTo(W);
        assertThat(r.argb(1, 1)).isEqualTo(W);
        assertThat(r.argb(20, 0)).as("top edge between the corners").isEqualTo(R);
        assertThat(r.argb(0, 20)).isEqualTo(R);
        assertThat(r.argb(20, 20)).isEqualTo(R);
        assertThat(r.argb(5, 5)).as("inside the arc").isEqualTo(R);
        // on the arc: partly covered, neither background nor full colour
        int onArc = r.argb(3, 2);
        assertThat(onArc).isNotEqualTo(W).isNotEqualTo(R);
        // the shape is symmetric
        assertThat(r.argb(39 - 3, 2)).isEqualTo(onArc);
        assertThat(r.argb(3, 39 - 2)).isEqualTo(onArc);
        assertThat(r.argb(2, 3)).isEqualTo(onArc);
    }

    @Test
    void theCoveredAreaOfARoundedBoxMatchesItsGeometry() {
        PixelRaster r = raster(60, 60);
        r.fillRoundRect(5, 5, 50, 40, 16, Color.BLACK);
        double covered = 0;
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 60; x++) {
                covered += 1 - (r.argb(x, y) & 0xFF) / 255.0;
            }
        }
        double expected = 50 * 40 - (4 - Math.PI) * 8 * 8;
        assertThat(covered).isCloseTo(expected, org.assertj.core.data.Offset.offset(3.0));
    }

    @Test
    void anOutlineColoursOnlyItsBand() {
        PixelRaster r = raster(30, 30);
        // the path runs through pixel centres 5.5 and 24.5, so a 1-pixel band fills whole pixels 5 and 24
        r.strokeRoundRect(5.5, 5.5, 19, 19, 0, 1, RED);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 30; x++) {
                boolean onBand = (x == 5 || x == 24) && y >= 5 && y <= 24 || (y == 5 || y == 24) && x >= 5 && x <= 24;
                assertThat(r.argb(x, y)).as("pixel %d,%d", x, y).isEqualTo(onBand ? R : W);
            }
        }
    }

    @Test
    void aRoundedOutlineKeepsItsInsideAndOutsideClear() {
        PixelRaster r = raster(40, 40);
        r.strokeRoundRect(4.5, 4.5, 30, 30, 12, 1.25, BLUE);
        assertThat(r.argb(20, 20)).as("inside").isEqualTo(W);
        assertThat(r.argb(4, 4)).as("outside the rounded corner").isEqualTo(W);
        assertThat(r.argb(20, 4)).as("top band").isEqualTo(0xFF0000FF);
        assertThat(r.argb(34, 20)).as("right band").isEqualTo(0xFF0000FF);
        assertThat(r.argb(20, 6)).as("just inside the band").isEqualTo(W);
    }

    @Test
    void aHorizontalLineOnAPixelRowFillsThatRow() {
        PixelRaster r = raster(20, 10);
        r.line(2, 4.5, 12, 4.5, 1, RED);
        for (int x = 0; x < 20; x++) {
            assertThat(r.argb(x, 4)).as("pixel %d,4", x).isEqualTo(x >= 2 && x < 12 ? R : W);
            assertThat(r.argb(x, 3)).isEqualTo(W);
            assertThat(r.argb(x, 5)).isEqualTo(W);
        }
    }

    @Test
    void aDiagonalLineCoversItsLengthTimesItsWidth() {
        PixelRaster r = raster(50, 50);
        r.line(5, 8, 40, 33, 1.25, Color.BLACK);
        double covered = 0;
        for (int y = 0; y < 50; y++) {
            for (int x = 0; x < 50; x++) {
                covered += 1 - (r.argb(x, y) & 0xFF) / 255.0;
            }
        }
        assertThat(covered).isCloseTo(Math.hypot(35, 25) * 1.25, org.assertj.core.data.Offset.offset(1.5));
        // the pixel under the line's middle is (nearly) fully covered
        assertThat(r.argb(22, 20) & 0xFF).isLessThan(60);
        assertThat(r.argb(40, 8)).isEqualTo(W);
    }

    @Test
    void shapesFarOutsideOrDegenerateDrawNothing() {
        PixelRaster r = raster(10, 10);
        r.fillRect(-1e7, -1e7, 5, 5, RED);
        r.fillRoundRect(20, 20, 10, 10, 4, RED);
        r.line(3, 3, 3, 3, 1, RED);
        r.line(-100, -50, 200, -50, 1, RED);
        r.fillRect(2, 2, 0, 5, RED);
        for (int y = 0; y < 10; y++) {
            for (int x = 0; x < 10; x++) {
                assertThat(r.argb(x, y)).isEqualTo(W);
            }
        }
    }

    @Test
    void hugeShapesAreClippedToTheRaster() {
        PixelRaster r = raster(10, 10);
        r.fillRoundRect(-1e6, -1e6, 2e6, 2e6, 20, RED);
        r.strokeRoundRect(-1e6, 5.5, 2e6, 1e6, 20, 1, BLUE);
        r.line(-1e6, -1e6 + 0.5, 1e6, 1e6 + 0.5, 1, BLUE);
        assertThat(r.argb(9, 0)).isEqualTo(R);
        assertThat(r.argb(3, 5)).isEqualTo(0xFF0000FF);
        assertThat(r.argb(7, 7)).isNotEqualTo(R);
    }

    /** Draws the same random scene whole and through a few clips; the clipped pieces must match exactly. */
    @Test
    void drawingUnderAClipGivesThePixelsOfAWholeDrawing() {
        for (long seed = 1; seed <= 20; seed++) {
            PixelRaster whole = raster(80, 60);
            scene(whole, new Random(seed));
            PixelRaster pieces = raster(80, 60);
            int[][] clips = {{0, 0, 17, 60}, {17, 0, 80, 9}, {17, 9, 80, 60}};
            for (int[] clip : clips) {
                pieces.clip(clip[0], clip[1], clip[2], clip[3]);
                scene(pieces, new Random(seed));
            }
            for (int y = 0; y < 60; y++) {
                for (int x = 0; x < 80; x++) {
                    assertThat(pieces.argb(x, y)).as("seed %d pixel %d,%d", seed, x, y).isEqualTo(whole.argb(x, y));
                }
            }
        }
    }

    @Test
    void clippedDrawingLeavesEverythingOutsideTheClipAlone() {
        PixelRaster r = raster(20, 20);
        r.clip(5, 5, 10, 10);
        r.fillRect(0, 0, 20, 20, RED);
        r.line(0, 0.5, 20, 19.5, 2, BLUE);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                if (x < 5 || x >= 10 || y < 5 || y >= 10) {
                    assertThat(r.argb(x, y)).as("pixel %d,%d", x, y).isEqualTo(W);
                }
            }
        }
        assertThat(r.argb(7, 5)).isEqualTo(R);
    }

    @Test
    void aShiftedCopyMovesEveryPixelByTheOffset() {
        PixelRaster before = raster(12, 9);
        scene(before, new Random(7));
        int[] previous = before.pixels().clone();
        PixelRaster after = new PixelRaster();
        after.begin(12, 9, new int[12 * 9], BLUE);
        after.copyShifted(previous, 3, -2);
        for (int y = 0; y < 9; y++) {
            for (int x = 0; x < 12; x++) {
                int sx = x - 3;
                int sy = y + 2;
                int expected = sx >= 0 && sy < 9 ? previous[sy * 12 + sx] : 0xFF0000FF;
                assertThat(after.argb(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected);
            }
        }
    }

    @Test
    void badSizesAreRefusedWithTheNumbers() {
        PixelRaster r = new PixelRaster();
        assertThatThrownBy(() -> r.begin(4, 4, new int[10], WHITE)).hasMessageContaining("4 x 4")
                .hasMessageContaining("10");
        assertThatThrownBy(() -> r.begin(-1, 4, WHITE)).hasMessageContaining("-1 x 4");
        assertThatThrownBy(() -> raster(3, 3).argb(3, 0)).hasMessageContaining("3,0");
    }

    private static void scene(PixelRaster r, Random random) {
        Color[] colours = {RED, BLUE, Color.rgb(20, 160, 60), Color.rgb(240, 180, 20, 0.4)};
        for (int k = 0; k < 12; k++) {
            double x = random.nextDouble() * 100 - 10;
            double y = random.nextDouble() * 80 - 10;
            double w = random.nextDouble() * 50;
            double h = random.nextDouble() * 40;
            Color colour = colours[random.nextInt(colours.length)];
            switch (random.nextInt(4)) {
                case 0 -> r.fillRect(x, y, w, h, colour);
                case 1 -> r.fillRoundRect(x, y, w, h, random.nextDouble() * 20, colour);
                case 2 -> r.strokeRoundRect(x, y, w, h, random.nextDouble() * 20, 0.5 + random.nextDouble() * 2,
                        colour);
                default -> r.line(x, y, x + w - 25, y + h - 20, 0.5 + random.nextDouble() * 2, colour);
            }
        }
    }
}
