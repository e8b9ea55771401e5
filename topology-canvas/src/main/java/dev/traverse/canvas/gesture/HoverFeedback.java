package dev.traverse.canvas.gesture;

import dev.traverse.canvas.view.InteractionState;
import java.util.Objects;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

/**
 * While no button is held: records the element or link under the pointer as the interaction state's hover, and shows
 * what a press would do through the cursor (a crosshair on an element's border, where dragging draws a link; a hand
 * on a chip and while space is held). FX thread only.
 */
final class HoverFeedback {

    private final GestureContext context;
    private final GestureDispatcher dispatcher;

    HoverFeedback(GestureContext context, GestureDispatcher dispatcher) {
        this.context = context;
        this.dispatcher = dispatcher;
    }

    void moved(MouseEvent e) {
        if (dispatcher.isActive()) {
            return;
        }
        Target target = context.pick(e.getX(), e.getY());
        context.canvas().setCursor(dispatcher.isSpaceDown() ? Cursor.OPEN_HAND : switch (target.kind()) {
            case EDGE -> Cursor.CROSSHAIR;
            case CHIP -> Cursor.HAND;
            default -> Cursor.DEFAULT;
        });
        String hover = target.kind() == Target.Kind.CHIP ? null : target.id();
        setHover(hover);
    }

    void exited(MouseEvent e) {
        if (!dispatcher.isActive()) {
            setHover(null);
        }
    }

    private void setHover(String id) {
        InteractionState now = context.interaction();
        if (now.isIdle() && !Objects.equals(now.hover(), id)) {
            context.show(id == null ? InteractionState.IDLE : GestureContext.hovering(id));
        }
    }
}
