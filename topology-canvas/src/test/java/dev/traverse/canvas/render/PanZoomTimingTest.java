package dev.traverse.canvas.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.Diagram;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Pans and zooms a 10,000-element diagram one step per pulse and prints the frame figures. Runs only with
 * {@code -Dtraverse.canvas.timing=true}: timings on a shared machine are information, not a pass/fail check.
 */
@ExtendWith(ApplicationExtension.class)
class PanZoomTimingTest {

    private TopologyCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new TopologyCanvas();
        stage.setScene(new Scene(new StackPane(canvas), 1200, 760));
        stage.show();
    }

    @Test
    void panAndZoomAtEveryLevel(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("traverse.canvas.timing"), "timing runs on request only");
        Diagram big = SampleDiagrams.grid(20);
        for (int k = 0; k < 3; k++) {
            long s0 = System.nanoTime();
            new DiagramScene(big);
            System.out.printf("scene of %d elements built in %.1f ms%n", big.size(), (System.nanoTime() - s0) / 1e6);
        }
        long t0 = System.nanoTime();
        robot.interact(() -> {
            canvas.setDiagram(big);
            canvas.fitToContent();
            canvas.layout();
        });
        System.out.printf("first frame of %d elements: %.1f ms%n", big.size(), (System.nanoTime() - t0) / 1e6);
        for (double scale : new double[] {0.0, 0.13, 0.3, 0.6, 1.0}) {
            robot.interact(() -> {
                if (scale == 0) {
                    canvas.fitToContent();
                } else {
                    canvas.viewport().set(scale, -2000 * scale, -1500 * scale);
                }
            });
            run(robot, false, "pan");
            run(robot, true, "zoom");
        }
        assertThat(canvas.frameStats().frames()).isPositive();
    }

    @Test
    void renderCostBySnapshot(FxRobot robot) {
        Assumptions.assumeTrue(Boolean.getBoolean("traverse.canvas.timing"), "timing runs on request only");
        Diagram big = SampleDiagrams.grid(20);
        for (double scale : new double[] {0.05, 0.13, 0.3, 1.0}) {
            {
                double[] times = new double[21];
                robot.interact(() -> {
                    canvas.setDiagram(big);
                    canvas.viewport().set(scale, -2000 * scale, -1500 * scale);
                    for (int k = 0; k < times.length; k++) {
                        canvas.viewport().panBy(k % 2 == 0 ? 3 : -3, 0);
                        canvas.layout();
                        long t = System.nanoTime();
                        canvas.snapshot(null, null);
                        times[k] = (System.nanoTime() - t) / 1e6;
                    }
                });
                java.util.Arrays.sort(times);
                System.out.printf("render by snapshot %-7s drawn %4d: median %.2f ms%n", canvas.levelOfDetail(),
                        canvas.frameStats().elementsDrawn(), times[times.length / 2]);
            }
        }
    }

    private void run(FxRobot robot, boolean zoom, String what) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        robot.interact(() -> {
            canvas.frameStats().setEnabled(true);
            new AnimationTimer() {
                private int frame;

                @Override
                public void handle(long now) {
                    if (zoom) {
                        double f = frame % 120 < 60 ? 1.01 : 1 / 1.01;
                        canvas.viewport().zoomAt(f, 600, 380);
                    } else {
                        canvas.viewport().panBy(frame % 240 < 120 ? 4 : -4, 2 * (frame % 240 < 120 ? 1 : -1));
                    }
                    if (++frame == 240) {
                        stop();
                        done.complete(null);
                    }
                }
            }.start();
        });
        done.get(60, TimeUnit.SECONDS);
        robot.interact(() -> {
            FrameStats s = canvas.frameStats();
            System.out.printf("%-5s %-7s drawn %5d  paint median %5.2f p95 %5.2f ms  pulse median %5.2f p95 %5.2f ms%n",
                    what, canvas.levelOfDetail(), s.elementsDrawn(), s.paintMedianMillis(), s.paintP95Millis(),
                    s.pulseMedianMillis(), s.pulseP95Millis());
            s.setEnabled(false);
        });
    }
}
