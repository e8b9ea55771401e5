package dev.traverse.canvas.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.overlay.ChipPalette;
import dev.traverse.canvas.overlay.ChipStyle;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.canvas.view.InteractionState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The renderer on a real canvas, headless: culling, level of detail, chip hits, and painting every state. */
@ExtendWith(ApplicationExtension.class)
class CanvasRendererTest {

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 760;

    private TopologyCanvas canvas;

    @Start
    void start(Stage stage) {
        canvas = new TopologyCanvas();
        StackPane root = new StackPane(canvas);
        stage.setScene(new Scene(root, WIDTH, HEIGHT));
        stage.show();
    }

    /** Applies the change and paints synchronously, returning what the frame stats say afterwards. */
    private void paint(FxRobot robot, Runnable change) {
        long before = canvas.frameStats().frames();
        robot.interact(() -> {
            change.run();
            canvas.repaint();
            canvas.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.frameStats().frames()).as("a frame was painted").isGreaterThan(before);
    }

    @Test
    void drawsOnlyTheElementsInViewOfATenThousandElementDiagram(FxRobot robot) {
        Diagram big = SampleDiagrams.grid(20);
        assertThat(big.size()).isEqualTo(10_000);
        paint(robot, () -> {
            canvas.setDiagram(big);
            canvas.viewport().set(1, -1500, -800);
        });

        assertThat(canvas.levelOfDetail()).isEqualTo(LevelOfDetail.DETAIL);
        double margin = CanvasRenderer.CULL_MARGIN_PX;
        Box view = canvas.viewport().visible(WIDTH, HEIGHT).inflate(margin);
        long expected = big.elements().stream().filter(e -> view.intersects(e.bounds())).count();
        assertThat(expected).isBetween(20L, 200L);
        assertThat(canvas.frameStats().elementsDrawn()).isEqualTo((int) expected);
        assertThat(canvas.frameStats().linksDrawn()).isPositive().isLessThan(big.links().size() / 10);
    }

    @Test
    void levelOfDetailFollowsTheZoom(FxRobot robot) {
        Diagram big = SampleDiagrams.grid(20);
        paint(robot, () -> {
            canvas.setDiagram(big);
            canvas.viewport().set(1, 0, 0);
        });
        assertThat(canvas.levelOfDetail()).isEqualTo(LevelOfDetail.DETAIL);

        paint(robot, () -> canvas.viewport().set(0.12, 0, 0));
        assertThat(canvas.levelOfDetail()).isEqualTo(LevelOfDetail.SUMMARY);
        Box view = canvas.viewport().visible(WIDTH, HEIGHT).inflate(CanvasRenderer.CULL_MARGIN_PX / 0.12);
        long sites = big.elements().stream().filter(e -> e.depth() == 0 && view.intersects(e.bounds())).count();
        assertThat(canvas.frameStats().elementsDrawn()).isEqualTo((int) sites);
        // zoomed out, a click on a node pool's place answers its site: only sites are drawn
        DiagramElement pool = big.element("site-0-0-k8s/pool-0").orElseThrow();
        assertThat(canvas.hits().elementAt(new Point(pool.bounds().centreX(), pool.bounds().centreY())))
                .contains("site-0-0");

        paint(robot, canvas::fitToContent);
        assertThat(canvas.levelOfDetail()).isEqualTo(LevelOfDetail.BLOCKS);
        assertThat(canvas.frameStats().elementsDrawn()).isEqualTo(400);
        assertThat(canvas.frameStats().linksDrawn()).isEqualTo(2 * 20 * 19);
    }

    @Test
    void chipsAreHitWhereTheyAreDrawn(FxRobot robot) {
        Overlay overlay = SampleDiagrams.estateOverlay();
        paint(robot, () -> {
            canvas.setDiagram(SampleDiagrams.estate());
            canvas.setOverlay(overlay);
            canvas.viewport().set(1.1, 10, 10);
        });
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = CanvasSnapshots.take(canvas));
        PixelReader pixels = shot[0].getPixelReader();

        for (String element : List.of("eks-fra/general", "eks-fra/batch", "store-017-k3s/gw")) {
            Box b = canvas.getDiagram().element(element).orElseThrow().bounds();
            Map<String, double[]> regions = hitRegions(b);
            List<String> expected = overlay.chipsOn(element).stream().map(c -> c.id()).toList();
            assertThat(regions).isNotEmpty();
            assertThat(expected).containsAll(regions.keySet());
            for (var entry : regions.entrySet()) {
                var chip = overlay.chipsOn(element).stream().filter(c -> c.id().equals(entry.getKey()))
                        .findFirst().orElseThrow();
                double[] r = entry.getValue();
                // the hit region lies inside the element as drawn
                assertThat(r[0]).isGreaterThanOrEqualTo(canvas.viewport().toScreenX(b.x()));
                assertThat(r[2]).isLessThanOrEqualTo(canvas.viewport().toScreenX(b.maxX()));
                if (chip.style() == ChipStyle.PLACED) {
                    Color inside = pixels.getColor((int) r[0] + 3, (int) ((r[1] + r[3]) / 2));
                    assertThat(distance(inside, ChipPalette.colour(chip.colourIndex())))
                            .as("fill of %s", chip.id()).isLessThan(0.08);
                    Color before = pixels.getColor((int) r[0] - 3, (int) ((r[1] + r[3]) / 2));
                    assertThat(distance(before, ChipPalette.colour(chip.colourIndex())))
                            .as("left of %s", chip.id()).isGreaterThan(0.08);
                }
            }
        }
        // thirty chips do not fit the batch pool: some are drawn, the rest summed up as "+N"
        Box batch = canvas.getDiagram().element("eks-fra/batch").orElseThrow().bounds();
        assertThat(hitRegions(batch).size()).isBetween(1, 29);
        assertThat(canvas.frameStats().chipsDrawn()).isPositive();
    }

