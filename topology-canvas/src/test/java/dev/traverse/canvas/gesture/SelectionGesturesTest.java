package dev.traverse.canvas.gesture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.gesture.RecordingIntents.Menu;
import dev.traverse.canvas.gesture.RecordingIntents.Open;
import dev.traverse.canvas.intent.CanvasIntents.TargetKind;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Selecting with the pointer and the keyboard, opening, and asking for context menus. */
@ExtendWith(ApplicationExtension.class)
class SelectionGesturesTest extends CanvasFixture {

    @Start
    void start(Stage stage) {
        show(stage);
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

    @Test
    void theMenuKeyAsksForTheSelectionsContextMenu(FxRobot robot) {
        robot.clickOn(header("dc"));
        robot.type(KeyCode.CONTEXT_MENU);
        robot.press(KeyCode.SHIFT).type(KeyCode.F10).release(KeyCode.SHIFT);

        assertThat(intents.calls).containsExactly(new Menu("dc", TargetKind.ELEMENT),
                new Menu("dc", TargetKind.ELEMENT));
    }
}
