package dev.traverse.app.bench;

import java.io.PrintStream;
import java.nio.file.Path;

/** Entry point of the canvas benchmark for the command line, which must not load JavaFX classes itself. */
public final class CanvasBenchmarks {

    private CanvasBenchmarks() {
    }

    /**
     * Runs {@link CanvasBenchmark} on JavaFX's software pipeline unless {@code prism.order} says otherwise, so the
     * figures do not depend on a graphics card; returns the exit code (1 when there is no display).
     *
     * @param scale       a zoom to pan at, or null to zoom between the whole diagram and 100 % while panning
     * @param autoPreview whether the edits are placed again as they come, as by default in the window
     */
    public static int run(Path file, double seconds, Double scale, boolean autoPreview, long editIntervalMillis,
                          PrintStream out, PrintStream err) {
        if (System.getProperty("prism.order") == null) {
            System.setProperty("prism.order", "sw");
        }
        try {
            return CanvasBenchmark.run(file, seconds, scale, autoPreview, editIntervalMillis, out);
        } catch (UnsupportedOperationException e) {
            err.println("traverse bench-canvas: needs a display: " + e.getMessage());
            return 1;
        }
    }
}