    /** For each chip hit inside the element's screen box: {minX, minY, maxX, maxY} of the points that hit it. */
    private Map<String, double[]> hitRegions(Box element) {
        Map<String, double[]> out = new HashMap<>();
        double x0 = canvas.viewport().toScreenX(element.x());
        double y0 = canvas.viewport().toScreenY(element.y());
        double x1 = canvas.viewport().toScreenX(element.maxX());
        double y1 = canvas.viewport().toScreenY(element.maxY());
        for (double y = Math.floor(y0); y <= y1; y++) {
            for (double x = Math.floor(x0); x <= x1; x++) {
                double px = x + 0.5;
                double py = y + 0.5;
                canvas.hits().chipAt(px, py).ifPresent(id -> {
                    double[] r = out.computeIfAbsent(id, k -> new double[] {px, py, px, py});
                    r[0] = Math.min(r[0], px);
                    r[1] = Math.min(r[1], py);
                    r[2] = Math.max(r[2], px);
                    r[3] = Math.max(r[3], py);
                });
            }
        }
        return out;
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void paintsEveryOverlayAndInteractionStateInBothThemes(FxRobot robot) {
        Diagram estate = SampleDiagrams.estate();
        for (CanvasTheme theme : List.of(CanvasTheme.LIGHT, CanvasTheme.DARK)) {
            String name = theme.dark() ? "dark" : "light";
            paint(robot, () -> {
                canvas.setCanvasTheme(theme);
                canvas.setDiagram(estate);
                canvas.setOverlay(SampleDiagrams.estateOverlay());
                canvas.viewport().set(0.85, 30, 20);
                canvas.selection().select(List.of("eks-fra/gpu", "aws-eu-central <-> store-017"));
                canvas.interactionProperty().set(new InteractionState(Set.of(), 0, 0, null, null, null, null, null,
                        "store-017/cam"));
            });
            assertThat(canvas.levelOfDetail()).isEqualTo(LevelOfDetail.DETAIL);
            assertThat(canvas.frameStats().elementsDrawn()).isEqualTo(estate.size());
            assertThat(canvas.frameStats().linksDrawn()).isEqualTo(estate.links().size());
            snapshot(robot, "estate-" + name);

            paint(robot, () -> canvas.interactionProperty().set(new InteractionState(
                    new LinkedHashSet<>(List.of("store-017")), 60, 40, new Box(560, 180, 400, 240), "eks-fra/gpu",
                    new Point(900, 120), "factory-mk8s/edge", "llm@gpu", "gke-ams")));
            assertThat(canvas.frameStats().elementsDrawn()).isGreaterThan(estate.size());
            snapshot(robot, "estate-gestures-" + name);

            paint(robot, () -> {
                canvas.interactionProperty().set(InteractionState.IDLE);
                canvas.viewport().set(2.2, -40, -150);
            });
            assertThat(canvas.frameStats().elementsDrawn()).isLessThan(estate.size());
            snapshot(robot, "estate-close-up-" + name);

            paint(robot, () -> canvas.viewport().set(0.2, 40, 60));
            assertThat(canvas.levelOfDetail()).isNotEqualTo(LevelOfDetail.DETAIL);
            snapshot(robot, "estate-zoomed-out-" + name);
        }
    }

    @Test
    void selectionIsOutlinedInTheAccentAndFailedLinksInTheErrorColour(FxRobot robot) {
        Diagram estate = SampleDiagrams.estate();
        paint(robot, () -> {
            canvas.setCanvasTheme(CanvasTheme.LIGHT);
            canvas.setDiagram(estate);
            canvas.setOverlay(SampleDiagrams.estateOverlay());
            canvas.viewport().set(1, 20, 20);
            canvas.selection().select("eks-fra/gpu");
        });
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = CanvasSnapshots.take(canvas));
        PixelReader pixels = shot[0].getPixelReader();

        Box gpu = estate.element("eks-fra/gpu").orElseThrow().bounds();
        int midX = (int) canvas.viewport().toScreenX(gpu.centreX());
        int top = (int) Math.round(canvas.viewport().toScreenY(gpu.y()));
        assertThat(nearest(pixels, midX, top - 4, top, CanvasTheme.LIGHT.accent())).isLessThan(0.15);
        Box other = estate.element("eks-fra/general").orElseThrow().bounds();
        int otherTop = (int) Math.round(canvas.viewport().toScreenY(other.y()));
        assertThat(nearest(pixels, (int) canvas.viewport().toScreenX(other.centreX()), otherTop - 4, otherTop,
                CanvasTheme.LIGHT.accent())).as("an unselected element has no accent outline").isGreaterThan(0.3);

        // the failed link between gcp and oci runs straight down between them: dashes in the error colour
        Box gcp = estate.element("gcp-europe-west4").orElseThrow().bounds();
        Box oci = estate.element("oci-frankfurt").orElseThrow().bounds();
        int x = (int) Math.round(canvas.viewport().toScreenX(gcp.centreX()));
        int y0 = (int) canvas.viewport().toScreenY(gcp.maxY()) + 2;
        int y1 = (int) canvas.viewport().toScreenY(oci.y()) - 2;
        int error = 0;
        int plain = 0;
        for (int y = y0; y <= y1; y++) {
            if (nearest(pixels, x, y, y, CanvasTheme.LIGHT.error()) < 0.25) {
                error++;
            } else {
                plain++;
            }
        }
        assertThat(error).as("dashes").isPositive();
        assertThat(plain).as("gaps between dashes").isPositive();
    }

