package dev.traverse.canvas.gesture;

import dev.traverse.canvas.overlay.Chip;
import java.util.List;
import java.util.Map;
import javafx.scene.input.MouseEvent;

/**
 * A press on an overlay chip: a click raises {@code openChip}; dragging a draggable chip onto another element
 * previews the pin (the chip, the pointer and the element under it as drop target) and raises {@code pin} on
 * release. Dropping it back on its own element, or on empty canvas, raises nothing. FX thread only.
 */
final class ChipGesture implements Gesture {

    private final GestureContext context;
    private final String chip;
    private final String host;
    private final boolean draggable;
    private final double pressX;
    private final double pressY;
    private boolean dragging;
    private String target;

    ChipGesture(GestureContext context, String chip, MouseEvent press) {
        this.context = context;
        this.chip = chip;
        this.pressX = press.getX();
        this.pressY = press.getY();
        String foundHost = null;
        boolean canDrag = false;
        for (Map.Entry<String, List<Chip>> entry : context.canvas().getOverlay().chips().entrySet()) {
            for (Chip c : entry.getValue()) {
                if (c.id().equals(chip)) {
                    foundHost = entry.getKey();
                    canDrag = c.draggable();
                }
            }
        }
        this.host = foundHost;
        this.draggable = canDrag;
    }

    @Override
    public void drag(MouseEvent e) {
        if (!draggable || !dragging && !ClickSelection.beyondThreshold(pressX, pressY, e)) {
            return;
        }
        dragging = true;
        String under = context.elementAt(e.getX(), e.getY());
        target = under == null || under.equals(host) ? null : under;
        context.show(GestureContext.draggingChip(chip, context.toCanvas(e.getX(), e.getY()), target));
    }

    @Override
    public void release(MouseEvent e) {
        if (!dragging) {
            context.intents().openChip(chip);
            return;
        }
        context.idle();
        if (target != null) {
            context.intents().pin(chip, target);
        }
    }

    @Override
    public void cancel() {
        if (dragging) {
            context.idle();
        }
    }
}
