package dev.traverse.app.palette;

import dev.traverse.canvas.intent.PaletteTransfer;
import javafx.scene.input.ClipboardContent;

/** What a palette drag carries: the item's id in {@link PaletteTransfer#FORMAT}, and its title as plain text. */
public final class PaletteDrag {

    private PaletteDrag() {
    }

    /** Marks a drag of a workload already in the topology, as opposed to a palette item's id. */
    public static final String WORKLOAD_PREFIX = "workload:";

    /** What a palette item's drag carries: its id in the palette format, its title as text. */
    public static ClipboardContent content(PaletteItem item) {
        ClipboardContent content = new ClipboardContent();
        content.put(PaletteTransfer.FORMAT, item.id());
        content.putString(item.title());
        return content;
    }

    /** What dragging an existing workload (a Workloads table row) carries: its name, marked as a workload. */
    public static ClipboardContent workload(String name) {
        ClipboardContent content = new ClipboardContent();
        content.put(PaletteTransfer.FORMAT, WORKLOAD_PREFIX + name);
        content.putString(name);
        return content;
    }
}
