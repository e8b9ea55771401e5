package dev.traverse.canvas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.ElementKind;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The minimap follows the canvas and pans it, headless. */
@ExtendWith(ApplicationExtension.class)
class MinimapTest {

    private TopologyCanvas canvas;
    private Minimap minimap;

    @Start
    void start(Stage stage) {
        canvas = new TopologyCanvas();
        canvas.setPrefSize(600, 400);
        minimap = new Minimap(canvas);
        minimap.setPrefSize(200, 140);
        HBox root = new HBox(canvas, minimap);
        stage.setScene(new Scene(root, 800, 400));
        stage.show();
    }

    private static Diagram sites(int n) {
        List<DiagramElement> elements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            elements.add(new DiagramElement(new ElementSpec("s" + i, ElementKind.SITE, null, "s" + i, "", "aws", null),
                    new Box(i % 10 * 300, i / 10 * 200, 260, 160), 0));
        }
        return new Diagram(elements, List.of());
    }

    @Test
    void clickingInTheMinimapCentresTheCanvasThere(FxRobot robot) throws TimeoutException {
        robot.interact(() -> canvas.setDiagram(sites(50)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> minimap.diagramPaints() >= 1
                && minimap.toCanvas(0, 0).x() < 0);

        Point2D onScreen = minimap.localToScreen(150, 70);
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();

        Point expected = minimap.toCanvas(150, 70);
        Box visible = canvas.viewport().visible(canvas.getWidth(), canvas.getHeight());
        assertThat(visible.centreX()).isCloseTo(expected.x(), within(1.0));
        assertThat(visible.centreY()).isCloseTo(expected.y(), within(1.0));
    }

    @Test
    void aBurstOfDiagramChangesRedrawsTheDiagramLayerOnce(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> minimap.diagramPaints() >= 1);
        long[] before = new long[1];
        robot.interact(() -> {
            before[0] = minimap.diagramPaints();
            for (int n = 1; n <= 20; n++) {
                canvas.setDiagram(sites(n));
            }
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> minimap.diagramPaints() > before[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(minimap.diagramPaints()).as("twenty changes, one redraw").isEqualTo(before[0] + 1);
        // the map now spans the last diagram: its far corner is inside the minimap
        double[] corner = minimap.toMinimap(new Point(canvas.getDiagram().extent().maxX(),
                canvas.getDiagram().extent().maxY()));
        assertThat(corner[0]).isLessThanOrEqualTo(minimap.getWidth());
        assertThat(corner[1]).isLessThanOrEqualTo(minimap.getHeight());
    }
}
