package dev.traverse.canvas.render;

import java.nio.IntBuffer;
import java.util.Objects;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The frame's content layer: a {@link PixelRaster} the painters draw boxes, borders and plain links into, handed
 * to the canvas as one image per frame. The image shares the raster's memory ({@link PixelBuffer} in the
 * premultiplied ARGB words the software pipeline's textures use), so nothing is converted on either thread.
 * Two buffers are used in turn, because the render thread may still be reading the previous frame's image while
 * the next frame is drawn. FX thread only.
 */
final class RasterLayer {

    private final PixelRaster raster = new PixelRaster();
    private final Slot[] slots = new Slot[2];
    private int next;
    private Slot current;

    /** One buffer with the image showing it. */
    private record Slot(int width, int height, int[] pixels, PixelBuffer<IntBuffer> buffer, WritableImage image) {

        static Slot of(int width, int height) {
            int[] pixels = new int[width * height];
            PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels),
                    PixelFormat.getIntArgbPreInstance());
            return new Slot(width, height, pixels, buffer, new WritableImage(buffer));
        }
    }

    /** Starts a frame of {@code width} by {@code height} pixels filled with {@code fill}; returns its raster. */
    PixelRaster begin(int width, int height, Color fill) {
        Objects.requireNonNull(fill, "fill");
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        Slot slot = slots[next];
        if (slot == null || slot.width() != w || slot.height() != h) {
            slot = Slot.of(w, h);
            slots[next] = slot;
        }
        next = 1 - next;
        current = slot;
        raster.begin(w, h, slot.pixels(), fill);
        return raster;
    }

    /** Draws the frame's raster at the canvas origin, one pixel per pixel. */
    void show(GraphicsContext g) {
        Objects.requireNonNull(g, "g");
        if (current == null) {
            throw new IllegalStateException("show() before begin()");
        }
        current.buffer().updateBuffer(b -> null);
        g.drawImage(current.image(), 0, 0);
    }
}
