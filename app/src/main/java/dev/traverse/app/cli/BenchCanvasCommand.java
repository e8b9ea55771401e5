package dev.traverse.app.cli;

import dev.traverse.app.bench.CanvasBenchmarks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench-canvas", mixinStandardHelpOptions = true,
        description = {"Measures the designer canvas on a display: the first frame of FILE's diagram, then frame"
                + " times while panning and zooming."})
final class BenchCanvasCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The topology file (YAML or JSON).")
    private Path file;

    @Option(names = "--seconds", defaultValue = "10", description = "How long to pan and zoom (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Option(names = "--scale", description = "Pan at this zoom (1 = 100 %%) instead of zooming in and out.")
    private Double scale;

    @Option(names = "--no-auto-preview", description = "Make the edits with auto-preview off, to tell what the"
            + " edits cost the window from what the previews behind them cost.")
    private boolean withoutPreview;

    @Option(names = "--edit-interval", defaultValue = "400", paramLabel = "MS",
            description = "Time between two of the 20 edits, in milliseconds (default: ${DEFAULT-VALUE}); past the"
                    + " background check's delay (0.5 s on a quick check) checks run between the edits.")
    private long editIntervalMillis;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            System.err.println("traverse bench-canvas: " + file + " is not a file");
            return TopologyFiles.INVALID;
        }
        return CanvasBenchmarks.run(file, seconds, scale, !withoutPreview, editIntervalMillis,
                System.out, System.err);
    }
}
