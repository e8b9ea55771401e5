package dev.traverse.canvas.gesture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.traverse.canvas.document.Point;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Panning and zooming with the wheel, the keys, space or middle drag and a pinch; none of it is an edit. */
@ExtendWith(ApplicationExtension.class)
class NavigationGesturesTest extends CanvasFixture {

    @Start
    void start(Stage stage) {
        show(stage);
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
        assertThat(after.x()).isCloseTo(before.x(), offset(1e-6));
        assertThat(after.y()).isCloseTo(before.y(), offset(1e-6));
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
        assertThat(after.x()).isCloseTo(before.x(), offset(1e-6));
        assertThat(after.y()).isCloseTo(before.y(), offset(1e-6));
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
}
