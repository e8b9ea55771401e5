package dev.traverse.app.palette;

import java.util.Objects;

/** A row of the palette tree: a group heading, or an item under it. */
record PaletteEntry(PaletteGroup group, PaletteItem item) {

    PaletteEntry {
        Objects.requireNonNull(group, "group");
    }

    static PaletteEntry heading(PaletteGroup group) {
        return new PaletteEntry(group, null);
    }

    static PaletteEntry of(PaletteItem item) {
        return new PaletteEntry(item.group(), item);
    }

    boolean isHeading() {
        return item == null;
    }
}
