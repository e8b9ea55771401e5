package dev.traverse.canvas.gesture;

import dev.traverse.canvas.TopologyCanvas;
import java.util.Objects;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;

/**
 * Installs the canvas's interaction: pointer gestures through a {@link GestureDispatcher}, keys, wheel and pinch,
 * context menu requests and palette drops. Everything the user does reaches the application as
 * {@link dev.traverse.canvas.intent.CanvasIntents}; previews go through the canvas's interaction state. FX thread
 * only.
 */
public final class Gestures {

    private Gestures() {
    }

    /** Wires the handlers onto the canvas; call once. Returns the dispatcher, which can cancel a gesture. */
    public static GestureDispatcher install(TopologyCanvas canvas) {
        Objects.requireNonNull(canvas, "canvas");
        GestureContext context = new GestureContext(canvas);
        GestureDispatcher dispatcher = new GestureDispatcher(context);
        ContextMenuRequests menus = new ContextMenuRequests(context);
        KeyboardCommands keys = new KeyboardCommands(context, dispatcher, menus);
        WheelNavigation wheel = new WheelNavigation(context);
        PaletteDropTarget drops = new PaletteDropTarget(context);
        HoverFeedback hover = new HoverFeedback(context, dispatcher);

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, dispatcher::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, dispatcher::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, dispatcher::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, hover::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, hover::exited);
        canvas.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, menus::requested);
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, keys::pressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, keys::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, wheel::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, wheel::zoomed);
        canvas.addEventHandler(DragEvent.DRAG_OVER, drops::over);
        canvas.addEventHandler(DragEvent.DRAG_EXITED, drops::exited);
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, drops::dropped);
        // A new diagram may drop what the gesture holds: roll it back rather than commit against stale ids.
        canvas.diagramProperty().addListener((obs, old, now) -> dispatcher.cancel());
        return dispatcher;
    }
}
