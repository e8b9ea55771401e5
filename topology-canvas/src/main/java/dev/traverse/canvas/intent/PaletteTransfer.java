package dev.traverse.canvas.intent;

import javafx.scene.input.DataFormat;

/**
 * The drag-and-drop format a palette puts on the dragboard: its content is the palette item's id as a string.
 * The canvas accepts drags carrying it and raises {@link CanvasIntents#drop}.
 */
public final class PaletteTransfer {

    public static final DataFormat FORMAT = new DataFormat("application/x-traverse-palette-item");

    private PaletteTransfer() {
    }
}