    /** The smallest colour distance to {@code colour} among pixels (x-1..x+1, y0..y1). */
    private static double nearest(PixelReader pixels, int x, int y0, int y1, Color colour) {
        double best = Double.MAX_VALUE;
        for (int y = y0; y <= y1; y++) {
            for (int dx = -1; dx <= 1; dx++) {
                best = Math.min(best, distance(pixels.getColor(x + dx, y), colour));
            }
        }
        return best;
    }

    @Test
    void aLargeDiagramAtEveryLevelInBothThemes(FxRobot robot) {
        Diagram big = SampleDiagrams.grid(20);
        for (CanvasTheme theme : List.of(CanvasTheme.LIGHT, CanvasTheme.DARK)) {
            String name = theme.dark() ? "dark" : "light";
            paint(robot, () -> {
                canvas.setCanvasTheme(theme);
                canvas.setDiagram(big);
                canvas.setOverlay(Overlay.NONE);
                canvas.interactionProperty().set(InteractionState.IDLE);
                canvas.viewport().set(0.13, 10, 10);
            });
            assertThat(canvas.levelOfDetail()).isEqualTo(LevelOfDetail.SUMMARY);
            snapshot(robot, "grid-summary-" + name);
            paint(robot, canvas::fitToContent);
            assertThat(canvas.levelOfDetail()).isEqualTo(LevelOfDetail.BLOCKS);
            snapshot(robot, "grid-blocks-" + name);
        }
    }

