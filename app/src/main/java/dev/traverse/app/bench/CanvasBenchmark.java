package dev.traverse.app.bench;

import dev.traverse.app.concurrent.BackgroundTaskExecutor;
import dev.traverse.app.desktop.DesktopWindow;
import dev.traverse.app.design.RecoveryStore;
import dev.traverse.app.main.MainWindowView;
import dev.traverse.app.preview.PlacementPreview;
import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.layout.Moves;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.model.WorkloadKind;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The canvas benchmark: opens a topology in the real desktop window, reports how long the first frame of its
 * diagram took, then pans and zooms the canvas on every pulse and reports the frame times the FX thread achieved.
 * Frame times are the intervals between pulses (what the user sees); paint times are the part of each pulse spent
 * laying out and painting. Run it on a display (Xvfb is fine); see docs/benchmarks.md.
 */
public final class CanvasBenchmark extends Application {

    static final String FILE = "traverse.bench.file";
    static final String SECONDS = "traverse.bench.seconds";
    static final String SCALE = "traverse.bench.scale";
    static final String EDIT_INTERVAL = "traverse.bench.editInterval";
    static final String AUTO_PREVIEW = "traverse.bench.autoPreview";

    private static volatile PrintStream out = System.out;
    private static volatile int exitCode;

    private final FrameSeries frames = new FrameSeries();
    private final FrameSeries paints = new FrameSeries();
    private final FrameSeries editingFrames = new FrameSeries();
    private final FrameSeries editTimes = new FrameSeries();
    /** Pulse intervals in which an edit ran, before the pulse: the user's own change, apart from what runs behind. */
    private final FrameSeries editFrames = new FrameSeries();
    /** Per edit: from its start to the end of the layout and painting of the pulse after it. */
    private final FrameSeries editPulseWork = new FrameSeries();
    /** How long queued events waited for the FX thread while the edits and previews ran. */
    private final ResponsivenessProbe responsiveness = new ResponsivenessProbe();
    private final GcPauses gcPauses = new GcPauses();
    private long editStartedAt;
    private boolean editedThisPulse;
    private boolean editQueued;
    private long editingStart;
    private long lastEdit;
    private int edits;
    private int previews;
    private enum Phase { OPENING, SETTLING, ANIMATING, EDITING, DONE }

    /** Edits made while the auto-preview runs, one every {@link #editIntervalNanos}. */
    static final int EDITS = 20;
    /** The default time between two edits: shorter than the background check's delay, as a user at work edits. */
    static final long DEFAULT_EDIT_INTERVAL_MILLIS = 400;
    static final long EDITING_TIMEOUT_NANOS = 120_000_000_000L;

    private Phase phase = Phase.OPENING;
    private PlacementPreview preview;
    private long openedAt;
    private long firstFrameAt;
    private long lastPulse;
    private long pulseStart;
    private long animationStart;
    private Box extent;
    private double fitScale;
    private long editIntervalNanos;

