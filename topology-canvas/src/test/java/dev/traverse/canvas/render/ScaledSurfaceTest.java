package dev.traverse.canvas.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** View pixels onto a denser raster: every shape comes out as the same shape drawn at the device scale. */
class ScaledSurfaceTest {

    @Test
    void drawsEveryShapeAtTheDeviceScale() {
        PixelRaster viaSurface = new PixelRaster();
        viaSurface.begin(60, 40, Color.WHITE);
        ScaledSurface surface = new ScaledSurface();
        surface.use(viaSurface, 2);
        surface.fillRect(1, 1, 5, 4, Color.RED);
        surface.fillRoundRect(8, 2, 12, 10, 6, Color.BLUE);
        surface.strokeRoundRect(3.5, 9.5, 10, 8, 4, 1.25, Color.GREEN);
        surface.line(2, 18, 28, 3, 1, Color.BLACK);

        PixelRaster direct = new PixelRaster();
        direct.begin(60, 40, Color.WHITE);
        direct.fillRect(2, 2, 10, 8, Color.RED);
        direct.fillRoundRect(16, 4, 24, 20, 12, Color.BLUE);
        direct.strokeRoundRect(7, 19, 20, 16, 8, 2.5, Color.GREEN);
        direct.line(4, 36, 56, 6, 2, Color.BLACK);

        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 60; x++) {
                assertThat(viaSurface.argb(x, y)).as("pixel %d,%d", x, y).isEqualTo(direct.argb(x, y));
            }
        }
        assertThat(viaSurface.argb(3, 3)).isEqualTo(0xFFFF0000);
    }

    @Test
    void refusesAScaleThatIsNotPositive() {
        PixelRaster raster = new PixelRaster();
        raster.begin(2, 2, Color.WHITE);
        assertThatThrownBy(() -> new ScaledSurface().use(raster, 0)).hasMessageContaining("not 0.0");
    }
}
