package dev.traverse.app.designer;

import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.intent.CanvasIntents;
import java.util.Map;
import java.util.Objects;

/** Turns what the user asks of the canvas into edits of the open document. FX thread only. */
public final class CanvasIntentHandler implements CanvasIntents {

    private final DesignerViewModel designer;

    public CanvasIntentHandler(DesignerViewModel designer) {
        this.designer = Objects.requireNonNull(designer, "designer");
    }

    @Override
    public void move(Map<String, Point> newPositions, boolean byKeyboard) {
        designer.move(newPositions, byKeyboard);
    }

    @Override
    public void connect(String fromId, String toId) {
        designer.connect(fromId, toId);
    }
}