    /** Runs the benchmark; blocks until done. */
    static int run(Path file, double seconds, Double scale, boolean autoPreview, long editIntervalMillis,
                   PrintStream report) {
        out = report;
        System.setProperty(EDIT_INTERVAL, Long.toString(editIntervalMillis));
        System.setProperty(AUTO_PREVIEW, Boolean.toString(autoPreview));
        System.setProperty(FILE, file.toAbsolutePath().toString());
        System.setProperty(SECONDS, Double.toString(seconds));
        if (scale != null) {
            System.setProperty(SCALE, Double.toString(scale));
        }
        Application.launch(CanvasBenchmark.class);
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        Path file = Path.of(System.getProperty(FILE));
        double seconds = Double.parseDouble(System.getProperty(SECONDS, "10"));
        editIntervalNanos = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(
                Long.getLong(EDIT_INTERVAL, DEFAULT_EDIT_INTERVAL_MILLIS));
        var executor = new BackgroundTaskExecutor(Platform::runLater);
        // Its own recovery folder: the edits below must neither leave autosaves behind nor find old ones.
        MainWindowView view = DesktopWindow.show(stage, executor, Preferences.userRoot().node("/dev/traverse/bench"),
                new RecoveryStore(scratchFolder()), Platform::exit);
        TopologyCanvas canvas = view.canvas();
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getUptime();
        openedAt = System.nanoTime();
        view.viewModel().open(file);

        AnimationTimer animation = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulseStart = System.nanoTime();
                if (phase != Phase.ANIMATING) {
                    return;
                }
                if (animationStart == 0) {
                    animationStart = now;
                }
                double t = (now - animationStart) / 1e9;
                if (t > seconds) {
                    phase = Phase.EDITING;
                    lastPulse = 0;
                    view.preview().preview().autoPreviewProperty().set(Boolean.getBoolean(AUTO_PREVIEW));
                    return;
                }
                drive(canvas, t);
            }
        };
        AnimationTimer editing = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (phase != Phase.EDITING) {
                    return;
                }
                if (editingStart == 0) {
                    editingStart = now;
                    responsiveness.start();
                    gcPauses.start();
                    view.canvas().frameStats().setEnabled(true);
                }
                if (edits < EDITS && !editQueued && now - lastEdit > editIntervalNanos) {
                    int n = edits++;
                    lastEdit = now;
                    editQueued = true;
                    // An edit comes as input does: queued to the FX thread and run between pulses, not inside one.
                    Platform.runLater(() -> {
                        long began = System.nanoTime();
                        editStartedAt = began;
                        edit(view, n);
                        editTimes.add((System.nanoTime() - began) / 1e6);
                        editedThisPulse = true;
                        editQueued = false;
                    });
                }
                boolean settled = edits == EDITS && !editQueued && (view.preview().preview().autoPreviewProperty().get()
                        ? !view.preview().preview().runningProperty().get()
                                && !view.preview().preview().outdatedProperty().get()
                        : now - lastEdit > editIntervalNanos);
                if (settled || now - editingStart > EDITING_TIMEOUT_NANOS) {
                    responsiveness.stop();
                    gcPauses.stop();
                    stop();
                    animation.stop();
                    phase = Phase.DONE;
                    report(file, canvas, jvmStartMillis, seconds);
                    Platform.exit();
                }
            }
        };
        view.preview().preview().snapshotProperty().addListener((obs, old, now) -> {
            if (phase == Phase.EDITING) {
                previews++;
            }
        });
        editing.start();
        preview = view.preview().preview();
        stage.getScene().addPostLayoutPulseListener(() -> afterLayout(canvas));
        animation.start(); // also keeps pulses coming while nothing else changes
    }

    private void afterLayout(TopologyCanvas canvas) {
        long now = System.nanoTime();
        if (phase == Phase.OPENING && canvas.getDiagram().size() > 0) {
            firstFrameAt = now;
            extent = canvas.getDiagram().extent();
            phase = Phase.SETTLING;
        } else if (phase == Phase.SETTLING && !preview.runningProperty().get() && preview.resultProperty().get() != null) {
            // Pan and zoom are measured once the first placement is in, as a user meets them after opening.
            canvas.fitToContent();
            fitScale = canvas.viewport().scale();
            phase = Phase.ANIMATING;
        } else if (phase == Phase.ANIMATING && animationStart != 0) {
            if (lastPulse != 0) {
                frames.add((now - lastPulse) / 1e6);
                paints.add((now - pulseStart) / 1e6);
            }
            lastPulse = now;
        } else if (phase == Phase.EDITING) {
            if (lastPulse != 0) {
                (editedThisPulse ? editFrames : editingFrames).add((now - lastPulse) / 1e6);
                if (editedThisPulse) {
                    editPulseWork.add((now - editStartedAt) / 1e6);
                }
            }
            editedThisPulse = false;
            lastPulse = now;
        }
    }

    private static Path scratchFolder() {
        try {
            Path dir = Files.createTempDirectory("traverse-bench-recovery");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Alternates the two kinds of edit a user makes: a move of the first site with everything in it (layout only: no
     * new placement) and one more or one fewer replica of the first workload (placed again by the auto-preview).
     */
    private static void edit(MainWindowView view, int n) {
        if (n % 2 == 0) {
            // as a drag or an arrow key moves a site: with everything in it
            Diagram diagram = view.canvas().getDiagram();
            String site = diagram.elements().get(0).id();
            view.designer().move(Moves.by(diagram, List.of(site), n % 4 == 0 ? 10 : -10, 0), false);
            return;
        }
        view.designer().edit("Replicas", t -> {
            Workload w = t.workloads().stream().filter(x -> x.kind() == WorkloadKind.SERVICE && x.pins().isEmpty())
                    .findFirst().orElseThrow();
            int replicas = n % 4 == 1 ? w.replicas() + 1 : Math.max(1, w.replicas() - 1);
            return TopologyEdits.replaceWorkload(t, w.name(), new Workload(w.name(), w.kind(), w.image(),
                    w.artifact(), replicas, w.priority(), w.resources(), w.limits(), w.arch(), w.os(), w.runtime(),
                    w.gpuModel(), w.nodeSelector(), w.tolerations(), w.affinity(), w.antiAffinity(), w.spread(),
                    w.latency(), w.jurisdictions(), w.target(), w.clusterAffinities(), w.replicaScheduling(),
                    w.pins(), w.labels()));
        });
    }

    /**
     * Zooms between the whole diagram and 100 % (a slow sine, so every level of detail is drawn) while the centre
     * travels around the diagram.
     */
    private void drive(TopologyCanvas canvas, double t) {
        double zoomPhase = (1 - Math.cos(t * Math.PI / 2.5)) / 2; // 0..1, a full cycle every 5 s
        String fixed = System.getProperty(SCALE);
        double scale = fixed != null ? Double.parseDouble(fixed)
                : Math.exp(Math.log(fitScale) + (Math.log(1.0) - Math.log(fitScale)) * zoomPhase);
        double cx = extent.centreX() + Math.cos(t * 0.7) * extent.width() * 0.35;
        double cy = extent.centreY() + Math.sin(t * 0.9) * extent.height() * 0.35;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        canvas.viewport().set(scale, w / 2 - cx * scale, h / 2 - cy * scale);
    }

    private void report(Path file, TopologyCanvas canvas, long jvmStartMillis, double seconds) {
        Diagram diagram = canvas.getDiagram();
        out.println("file: " + file.getFileName() + " · " + diagram.size() + " elements, " + diagram.links().size()
                + " links");
        out.printf(Locale.ROOT, "first frame: %.0f ms after the open request (JVM up %d ms before it)%n",
                (firstFrameAt - openedAt) / 1e6, jvmStartMillis);
        double median = frames.median();
        out.printf(Locale.ROOT, "pan and zoom for %.0f s: %d frames, median frame %.1f ms (%.1f fps),"
                        + " p95 %.1f ms, worst %.1f ms%n", seconds, frames.size(), median, 1000 / median,
                frames.percentile(0.95), frames.max());
        out.printf(Locale.ROOT, "layout and paint per pulse: median %.1f ms, p95 %.1f ms, worst %.1f ms%n",
                paints.median(), paints.percentile(0.95), paints.max());
        out.printf(Locale.ROOT, "auto-preview %s: %d edits (one every %d ms), %d previews shown; pulses without an"
                        + " edit: %d,"
                        + " median %.1f ms,"
                        + " p99 %.1f ms, longest %.1f ms; pulses with an edit: longest %.1f ms%n",
                Boolean.getBoolean(AUTO_PREVIEW) ? "on" : "off", edits, editIntervalNanos / 1_000_000, previews,
                editingFrames.size(), editingFrames.median(), editingFrames.percentile(0.99), editingFrames.max(),
                editFrames.max());
        FrameSeries waits = responsiveness.waits();
        out.printf(Locale.ROOT, "events queued for the FX thread meanwhile (%d, one every %d ms): waited median %.1f ms,"
                        + " p99 %.1f ms, longest %.1f ms%n", waits.size(),
                ResponsivenessProbe.INTERVAL_NANOS / 1_000_000, waits.median(), waits.percentile(0.99), waits.max());
        FrameSeries pauses = gcPauses.pauses();
        out.printf(Locale.ROOT, "garbage collection pauses meanwhile: %d, median %.0f ms, longest %.0f ms%n",
                pauses.size(), pauses.median(), pauses.max());
        var canvasStats = canvas.frameStats();
        out.printf(Locale.ROOT, "canvas paints meanwhile: %d, median %.1f ms, p95 %.1f ms, longest %.1f ms%n",
                canvasStats.paintSamples(), canvasStats.paintMedianMillis(), canvasStats.paintP95Millis(),
                canvasStats.paintMaxMillis());
        out.printf(Locale.ROOT, "one edit on the FX thread (model, diagram, panels): median %.1f ms, worst %.1f ms;"
                        + " with the pulse's layout and painting: median %.1f ms, worst %.1f ms%n",
                editTimes.median(), editTimes.max(), editPulseWork.median(), editPulseWork.max());
        out.flush();
        exitCode = 0;
    }
}
