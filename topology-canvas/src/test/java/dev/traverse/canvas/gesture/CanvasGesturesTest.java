package dev.traverse.canvas.gesture;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.gesture.RecordingIntents.Connect;
import dev.traverse.canvas.gesture.RecordingIntents.Drop;
import dev.traverse.canvas.gesture.RecordingIntents.Menu;
import dev.traverse.canvas.gesture.RecordingIntents.Move;
import dev.traverse.canvas.gesture.RecordingIntents.Open;
import dev.traverse.canvas.gesture.RecordingIntents.OpenChip;
import dev.traverse.canvas.gesture.RecordingIntents.Pin;
import dev.traverse.canvas.intent.CanvasIntents.TargetKind;
import dev.traverse.canvas.intent.PaletteTransfer;
import dev.traverse.canvas.layout.DiagramLayout;
import dev.traverse.canvas.layout.Specs;
import dev.traverse.canvas.overlay.Chip;
import dev.traverse.canvas.overlay.ChipStyle;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.canvas.view.CanvasHits;
import dev.traverse.canvas.view.InteractionState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas's gestures driven by a robot, headless under Monocle: a cloud region with a cluster and a pool, a store
 * with a saved cluster (a pool inside) and cameras, and an empty data centre, linked cloud to store.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasGesturesTest {

    private static final String CHIP = "web/0";

    private TopologyCanvas canvas;
    private RecordingIntents intents;
    private Diagram diagram;

    @Start
    void start(Stage stage) {
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

    @Test
    void aClickSelectsTheInnermostElementAndEmptyCanvasClears(FxRobot robot) {
        robot.clickOn(inside("aks/general"));
        assertThat(selection()).containsExactly("aks/general");

        robot.clickOn(header("cloud"));
        assertThat(selection()).containsExactly("cloud");

        robot.clickOn(screen(900, 650));
        assertThat(selection()).isEmpty();
        assertThat(intents.calls).isEmpty();
    }

    @Test
    void shiftClickAddsAndTheShortcutKeyToggles(FxRobot robot) {
        robot.clickOn(header("cloud"));
        robot.press(KeyCode.SHIFT).clickOn(header("dc")).release(KeyCode.SHIFT);
        assertThat(selection()).containsExactly("cloud", "dc");

        robot.press(KeyCode.SHORTCUT).clickOn(header("cloud")).release(KeyCode.SHORTCUT);
        assertThat(selection()).containsExactly("dc");
        robot.press(KeyCode.SHORTCUT).clickOn(header("store")).release(KeyCode.SHORTCUT);
        assertThat(selection()).containsExactly("dc", "store");
    }

    @Test
    void aClickNearALinkSelectsIt(FxRobot robot) {
        robot.clickOn(onTheLink());

        assertThat(selection()).containsExactly("cloud <-> store");
    }

    @Test
    void aRubberBandSelectsTheElementsWhollyInside(FxRobot robot) {
        robot.clickOn(header("store"));
        Box cloud = bounds("cloud");
        Box dc = bounds("dc");
        robot.moveTo(screen(cloud.x() - 20, cloud.y() - 20)).press(MouseButton.PRIMARY)
                .moveTo(screen(Math.max(cloud.maxX(), dc.maxX()) + 20, dc.maxY() + 20));
        assertThat(fx(() -> canvas.interactionProperty().get().rubberBand())).isNotNull();
        robot.release(MouseButton.PRIMARY);

        assertThat(selection()).containsExactly("cloud", "dc");
        assertIdle();

        robot.clickOn(header("store"));
        robot.press(KeyCode.SHIFT).moveTo(screen(dc.x() - 10, dc.y() - 10)).press(MouseButton.PRIMARY)
                .moveTo(screen(dc.maxX() + 10, dc.maxY() + 10)).release(MouseButton.PRIMARY).release(KeyCode.SHIFT);
        assertThat(selection()).containsExactly("store", "dc");
    }

    @Test
    void draggingASiteRaisesOneSnappedMoveWithItsSavedCluster(FxRobot robot) {
        Point2D from = header("store");
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(30, 10)).moveTo(from.add(53, 27));

        InteractionState during = fx(() -> canvas.interactionProperty().get());
        assertThat(during.moving()).contains("store", "store-k3s", "store-k3s/gw", "store/cam");
        assertThat(during.dx()).isEqualTo(50);
        assertThat(during.dy()).isEqualTo(30);
        assertThat(intents.calls).isEmpty();

        robot.release(MouseButton.PRIMARY);

        // The store's top-left (500, 40) snaps to the grid; the saved cluster moves by the same offset; the
        // automatically placed pool and cameras follow their parents without positions of their own.
        assertThat(intents.calls).containsExactly(new Move(Map.of("store", new Point(550, 70),
                "store-k3s", new Point(570, 110)), false));
        assertThat(selection()).containsExactly("store");
        assertIdle();
    }

    @Test
    void draggingAChildWithItsSiteMovesItOnce(FxRobot robot) {
        robot.clickOn(header("store"));
        robot.press(KeyCode.SHIFT).clickOn(header("store-k3s")).release(KeyCode.SHIFT);
        Point2D from = header("store-k3s").add(60, 0); // away from the click, which would make a double-click
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(20, 0)).moveTo(from.add(41, 0))
                .release(MouseButton.PRIMARY);

        // The cluster at x 520 snaps to 560: everything moves by 40.
        assertThat(intents.calls).containsExactly(new Move(Map.of("store", new Point(540, 40),
                "store-k3s", new Point(560, 80)), false));
    }

    @Test
    void escapeMidDragRollsBackAndRaisesNothing(FxRobot robot) {
        Point2D from = header("store");
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(40, 40)).moveTo(from.add(80, 60));
        assertThat(fx(() -> canvas.interactionProperty().get().moving())).contains("store");

        robot.type(KeyCode.ESCAPE);
        assertIdle();
        robot.moveTo(from.add(120, 80)).release(MouseButton.PRIMARY);

        assertThat(intents.calls).isEmpty();
        assertIdle();
        assertThat(canvas.getDiagram()).isSameAs(diagram);
    }

    @Test
    void draggingFromAnElementsBorderDrawsALink(FxRobot robot) {
        Box dc = bounds("dc");
        Point2D from = screen(dc.x() + 2, dc.centreY());
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(40, 0)).moveTo(header("store"));

        InteractionState during = fx(() -> canvas.interactionProperty().get());
        assertThat(during.connectFrom()).isEqualTo("dc");
        assertThat(during.dropTarget()).isEqualTo("store");
        assertThat(during.pointer()).isNotNull();

        robot.release(MouseButton.PRIMARY);

        assertThat(intents.calls).containsExactly(new Connect("dc", "store"));
        assertIdle();
    }

    @Test
    void aLinkDroppedOnEmptyCanvasRaisesNothing(FxRobot robot) {
        Box dc = bounds("dc");
        Point2D from = screen(dc.maxX() - 2, dc.centreY());
        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(screen(900, 650)).release(MouseButton.PRIMARY);

        assertThat(intents.calls).isEmpty();
    }

    @Test
    void arrowKeysMoveTheSelectionByTheGridStep(FxRobot robot) {
        robot.clickOn(header("store"));
        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);

        assertThat(intents.calls).containsExactly(
                new Move(Map.of("store", new Point(510, 40), "store-k3s", new Point(530, 80)), true),
                new Move(Map.of("store", new Point(500, 140), "store-k3s", new Point(520, 180)), true));
    }

    @Test
    void tabCyclesThroughTheElementsInDiagramOrder(FxRobot robot) {
        robot.clickOn(screen(900, 650));
        robot.type(KeyCode.TAB);
        assertThat(selection()).containsExactly("cloud");
        robot.type(KeyCode.TAB);
        assertThat(selection()).containsExactly("aks");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).type(KeyCode.TAB).release(KeyCode.SHIFT);
        assertThat(selection()).containsExactly("dc");
        assertThat(fx(() -> canvas.isFocused())).isTrue();

        robot.type(KeyCode.ENTER);
        assertThat(intents.calls).containsExactly(new Open("dc"));
    }

    @Test
    void tabRevealsAnElementOutOfView(FxRobot robot) {
        robot.clickOn(screen(900, 650));
        fx(() -> {
            canvas.viewport().set(1, -5000, -5000);
            return null;
        });
        robot.type(KeyCode.TAB);

        assertThat(selection()).containsExactly("cloud");
        assertThat(fx(() -> canvas.viewport().visible(canvas.getWidth(), canvas.getHeight())
                .containsBox(bounds("cloud")))).isTrue();
    }

    @Test
    void altDragMovesWithoutSnapping(FxRobot robot) {
        Point2D from = header("dc");
        robot.press(KeyCode.ALT).moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(20, 10))
                .moveTo(from.add(33, 17)).release(MouseButton.PRIMARY).release(KeyCode.ALT);

        assertThat(intents.calls).containsExactly(new Move(Map.of("dc", new Point(73, 417)), false));
    }

    @Test
    void escapeWithoutAGestureClearsTheSelection(FxRobot robot) {
        robot.clickOn(header("dc"));
        robot.type(KeyCode.ESCAPE);

        assertThat(selection()).isEmpty();
    }

    @Test
    void aDoubleClickOpensTheElement(FxRobot robot) {
        robot.doubleClickOn(inside("store-k3s/gw"));

        assertThat(intents.calls).containsExactly(new Open("store-k3s/gw"));
    }

    @Test
    void theWheelPansShiftPansSidewaysAndShortcutWheelZoomsAroundThePointer(FxRobot robot) {
        robot.moveTo(screen(400, 300)).scroll(2, VerticalDirection.DOWN);
        assertThat(fx(() -> canvas.viewport().translateY())).isNotZero();
        assertThat(fx(() -> canvas.viewport().translateX())).isZero();
        assertThat(fx(() -> canvas.viewport().scale())).isEqualTo(1);

        robot.press(KeyCode.SHIFT).scroll(2, VerticalDirection.DOWN).release(KeyCode.SHIFT);
        assertThat(fx(() -> canvas.viewport().translateX())).isNotZero();

        Point2D view = fx(() -> canvas.screenToLocal(robot.point(canvas).query()));
        Point before = fx(() -> canvas.viewport().toCanvas(view.getX(), view.getY()));
        robot.moveTo(canvas).press(KeyCode.CONTROL).scroll(3, VerticalDirection.UP).release(KeyCode.CONTROL);

        assertThat(fx(() -> canvas.viewport().scale())).isNotEqualTo(1);
        Point after = fx(() -> canvas.viewport().toCanvas(view.getX(), view.getY()));
        assertThat(after.x()).isCloseTo(before.x(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(after.y()).isCloseTo(before.y(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(intents.calls).isEmpty();
    }

    @Test
    void shortcutKeysZoomAndFit(FxRobot robot) {
        robot.clickOn(screen(900, 650));
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(fx(() -> canvas.viewport().scale())).isEqualTo(KeyboardCommands.ZOOM_STEP);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(fx(() -> canvas.viewport().scale())).isEqualTo(1);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        assertThat(fx(() -> canvas.viewport().scale())).isEqualTo(1 / KeyboardCommands.ZOOM_STEP);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        assertThat(fx(() -> canvas.viewport().visible(canvas.getWidth(), canvas.getHeight())
                .containsBox(diagram.extent()))).isTrue();
    }

    @Test
    void spaceDragPansAndMovesNothing(FxRobot robot) {
        robot.clickOn(screen(900, 650));
        Point2D from = header("store");
        robot.press(KeyCode.SPACE).moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(-60, 30))
                .release(MouseButton.PRIMARY).release(KeyCode.SPACE);

        assertThat(fx(() -> canvas.viewport().translateX())).isEqualTo(-60);
        assertThat(fx(() -> canvas.viewport().translateY())).isEqualTo(30);
        assertThat(intents.calls).isEmpty();
    }

    @Test
    void aChipClickedOpensItAndDraggedOntoAnotherElementPinsIt(FxRobot robot) {
        Box chip = chipBox();
        robot.clickOn(screen(chip.x() + 4, chip.centreY()));
        assertThat(intents.calls).containsExactly(new OpenChip(CHIP));

        Point2D at = screen(chip.maxX() - 4, chip.centreY());
        robot.moveTo(at).press(MouseButton.PRIMARY).moveTo(at.add(30, 30)).moveTo(inside("store-k3s/gw"));
        InteractionState during = fx(() -> canvas.interactionProperty().get());
        assertThat(during.draggedChip()).isEqualTo(CHIP);
        assertThat(during.dropTarget()).isEqualTo("store-k3s/gw");
        robot.release(MouseButton.PRIMARY);

        assertThat(intents.calls).containsExactly(new OpenChip(CHIP), new Pin(CHIP, "store-k3s/gw"));
        assertIdle();
    }

    @Test
    void aRightClickSelectsWhatItIsOnAndAsksForItsContextMenu(FxRobot robot) {
        robot.clickOn(header("cloud"));
        robot.clickOn(header("dc"), MouseButton.SECONDARY);
        assertThat(selection()).containsExactly("dc");

        // Desktop platforms follow the popup trigger with a context menu event; Monocle sends none, so the event
        // is fired here as the platform would.
        requestMenuAt(header("dc"));
        requestMenuAt(screen(900, 650));
        requestMenuAt(onTheLink());

        assertThat(intents.calls).containsExactly(new Menu("dc", TargetKind.ELEMENT),
                new Menu(null, TargetKind.CANVAS), new Menu("cloud <-> store", TargetKind.LINK));
    }

    private void requestMenuAt(Point2D screenPoint) {
        fx(() -> {
            Point2D local = canvas.screenToLocal(screenPoint);
            Point2D scene = canvas.localToScene(local);
            Event.fireEvent(canvas, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(),
                    scene.getY(), screenPoint.getX(), screenPoint.getY(), false, null));
            return null;
        });
    }

    @Test
    void middleDragPans(FxRobot robot) {
        robot.moveTo(header("dc")).press(MouseButton.MIDDLE).moveTo(header("dc").add(25, -15))
                .release(MouseButton.MIDDLE);

        assertThat(fx(() -> canvas.viewport().translateX())).isEqualTo(25);
        assertThat(fx(() -> canvas.viewport().translateY())).isEqualTo(-15);
        assertThat(intents.calls).isEmpty();
    }

    @Test
    void aPinchZoomsAroundItsCentre() {
        // A robot cannot pinch: the event a trackpad would send is fired at the canvas.
        Point before = fx(() -> canvas.viewport().toCanvas(300, 200));
        fx(() -> {
            Point2D scene = canvas.localToScene(300, 200);
            Event.fireEvent(canvas, new ZoomEvent(ZoomEvent.ZOOM, scene.getX(), scene.getY(), scene.getX(),
                    scene.getY(), false, false, false, false, true, false, 1.5, 1.5, null));
            return null;
        });

        assertThat(fx(() -> canvas.viewport().scale())).isEqualTo(1.5);
        Point after = fx(() -> canvas.viewport().toCanvas(300, 200));
        assertThat(after.x()).isCloseTo(before.x(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(after.y()).isCloseTo(before.y(), org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void theMenuKeyAsksForTheSelectionsContextMenu(FxRobot robot) {
        robot.clickOn(header("dc"));
        robot.type(KeyCode.CONTEXT_MENU);
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);

        assertThat(intents.calls).containsExactly(new Menu("dc", TargetKind.ELEMENT),
                new Menu("dc", TargetKind.ELEMENT));
    }

    @Test
    void aPaletteItemDroppedOnASiteRaisesDropWithTheSiteAndThePoint() throws Exception {
        // TestFX cannot start a platform drag-and-drop under Monocle, so the drag events the toolkit would send are
        // built here with a dragboard holding the palette's format, and fired at the canvas.
        Box store = bounds("store");
        Point2D over = new Point2D(store.x() + 40, store.y() + 12);
        Dragboard board = fx(() -> {
            Dragboard b = DragboardHelper.createDragboard(new PaletteClipboard());
            DragboardHelper.setDataAccessRestriction(b, false);
            b.setContent(Map.of(PaletteTransfer.FORMAT, "k3s-cluster"));
            return b;
        });

        DragEvent dragOver = fire(DragEvent.DRAG_OVER, board, over);
        assertThat(dragOver.getAcceptedTransferMode()).isEqualTo(TransferMode.COPY);
        assertThat(fx(() -> canvas.interactionProperty().get().dropTarget())).isEqualTo("store");

        DragEvent dropped = fire(DragEvent.DRAG_DROPPED, board, over);
        assertThat(dropped.isDropCompleted()).isTrue();
        assertThat(intents.calls).containsExactly(new Drop("k3s-cluster", "store", new Point(540, 52)));
        assertIdle();

        fire(DragEvent.DRAG_DROPPED, board, new Point2D(900, 650));
        assertThat(intents.calls).last().isEqualTo(new Drop("k3s-cluster", null, new Point(900, 650)));
    }

    @Test
    void dragsWithoutAPaletteItemAreIgnored() throws Exception {
        Dragboard board = fx(() -> {
            Dragboard b = DragboardHelper.createDragboard(new PaletteClipboard());
            DragboardHelper.setDataAccessRestriction(b, false);
            b.setContent(Map.of(javafx.scene.input.DataFormat.PLAIN_TEXT, "hello"));
            return b;
        });

        assertThat(fire(DragEvent.DRAG_OVER, board, new Point2D(100, 100)).getAcceptedTransferMode()).isNull();
        fire(DragEvent.DRAG_DROPPED, board, new Point2D(100, 100));
        assertThat(intents.calls).isEmpty();
    }

    /** Fires a drag event at a view point of the canvas, as the toolkit would, and returns it once handled. */
    private DragEvent fire(javafx.event.EventType<DragEvent> type, Dragboard board, Point2D view) {
        return fx(() -> {
            Point2D scene = canvas.localToScene(view);
            Point2D screen = canvas.localToScreen(view);
            DragEvent e = new DragEvent(canvas, canvas, type, board, scene.getX(), scene.getY(), screen.getX(),
                    screen.getY(), TransferMode.COPY, null, null, null);
            Event.fireEvent(canvas, e);
            return e;
        });
    }

    private Set<String> selection() {
        return fx(() -> canvas.selection().selected());
    }

    private void assertIdle() {
        assertThat(fx(() -> canvas.interactionProperty().get().isIdle())).isTrue();
    }

    private Box bounds(String id) {
        return diagram.element(id).orElseThrow().bounds();
    }

    /** A point in a container's header, clear of its border and children. */
    private Point2D header(String id) {
        Box b = bounds(id);
        return screen(b.x() + 30, b.y() + 14);
    }

    /** Halfway between the cloud and the store, on the line joining their centres, over no element. */
    private Point2D onTheLink() {
        Box cloud = bounds("cloud");
        Box store = bounds("store");
        double x = (cloud.maxX() + store.x()) / 2;
        double t = (x - cloud.centreX()) / (store.centreX() - cloud.centreX());
        return screen(x, cloud.centreY() + t * (store.centreY() - cloud.centreY()));
    }

    private Point2D inside(String id) {
        Box b = bounds(id);
        return screen(b.centreX() + 30, b.centreY());
    }

    private Point2D screen(double canvasX, double canvasY) {
        return fx(() -> canvas.localToScreen(canvas.viewport().toScreenX(canvasX),
                canvas.viewport().toScreenY(canvasY)));
    }

    /** Where the test's renderer "draws" the chip: the top-left corner of the pool it sits on. */
    private Box chipBox() {
        Box pool = bounds("aks/general");
        return new Box(pool.x() + 6, pool.y() + 6, 90, 16);
    }

    private static <T> T fx(Callable<T> read) {
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