    /**
     * Panning reuses the last frame's content and draws only what moves in; the result must be the frame a fresh
     * paint gives, at every level of detail, with selected links and an overlay in the picture.
     */
    @Test
    void aZoomInProgressDrawsAtHalfResolutionAndTheFrameAfterItIsSharp(FxRobot robot) {
        Diagram big = SampleDiagrams.grid(20);
        int whole = (int) (WIDTH * HEIGHT);
        paint(robot, () -> {
            canvas.setDiagram(big);
            canvas.viewport().set(0.5, -100, -100);
        });
        int[] duringZoom = new int[1];
        robot.interact(() -> {
            canvas.viewport().zoomAt(1.1, WIDTH / 2, HEIGHT / 2);
            canvas.layout();
            duringZoom[0] = canvas.frameStats().contentRedrawn();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(duringZoom[0]).isEqualTo(whole / 4);
        assertThat(canvas.frameStats().contentRedrawn()).as("redrawn sharp once the zoom rests").isEqualTo(whole);
    }

    @Test
    void aPanDrawsOnlyWhatMovesInAndLooksLikeAFreshFrame(FxRobot robot) {
        Diagram big = SampleDiagrams.grid(20);
        int whole = (int) (WIDTH * HEIGHT);
        for (double scale : new double[] {1.0, 0.13, 0.05}) {
            paint(robot, () -> {
                canvas.setCanvasTheme(CanvasTheme.LIGHT);
                canvas.setDiagram(big);
                canvas.setOverlay(Overlay.NONE);
                canvas.selection().select(big.links().get(3).id());
                canvas.viewport().set(scale, -200.3, -120.6);
            });
            assertThat(canvas.frameStats().contentRedrawn()).isEqualTo(whole);
            for (int k = 1; k <= 6; k++) {
                double tx = -200.3 - 13.4 * k;
                double ty = -120.6 + 9.7 * k;
                paint(robot, () -> canvas.viewport().set(scale, tx, ty));
                assertThat(canvas.frameStats().contentRedrawn()).as("pan step %d at %s", k, scale)
                        .isPositive().isLessThan(whole / 20);
            }
            WritableImage panned = shot(robot);
            WritableImage fresh = freshFrame(robot, whole);
            assertThat(differingPixels(panned, fresh)).as("pixels unlike a fresh frame at scale %s", scale).isZero();
        }
    }

    @Test
    void aMoveRedrawsOnlyAroundWhatMovedAndLooksLikeAFreshFrame(FxRobot robot) {
        // a moved diagram built anew (every element compared) and one made by replacing the moved elements
        for (boolean replacing : new boolean[] {false, true}) {
            movesRedrawOnlyAroundWhatMovedAndLookLikeAFreshFrame(robot, replacing);
        }
    }

    private void movesRedrawOnlyAroundWhatMovedAndLookLikeAFreshFrame(FxRobot robot, boolean replacing) {
        Diagram big = SampleDiagrams.grid(20);
        int whole = (int) (WIDTH * HEIGHT);
        for (double scale : new double[] {1.0, 0.13, 0.05}) {
            // site-2-3 spans 3000..3920 by 1520..2220; the view is centred near it
            double tx = WIDTH / 2 - 3300 * scale + 0.4;
            double ty = HEIGHT / 2 - 1800 * scale - 0.3;
            paint(robot, () -> {
                canvas.setCanvasTheme(CanvasTheme.LIGHT);
                canvas.setDiagram(big);
                canvas.setOverlay(Overlay.NONE);
                canvas.selection().clear();
                canvas.viewport().set(scale, tx, ty);
            });
            assertThat(canvas.frameStats().contentRedrawn()).isEqualTo(whole);
            Diagram moved = shifted(big, "site-2-3", 37, -23, replacing);
            paint(robot, () -> canvas.setDiagram(moved));
            if (scale < 0.5) { // at 100 % the site fills most of the view
                assertThat(canvas.frameStats().contentRedrawn()).as("a site moved at %s", scale)
                        .isPositive().isLessThan(whole / 3);
            }
            Diagram movedAgain = shifted(moved, "site-2-3-k8s/pool-5", -12, 7, replacing);
            paint(robot, () -> canvas.setDiagram(movedAgain));
            assertThat(canvas.frameStats().contentRedrawn()).as("a pool moved at %s", scale)
                    .isPositive().isLessThan(whole / 8);
            WritableImage afterMoves = shot(robot);
            WritableImage fresh = freshFrame(robot, whole);
            assertThat(differingPixels(afterMoves, fresh))
                    .as("pixels unlike a fresh frame at scale %s (%s)", scale, replacing ? "replaced" : "built anew")
                    .isZero();
        }
    }

    /**
     * The diagram with {@code id} and everything in it moved by (dx, dy): a diagram of the same shape, built anew or
     * made by {@link Diagram#withReplaced replacing} the moved elements.
     */
    private static Diagram shifted(Diagram d, String id, double dx, double dy, boolean replacing) {
        Map<Integer, DiagramElement> replaced = new HashMap<>();
        for (DiagramElement e : d.subtree(id)) {
            Box b = e.bounds();
            replaced.put(d.indexOf(e.id()), new DiagramElement(e.spec(), new Box(b.x() + dx, b.y() + dy, b.width(),
                    b.height()), e.depth()));
        }
        List<DiagramElement> out = new ArrayList<>(d.elements());
        replaced.forEach(out::set);
        Diagram moved = replacing ? d.withReplaced(replaced) : new Diagram(out, d.links(), d);
        assertThat(moved.sameShape(d)).isTrue();
        assertThat(moved.replacedSince(d) != null).isEqualTo(replacing);
        return moved;
    }

    /** The same view drawn afresh: another theme and back makes the content layer draw every pixel again. */
    private WritableImage freshFrame(FxRobot robot, int whole) {
        paint(robot, () -> canvas.setCanvasTheme(CanvasTheme.DARK));
        paint(robot, () -> canvas.setCanvasTheme(CanvasTheme.LIGHT));
        assertThat(canvas.frameStats().contentRedrawn()).isEqualTo(whole);
        return shot(robot);
    }

    private static int differingPixels(WritableImage one, WritableImage other) {
        PixelReader a = one.getPixelReader();
        PixelReader b = other.getPixelReader();
        int differing = 0;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                if (channelDistance(a.getArgb(x, y), b.getArgb(x, y)) > 2) {
                    differing++;
                }
            }
        }
        return differing;
    }

    private static int channelDistance(int p, int q) {
        int d = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            d = Math.max(d, Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF)));
        }
        return d;
    }

    private WritableImage shot(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = CanvasSnapshots.take(canvas));
        return shot[0];
    }

    private void snapshot(FxRobot robot, String name) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = CanvasSnapshots.take(canvas));
        assertThat(shot[0].getWidth()).isEqualTo(WIDTH);
        CanvasSnapshots.writeIfAsked(shot[0], name);
    }
}
