package dev.traverse.canvas.gesture;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.layout.Moves;
import dev.traverse.canvas.layout.Snap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.input.MouseEvent;

/**
 * A press on an element's body: a click changes the selection ({@link ClickSelection}); a drag moves the selection
 * (with the pressed element in it). While dragging, the moved elements and everything inside them are shown offset
 * in the interaction state; the pressed element's top-left lands on the grid unless Alt is held, and the others keep
 * their places relative to it. On release one {@code move} intent carries the new top-left of each moved element and
 * of its descendants with saved positions. FX thread only.
 */
final class MoveGesture implements Gesture {

    private final GestureContext context;
    private final String pressed;
    private final double pressX;
    private final double pressY;
    private boolean dragging;
    private List<String> roots = List.of();
    private Set<String> shown = Set.of();
    private double dx;
    private double dy;

    MoveGesture(GestureContext context, String pressed, MouseEvent press) {
        this.context = context;
        this.pressed = pressed;
        this.pressX = press.getX();
        this.pressY = press.getY();
        // Select at once what a drag should move; a click on an already selected element decides on release.
        if (!context.selection().isSelected(pressed) && !press.isShortcutDown()) {
            if (press.isShiftDown()) {
                context.selection().add(List.of(pressed));
            } else {
                context.selection().select(pressed);
            }
        }
    }

    @Override
    public void drag(MouseEvent e) {
        if (!dragging) {
            if (!ClickSelection.beyondThreshold(pressX, pressY, e)) {
                return;
            }
            start();
        }
        double scale = context.canvas().viewport().scale();
        double rawX = (e.getX() - pressX) / scale;
        double rawY = (e.getY() - pressY) / scale;
        if (e.isAltDown()) {
            dx = rawX;
            dy = rawY;
        } else {
            Box anchor = context.diagram().element(pressed).orElseThrow().bounds();
            dx = Snap.snapDelta(anchor.x(), rawX);
            dy = Snap.snapDelta(anchor.y(), rawY);
        }
        context.show(GestureContext.moving(shown, dx, dy));
    }

    private void start() {
        dragging = true;
        if (!context.selection().isSelected(pressed)) {
            context.selection().add(List.of(pressed)); // a shortcut-drag of an unselected element takes it along
        }
        Diagram diagram = context.diagram();
        roots = Moves.roots(diagram, context.selectedElements());
        Set<String> all = new LinkedHashSet<>();
        for (String id : roots) {
            diagram.subtree(id).stream().map(DiagramElement::id).forEach(all::add);
        }
        shown = all;
    }

    @Override
    public void release(MouseEvent e) {
        if (!dragging) {
            ClickSelection.apply(context.selection(), pressed, e);
            return;
        }
        context.idle();
        if (dx != 0 || dy != 0) {
            Map<String, Point> positions = Moves.by(context.diagram(), roots, dx, dy);
            context.intents().move(positions, false);
        }
    }

    @Override
    public void cancel() {
        if (dragging) {
            context.idle();
        }
    }
}
