package dev.traverse.canvas.gesture;

import java.util.Objects;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Runs one pointer gesture at a time. On a press it chooses the gesture from the button, the space key and what is
 * under the pointer (a chip, an element's border, an element, a link, empty canvas), hands it the drags, and ends it
 * on the release of the button that started it. {@link #cancel()} (Esc) rolls the gesture back and ignores the rest
 * of that press. A double-click on an element opens it (elsewhere the second press starts a gesture as usual); a
 * secondary press selects what it is on, for the context menu event that follows. FX thread only.
 */
public final class GestureDispatcher {

    private final GestureContext context;
    private Gesture active;
    private MouseButton activeButton;
    private boolean spaceDown;

    GestureDispatcher(GestureContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** True while a gesture runs. */
    public boolean isActive() {
        return active != null;
    }

    /** Rolls the gesture in progress back, raising nothing; false when none runs. */
    public boolean cancel() {
        if (active == null) {
            return false;
        }
        Gesture g = active;
        active = null; // the rest of this press finds no gesture and does nothing
        g.cancel();
        return true;
    }

    /** Held space turns primary drags into panning. */
    void setSpaceDown(boolean down) {
        spaceDown = down;
    }

    boolean isSpaceDown() {
        return spaceDown;
    }

    void pressed(MouseEvent e) {
        context.canvas().requestFocus();
        e.consume();
        if (active != null) {
            return; // a second button during a gesture
        }
        MouseButton button = e.getButton();
        if (button == MouseButton.SECONDARY) {
            selectForMenu(e);
            return;
        }
        if (button == MouseButton.MIDDLE || button == MouseButton.PRIMARY && spaceDown) {
            begin(new PanGesture(context, e), button);
            return;
        }
        if (button != MouseButton.PRIMARY) {
            return;
        }
        Target target = context.pick(e.getX(), e.getY());
        if (e.getClickCount() == 2 && (target.kind() == Target.Kind.ELEMENT || target.kind() == Target.Kind.EDGE)) {
            context.intents().open(target.id());
            return;
        }
        begin(switch (target.kind()) {
            case CHIP -> new ChipGesture(context, target.id(), e);
            case EDGE -> new ConnectGesture(context, target.id(), e);
            case ELEMENT -> new MoveGesture(context, target.id(), e);
            case LINK -> new LinkClickGesture(context, target.id());
            case CANVAS -> new RubberBandGesture(context, e);
        }, button);
    }

    void dragged(MouseEvent e) {
        e.consume();
        if (active != null) {
            active.drag(e);
        }
    }

    void released(MouseEvent e) {
        e.consume();
        if (active == null || e.getButton() != activeButton) {
            return;
        }
        Gesture g = active;
        active = null;
        g.release(e);
    }

    private void begin(Gesture gesture, MouseButton button) {
        active = gesture;
        activeButton = button;
    }

    private void selectForMenu(MouseEvent e) {
        Target target = context.pick(e.getX(), e.getY());
        if (target.kind() != Target.Kind.CANVAS && target.kind() != Target.Kind.CHIP
                && !context.selection().isSelected(target.id())) {
            context.selection().select(target.id());
        }
    }
}
