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
 * the next frame is drawn; the previous one can also start the next frame when the view only moved
 * ({@link #beginShifted}). FX thread only.
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
        raster.begin(Math.max(1, width), Math.max(1, height), take(width, height).pixels(), fill);
        return raster;
    }

    /**
     * Starts a frame from the last one moved by (dx, dy) pixels; the caller fills and redraws what moved in (the
     * pixels there are left over from an older frame). Returns null
     * (and starts nothing) when there is no last frame of this size to start from.
     */
    PixelRaster beginShifted(int width, int height, int dx, int dy) {
        Slot last = current;
        if (last == null || last.width() != Math.max(1, width) || last.height() != Math.max(1, height)) {
            return null;
        }
        Slot slot = take(width, height);
        raster.bind(slot.width(), slot.height(), slot.pixels());
        raster.copyShifted(last.pixels(), dx, dy);
        return raster;
    }

    private Slot take(int width, int height) {
        int w = Math.max(1, width);
        int h = Math.max(1, height);
        Slot slot = slots[next];
        if (slot == null || slot.width() != w || slot.height() != h) {
            slot = Slot.of(w, h);
            slots[next] = slot;
        }
        next = 1 - next;
        current = slot;
        return slot;
    }

    /**
     * Draws the frame's raster over the canvas from its origin, {@code width} by {@code height} view pixels, each
     * raster pixel as a block (no smoothing).
     */
    void show(GraphicsContext g, double width, double height) {
        Objects.requireNonNull(g, "g");
        if (current == null) {
            throw new IllegalStateException("show() before begin()");
        }
        current.buffer().updateBuffer(b -> null);
        // The raster is pixel-aligned: at full resolution nearest-neighbour is exact, and while a zoom draws it at
        // half resolution, filtering its upscale cost the render thread most of a frame on a large view.
        g.setImageSmoothing(false);
        g.drawImage(current.image(), 0, 0, width, height);
        g.setImageSmoothing(true);
    }
}
