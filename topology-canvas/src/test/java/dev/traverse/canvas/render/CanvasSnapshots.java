package dev.traverse.canvas.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Takes pictures of nodes for pixel checks, and writes them as PNG when asked to (never by default). */
final class CanvasSnapshots {

    /** Set this system property to a folder to have the rendering tests write their pictures there. */
    static final String FOLDER_PROPERTY = "traverse.canvas.snapshots";

    private CanvasSnapshots() {
    }

    /** A snapshot of {@code node}; FX thread only. */
    static WritableImage take(Node node) {
        return node.snapshot(null, null);
    }

    /** Writes the image as {@code name}.png in the folder named by {@link #FOLDER_PROPERTY}, if it is set. */
    static void writeIfAsked(WritableImage image, String name) {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder == null || folder.isBlank()) {
            return;
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            Path dir = Path.of(folder);
            Files.createDirectories(dir);
            ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
