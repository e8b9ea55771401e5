package dev.traverse.canvas.render;

import java.util.Objects;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The frame's content layer: a {@link PixelRaster} the painters draw boxes, borders and plain links into, handed
 * to the canvas as one image per frame. Two images are used in turn, because the render thread may still be
 * reading the previous frame's image while the next frame is written. FX thread only.
 */
final class RasterLayer {

    private final PixelRaster raster = new PixelRaster();
    private final WritableImage[] images = new WritableImage[2];
    private int next;

    /** The raster to draw this frame's content into. */
    PixelRaster raster() {
        return raster;
    }

    /** Copies the raster into an image and draws it at the canvas origin, one pixel per pixel. */
    void show(GraphicsContext g) {
        Objects.requireNonNull(g, "g");
        int w = raster.width();
        int h = raster.height();
        if (w == 0 || h == 0) {
            return;
        }
        WritableImage image = images[next];
        if (image == null || (int) image.getWidth() != w || (int) image.getHeight() != h) {
            image = new WritableImage(w, h);
            images[next] = image;
        }
        next = 1 - next;
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), raster.pixels(), 0, w);
        g.drawImage(image, 0, 0);
    }
}
