package dev.traverse.canvas.render;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Fonts by pixel size, rounded down to half pixels below 12 px and whole pixels above, so zooming reuses a few
 * dozen fonts (and the glyph caches behind them) instead of making one per frame. FX thread only.
 */
final class FontCache {

    private static final int STEPS = 2 * 160;

    private final String family;
    private final Font[] regular = new Font[STEPS + 1];
    private final Font[] bold = new Font[STEPS + 1];

    FontCache(String family) {
        this.family = family;
    }

    String family() {
        return family;
    }

    /** The font closest below {@code px} (at least 1 px, at most 160 px). */
    Font get(boolean isBold, double px) {
        double q = px < 12 ? Math.floor(px * 2) / 2 : Math.floor(px);
        int k = (int) Math.max(2, Math.min(STEPS, q * 2));
        Font[] table = isBold ? bold : regular;
        Font f = table[k];
        if (f == null) {
            f = Font.font(family, isBold ? FontWeight.BOLD : FontWeight.NORMAL, k / 2.0);
            table[k] = f;
        }
        return f;
    }
}
