package dev.traverse.canvas.gesture;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.javafx.scene.input.DragboardHelper;
import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.gesture.RecordingIntents.Connect;
import dev.traverse.canvas.gesture.RecordingIntents.Drop;
import dev.traverse.canvas.gesture.RecordingIntents.Move;
import dev.traverse.canvas.gesture.RecordingIntents.OpenChip;
import dev.traverse.canvas.gesture.RecordingIntents.Pin;
import dev.traverse.canvas.intent.PaletteTransfer;
import dev.traverse.canvas.view.InteractionState;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Gestures that end in an edit intent: moves, links, pins and palette drops, and Esc rolling them back. */
@ExtendWith(ApplicationExtension.class)
class EditGesturesTest extends CanvasFixture {

    @Start
    void start(Stage stage) {
        show(stage);
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
    void altDragMovesWithoutSnapping(FxRobot robot) {
        Point2D from = header("dc");
        robot.press(KeyCode.ALT).moveTo(from).press(MouseButton.PRIMARY).moveTo(from.add(20, 10))
                .moveTo(from.add(33, 17)).release(MouseButton.PRIMARY).release(KeyCode.ALT);

        assertThat(intents.calls).containsExactly(new Move(Map.of("dc", new Point(73, 417)), false));
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
    void arrowKeysMoveTheSelectionByTheGridStep(FxRobot robot) {
        robot.clickOn(header("store"));
        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);

        assertThat(intents.calls).containsExactly(
                new Move(Map.of("store", new Point(510, 40), "store-k3s", new Point(530, 80)), true),
                new Move(Map.of("store", new Point(500, 140), "store-k3s", new Point(520, 180)), true));
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
            b.setContent(Map.of(DataFormat.PLAIN_TEXT, "hello"));
            return b;
        });

        assertThat(fire(DragEvent.DRAG_OVER, board, new Point2D(100, 100)).getAcceptedTransferMode()).isNull();
        fire(DragEvent.DRAG_DROPPED, board, new Point2D(100, 100));
        assertThat(intents.calls).isEmpty();
    }
}
