package dev.traverse.canvas.gesture;

import javafx.scene.input.MouseEvent;

/** A press on a link: selects it on release, with the usual Shift and shortcut-key rules. FX thread only. */
final class LinkClickGesture implements Gesture {

    private final GestureContext context;
    private final String link;

    LinkClickGesture(GestureContext context, String link) {
        this.context = context;
        this.link = link;
    }

    @Override
    public void drag(MouseEvent e) {
        // Links do not move on their own: they follow their ends.
    }

    @Override
    public void release(MouseEvent e) {
        ClickSelection.apply(context.selection(), link, e);
    }

    @Override
    public void cancel() {
        // Nothing shown, nothing to roll back.
    }
}
