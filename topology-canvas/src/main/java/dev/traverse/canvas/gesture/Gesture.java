package dev.traverse.canvas.gesture;

import javafx.scene.input.MouseEvent;

/**
 * One pointer gesture, from the press that starts it to the release that ends it. While it runs it changes only the
 * canvas's {@link dev.traverse.canvas.view.InteractionState} (and the viewport, for panning); on release it raises at
 * most one intent; {@link #cancel()} rolls back what it showed and raises nothing. The
 * {@link GestureDispatcher} creates one per press and drops it after release or cancel. FX thread only.
 */
interface Gesture {

    /** The pointer moved with the button held. */
    void drag(MouseEvent e);

    /** The button went up: commit. */
    void release(MouseEvent e);

    /** Esc, or the diagram changed under the gesture: roll back, raise nothing. */
    void cancel();
}
