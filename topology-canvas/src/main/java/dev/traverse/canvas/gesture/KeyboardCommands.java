package dev.traverse.canvas.gesture;

import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.layout.Moves;
import dev.traverse.canvas.layout.Snap;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The canvas's keys: arrows move the selected elements by one grid step (ten with Shift) as a keyboard move; Tab and
 * Shift+Tab select and reveal the next and previous element in diagram order; Enter opens the lead element; Esc
 * cancels the gesture in progress or else clears the selection; the shortcut key with 0 fits the diagram, with 1
 * shows it at 100 %, with = or + zooms in and with - zooms out; held space pans with the primary button; the menu
 * key and Shift+F10 ask for the context menu. Keys it does not use are left for others (Tab too, on an empty
 * diagram, so focus can leave). FX thread only.
 */
final class KeyboardCommands {

    /** Zoom step of one key press. */
    static final double ZOOM_STEP = 1.25;
    private static final int BIG_STEP = 10;

    private final GestureContext context;
    private final GestureDispatcher dispatcher;
    private final ContextMenuRequests menus;
    private Cursor cursorBeforeSpace;

    KeyboardCommands(GestureContext context, GestureDispatcher dispatcher, ContextMenuRequests menus) {
        this.context = context;
        this.dispatcher = dispatcher;
        this.menus = menus;
    }

    void pressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.ESCAPE) {
            if (!dispatcher.cancel()) {
                context.selection().clear();
            }
            e.consume();
            return;
        }
        if (code == KeyCode.SPACE) {
            if (!dispatcher.isSpaceDown()) {
                dispatcher.setSpaceDown(true);
                cursorBeforeSpace = context.canvas().getCursor();
                context.canvas().setCursor(Cursor.OPEN_HAND);
            }
            e.consume();
            return;
        }
        if (dispatcher.isActive()) {
            return; // one thing at a time: keys wait until the pointer gesture ends
        }
        boolean handled = e.isShortcutDown() ? zoomKey(code) : plainKey(e);
        if (handled) {
            e.consume();
        }
    }

    void released(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            dispatcher.setSpaceDown(false);
            context.canvas().setCursor(cursorBeforeSpace);
            e.consume();
        }
    }

    private boolean plainKey(KeyEvent e) {
        return switch (e.getCode()) {
            case LEFT, KP_LEFT -> nudge(-1, 0, e.isShiftDown());
            case RIGHT, KP_RIGHT -> nudge(1, 0, e.isShiftDown());
            case UP, KP_UP -> nudge(0, -1, e.isShiftDown());
            case DOWN, KP_DOWN -> nudge(0, 1, e.isShiftDown());
            case TAB -> cycle(e.isShiftDown() ? -1 : 1);
            case ENTER -> open();
            case CONTEXT_MENU -> menu();
            case F10 -> e.isShiftDown() && menu();
            default -> false;
        };
    }

    private boolean zoomKey(KeyCode code) {
        TopologyCanvas canvas = context.canvas();
        switch (code) {
            case DIGIT0, NUMPAD0 -> canvas.fitToContent();
            case DIGIT1, NUMPAD1 -> canvas.actualSize();
            case EQUALS, PLUS, ADD -> canvas.viewport().zoomAt(ZOOM_STEP, canvas.getWidth() / 2,
                    canvas.getHeight() / 2);
            case MINUS, SUBTRACT -> canvas.viewport().zoomAt(1 / ZOOM_STEP, canvas.getWidth() / 2,
                    canvas.getHeight() / 2);
            default -> {
                return false;
            }
        }
        return true;
    }

    private boolean nudge(int x, int y, boolean big) {
        List<String> ids = context.selectedElements();
        if (ids.isEmpty()) {
            return false;
        }
        double step = Snap.GRID * (big ? BIG_STEP : 1);
        context.intents().move(Moves.by(context.diagram(), ids, x * step, y * step), true);
        return true;
    }

    private boolean cycle(int direction) {
        List<DiagramElement> elements = context.diagram().elements();
        if (elements.isEmpty()) {
            return false;
        }
        String lead = context.selection().lead();
        int at = -1;
        if (lead != null) {
            for (int i = 0; i < elements.size(); i++) {
                if (elements.get(i).id().equals(lead)) {
                    at = i;
                    break;
                }
            }
        }
        int n = elements.size();
        int next = at < 0 ? (direction > 0 ? 0 : n - 1) : Math.floorMod(at + direction, n);
        context.canvas().reveal(elements.get(next).id());
        return true;
    }

    private boolean open() {
        String lead = context.selection().lead();
        if (lead == null || context.diagram().element(lead).isEmpty()) {
            return false;
        }
        context.intents().open(lead);
        return true;
    }

    private boolean menu() {
        menus.fromKeyboard();
        return true;
    }
}
