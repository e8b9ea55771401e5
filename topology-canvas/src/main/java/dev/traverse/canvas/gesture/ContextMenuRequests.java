package dev.traverse.canvas.gesture;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.intent.CanvasIntents.TargetKind;
import dev.traverse.canvas.view.Viewport;
import javafx.geometry.Point2D;
import javafx.scene.input.ContextMenuEvent;

/**
 * Raises {@code contextMenu} for a right click (whatever the platform calls the popup trigger) on what is under the
 * pointer, and for the menu key or Shift+F10 on the selection's lead element or link, at its centre (or the view's
 * centre when nothing is selected). Coordinates handed to the intent are screen coordinates, ready for
 * {@code ContextMenu.show(node, x, y)}. FX thread only.
 */
final class ContextMenuRequests {

    private final GestureContext context;

    ContextMenuRequests(GestureContext context) {
        this.context = context;
    }

    void requested(ContextMenuEvent e) {
        e.consume();
        if (e.isKeyboardTrigger()) {
            return; // the key handler answers the menu key and Shift+F10 the same way on every platform
        }
        Target target = context.pick(e.getX(), e.getY());
        context.intents().contextMenu(target.id(), kindOf(target), e.getScreenX(), e.getScreenY());
    }

    /** The menu key or Shift+F10. */
    void fromKeyboard() {
        Diagram diagram = context.diagram();
        String lead = context.selection().lead();
        Viewport v = context.canvas().viewport();
        if (lead != null && diagram.element(lead).isPresent()) {
            Box b = diagram.element(lead).get().bounds();
            raise(lead, TargetKind.ELEMENT, v.toScreenX(b.centreX()), v.toScreenY(b.centreY()));
        } else if (lead != null && diagram.link(lead).isPresent()) {
            DiagramLink link = diagram.link(lead).get();
            Box a = diagram.element(link.fromId()).orElseThrow().bounds();
            Box b = diagram.element(link.toId()).orElseThrow().bounds();
            raise(lead, TargetKind.LINK, v.toScreenX((a.centreX() + b.centreX()) / 2),
                    v.toScreenY((a.centreY() + b.centreY()) / 2));
        } else {
            raise(null, TargetKind.CANVAS, context.canvas().getWidth() / 2, context.canvas().getHeight() / 2);
        }
    }

    private void raise(String id, TargetKind kind, double viewX, double viewY) {
        Point2D screen = context.canvas().localToScreen(viewX, viewY);
        double x = screen == null ? viewX : screen.getX();
        double y = screen == null ? viewY : screen.getY();
        context.intents().contextMenu(id, kind, x, y);
    }

    static TargetKind kindOf(Target target) {
        return switch (target.kind()) {
            case CHIP -> TargetKind.CHIP;
            case EDGE, ELEMENT -> TargetKind.ELEMENT;
            case LINK -> TargetKind.LINK;
            case CANVAS -> TargetKind.CANVAS;
        };
    }
}
