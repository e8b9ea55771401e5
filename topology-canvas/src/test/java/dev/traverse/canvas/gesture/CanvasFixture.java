package dev.traverse.canvas.gesture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.layout.DiagramLayout;
import dev.traverse.canvas.layout.Specs;
import dev.traverse.canvas.overlay.Chip;
import dev.traverse.canvas.overlay.ChipStyle;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.canvas.view.CanvasHits;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The stage every gesture test drives, headless under Monocle: a {@link TopologyCanvas} showing a cloud region with
 * a cluster and a pool (carrying one draggable chip), a store with a saved cluster (a pool inside) and cameras, and
 * an empty data centre, linked cloud to store; intents are recorded. Helpers turn canvas units into screen points
 * for the robot and read the canvas on the FX thread.
 */
abstract class CanvasFixture {

    static final String CHIP = "web/0";

    TopologyCanvas canvas;
    RecordingIntents intents;
    Diagram diagram;

    /** Shows the canvas; each test class calls it from its own {@code @Start} (TestFX looks only there). */
    void show(Stage stage) {
        List<ElementSpec> specs = List.of(
                Specs.site("cloud", "azure cloud-region", new Point(40, 40)),
                Specs.cluster("aks", "cloud", null),
                Specs.pool("aks", "general", null),
                Specs.site("store", "store", new Point(500, 40)),
                Specs.cluster("store-k3s", "store", new Point(520, 80)),
                Specs.pool("store-k3s", "gw", null),
                Specs.devices("store", "cam", null),
                Specs.site("dc", "on-prem-dc", new Point(40, 400)));
        List<DiagramLink> links = List.of(Specs.link("cloud", "store"));
        diagram = DiagramLayout.build(specs, links);
        canvas = new ChipCanvas();
        canvas.setDiagram(diagram);
        canvas.setOverlay(new Overlay(Map.of("aks/general", List.of(new Chip(CHIP, "web", 0, ChipStyle.PLACED, true))),
                Map.of(), Map.of(), Set.of(), List.of()));
        intents = new RecordingIntents();
        canvas.setIntents(intents);
        stage.setScene(new Scene(new StackPane(canvas), 1000, 700));
        stage.show();
    }

    void requestMenuAt(Point2D screenPoint) {
        fx(() -> {
            Point2D local = canvas.screenToLocal(screenPoint);
            Point2D scene = canvas.localToScene(local);
            Event.fireEvent(canvas, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(),
                    scene.getY(), screenPoint.getX(), screenPoint.getY(), false, null));
            return null;
        });
    }

    /** Fires a drag event at a view point of the canvas, as the toolkit would, and returns it once handled. */
    DragEvent fire(EventType<DragEvent> type, Dragboard board, Point2D view) {
        return fx(() -> {
            Point2D scene = canvas.localToScene(view);
            Point2D screen = canvas.localToScreen(view);
            DragEvent e = new DragEvent(canvas, canvas, type, board, scene.getX(), scene.getY(), screen.getX(),
                    screen.getY(), TransferMode.COPY, null, null, null);
            Event.fireEvent(canvas, e);
            return e;
        });
    }

    Set<String> selection() {
        return fx(() -> canvas.selection().selected());
    }

    void assertIdle() {
        assertThat(fx(() -> canvas.interactionProperty().get().isIdle())).isTrue();
    }

    Box bounds(String id) {
        return diagram.element(id).orElseThrow().bounds();
    }

    /** A point in a container's header, clear of its border and children. */
    Point2D header(String id) {
        Box b = bounds(id);
        return screen(b.x() + 30, b.y() + 14);
    }

    /** Halfway between the cloud and the store, on the line joining their centres, over no element. */
    Point2D onTheLink() {
        Box cloud = bounds("cloud");
        Box store = bounds("store");
        double x = (cloud.maxX() + store.x()) / 2;
        double t = (x - cloud.centreX()) / (store.centreX() - cloud.centreX());
        return screen(x, cloud.centreY() + t * (store.centreY() - cloud.centreY()));
    }

    Point2D inside(String id) {
        Box b = bounds(id);
        return screen(b.centreX() + 30, b.centreY());
    }

    Point2D screen(double canvasX, double canvasY) {
        return fx(() -> canvas.localToScreen(canvas.viewport().toScreenX(canvasX),
                canvas.viewport().toScreenY(canvasY)));
    }

    /** Where the test's renderer "draws" the chip: the top-left corner of the pool it sits on. */
    Box chipBox() {
        Box pool = bounds("aks/general");
        return new Box(pool.x() + 6, pool.y() + 6, 90, 16);
    }

    static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the FX thread did not answer", e);
        }
    }

    /**
     * The canvas with the renderer's hits, plus one chip where a renderer would draw it: gestures see only the
     * {@link CanvasHits} contract, whichever renderer answers it.
     */
    private final class ChipCanvas extends TopologyCanvas {
        @Override
        public CanvasHits hits() {
            CanvasHits drawn = super.hits();
            return new CanvasHits() {
                @Override
                public Optional<String> elementAt(Point p) {
                    return drawn.elementAt(p);
                }

                @Override
                public List<String> elementsWithin(Box box) {
                    return drawn.elementsWithin(box);
                }

                @Override
                public Optional<String> linkAt(Point p, double tolerance) {
                    return drawn.linkAt(p, tolerance);
                }

                @Override
                public Optional<String> chipAt(double screenX, double screenY) {
                    Point p = viewport().toCanvas(screenX, screenY);
                    return chipBox().contains(p.x(), p.y()) ? Optional.of(CHIP) : Optional.empty();
                }

                @Override
                public boolean onEdge(String elementId, Point p, double tolerance) {
                    return drawn.onEdge(elementId, p, tolerance);
                }
            };
        }
    }
}
