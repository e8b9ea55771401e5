package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.DirectTaskExecutor;
import dev.traverse.app.testing.SampleTopologies;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.themes.Themes;
import dev.traverse.themes.TraverseTheme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the preview's views with a real preview of the retail-chain sample (edited so that some replicas fit
 * nowhere), in a light and a dark theme, to target/preview-renders/ for a look, and checks they show their content.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewViewsRenderTest {

    private static final Path OUT = Path.of("target", "preview-renders");
    private static final PlacementOptions OPTIONS = new PlacementOptions(1, Duration.ZERO, Map.of());

    @Start
    void start(Stage stage) {
        // Views render into their own scenes; the stage only starts the toolkit.
    }

    @AfterAll
    static void lightAgain() throws Exception {
        onFx(() -> {
            Themes.apply(TraverseTheme.DEFAULT);
            return null;
        });
    }

    @Test
    void rendersTheViewsInLightAndDarkThemes() throws Exception {
        Files.createDirectories(OUT);
        for (TraverseTheme theme : List.of(TraverseTheme.PRIMER_LIGHT, TraverseTheme.PRIMER_DARK)) {
            String suffix = theme.isDark() ? "dark" : "light";
            Fixture fixture = onFx(() -> {
                Themes.apply(theme);
                return new Fixture();
            });

            WritableImage strip = onFx(() -> render(new ObjectivesStripView(fixture.strip).node(), 900, -1,
                    "objectives-strip-" + suffix));
            WritableImage panel = onFx(() -> {
                PlacementPanelView view = new PlacementPanelView(fixture.panel);
                WritableImage image = render(view.node(), 1100, 260, "placement-panel-" + suffix);
                TableView<?> table = (TableView<?>) view.node().lookup("#" + PlacementPanelView.TABLE_ID);
                assertThat(table.getItems()).hasSize(4);
                return image;
            });
            WritableImage explanation = onFx(() -> render(new ExplanationView(fixture.explanation).node(), 460, 620,
                    "explanation-" + suffix));
            WritableImage banner = onFx(() -> {
                WhatIfBannerView view = new WhatIfBannerView(fixture.whatIf);
                assertThat(view.node().isVisible()).isTrue();
                return render(view.node(), 1100, -1, "what-if-banner-" + suffix);
            });
            for (WritableImage image : List.of(strip, panel, explanation, banner)) {
                assertThat(colours(image)).as("distinct colours").isGreaterThan(8);
            }
        }
    }

    @Test
    void theViewsShowWhatTheirModelsSay() throws Exception {
        onFx(() -> {
            Fixture fixture = new Fixture();
            Parent strip = (Parent) new ObjectivesStripView(fixture.strip).node();
            strip.applyCss();
            assertThat(texts(strip)).contains("COST", "MEAN LATENCY", "CARBON", "GAP TO BOUND")
                    .anySatisfy(t -> assertThat(t).startsWith("▲ +"));

            Parent banner = (Parent) new WhatIfBannerView(fixture.whatIf).node();
            assertThat(texts(banner)).anySatisfy(t -> assertThat(t).startsWith("Failure of site store-001: "))
                    .contains("Dismiss");
            fixture.whatIf.dismiss();
            assertThat(banner.isVisible()).isFalse();

            Parent explanation = (Parent) new ExplanationView(fixture.explanation).node();
            new Scene(new StackPane(explanation), 460, 600).getRoot().applyCss();
            ((javafx.scene.control.ScrollPane) explanation).getContent().applyCss();
            List<String> lines = texts((Parent) ((javafx.scene.control.ScrollPane) explanation).getContent());
            assertThat(lines).contains("inventory-api/0")
                    .anySatisfy(t -> assertThat(t).startsWith("Runs on "))
                    .anySatisfy(t -> assertThat(t).startsWith("Why not the others"));
            return null;
        });
    }

    @Test
    void theObjectivesStripKeepsItsTilesFromOnePreviewToTheNext() throws Exception {
        onFx(() -> {
            SimpleObjectProperty<ObjectivesReport> objectives = new SimpleObjectProperty<>(ObjectivesReport.NONE);
            Parent strip = (Parent) new ObjectivesStripView(new ObjectivesStripViewModel(objectives,
                    javafx.beans.binding.Bindings.createBooleanBinding(() -> false))).node();
            new Scene(new StackPane(strip));
            assertThat(texts(strip)).containsExactly("Objectives appear with the first preview");

            objectives.set(report("12.40/h", "", ObjectivesReport.Change.NONE));
            List<javafx.scene.Node> tiles = List.copyOf(strip.getChildrenUnmodifiable());
            objectives.set(report("13.10/h", "▲ +0.70", ObjectivesReport.Change.UP));

            assertThat(strip.getChildrenUnmodifiable()).containsExactlyElementsOf(tiles);
            assertThat(texts(strip)).contains("COST", "13.10/h", "▲ +0.70", "GAP TO BOUND").doesNotContain("12.40/h");
            objectives.set(ObjectivesReport.NONE);
            assertThat(texts(strip)).containsExactly("Objectives appear with the first preview");
            return null;
        });
    }

    private static ObjectivesReport report(String cost, String change, ObjectivesReport.Change direction) {
        return new ObjectivesReport(List.of(
                new ObjectivesReport.Reading(ObjectivesReport.Objective.COST, cost, change, direction),
                new ObjectivesReport.Reading(ObjectivesReport.Objective.GAP, "2.1 %", "", ObjectivesReport.Change.NONE)));
    }

    /** A preview of the edited retail chain with everything the views show, built on the FX thread. */
    private static final class Fixture {
        final ObjectivesStripViewModel strip;
        final PlacementPanelViewModel panel;
        final ExplanationViewModel explanation;
        final WhatIfPreview whatIf;

        Fixture() {
            Topology sample = SampleTopologies.load("retail-chain");
            SimpleObjectProperty<Topology> topology = new SimpleObjectProperty<>(sample);
            ManualWorker worker = new ManualWorker();
            PlacementPreview preview = new PlacementPreview(topology, new EnginePlacement(OPTIONS), worker,
                    Runnable::run);
            worker.runAll();
            // Two workloads too big for any host, and one that needs more nodes: the objectives change.
            Topology edited = TopologyChanges.adding(TopologyChanges.adding(TopologyChanges.adding(sample,
                    TopologyChanges.service("video-transcoder", 3, "96")),
                    TopologyChanges.service("ledger-replica", 1, "64")),
                    TopologyChanges.service("search-api", 6, "6"));
            topology.set(edited);
            worker.runAll();
            strip = new ObjectivesStripViewModel(preview);
            panel = new PlacementPanelViewModel(preview, workload -> { });
            DirectTaskExecutor executor = new DirectTaskExecutor();
            explanation = new ExplanationViewModel(preview.snapshotProperty(), executor,
                    (t, w, r) -> PlacementEngine.explain(t, OPTIONS, w, r));
            explanation.explain("inventory-api", 0);
            whatIf = new WhatIfPreview(preview.topologyProperty(), preview.overlayProperty(), executor,
                    (t, failure) -> PlacementEngine.whatIf(t, OPTIONS, failure));
            whatIf.simulate("store-001");
        }
    }

    private static WritableImage render(javafx.scene.Node view, double width, double height, String name)
            throws IOException {
        StackPane root = new StackPane(view);
        root.getStyleClass().add("traverse-main-window");
        Scene scene = height < 0 ? new Scene(root, width, -1) : new Scene(root, width, height);
        Themes.addAppStylesheet(scene);
        // Tables size their rows after their columns: lay out twice, as two pulses would.
        for (int pass = 0; pass < 2; pass++) {
            root.applyCss();
            root.layout();
        }
        if (height < 0) {
            root.resize(width, root.prefHeight(width));
            root.layout();
        }
        WritableImage image = scene.snapshot(null);
        write(image, OUT.resolve(name + ".png"));
        return image;
    }

    private static void write(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(out, "png", file.toFile());
    }

    private static int colours(WritableImage image) {
        Set<Integer> seen = new HashSet<>();
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(pixels.getArgb(x, y));
            }
        }
        return seen.size();
    }

    private static List<String> texts(Parent root) {
        List<String> out = new ArrayList<>();
        for (javafx.scene.Node node : root.lookupAll(".label")) {
            out.add(((Label) node).getText());
        }
        root.lookupAll(".button").forEach(b -> out.add(((javafx.scene.control.Button) b).getText()));
        return out;
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(60, java.util.concurrent.TimeUnit.SECONDS);
    }
}
