package dev.traverse.app.palette;

import dev.traverse.canvas.intent.PaletteTransfer;
import javafx.scene.input.ClipboardContent;

/** What a palette drag carries: the item's id in {@link PaletteTransfer#FORMAT}, and its title as plain text. */
public final class PaletteDrag {

    private PaletteDrag() {
    }

    public static ClipboardContent content(PaletteItem item) {
        ClipboardContent content = new ClipboardContent();
        content.put(PaletteTransfer.FORMAT, item.id());
        content.putString(item.title());
        return content;
    }
}
