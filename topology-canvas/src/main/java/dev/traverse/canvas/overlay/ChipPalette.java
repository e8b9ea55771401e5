package dev.traverse.canvas.overlay;

import javafx.scene.paint.Color;

/**
 * The colours of workload chips and legend swatches: the Okabe-Ito palette, which people with the common colour
 * vision deficiencies can still tell apart, with a neutral grey in place of its black so chips read on dark
 * backgrounds too. A {@link Chip#colourIndex()} past the end wraps around. Immutable and thread-safe.
 */
public final class ChipPalette {

    private static final Color[] COLOURS = {
        Color.web("#E69F00"), // orange
        Color.web("#56B4E9"), // sky blue
        Color.web("#009E73"), // bluish green
        Color.web("#F0E442"), // yellow
        Color.web("#0072B2"), // blue
        Color.web("#D55E00"), // vermillion
        Color.web("#CC79A7"), // reddish purple
        Color.web("#999999"), // neutral grey
    };
    private static final Color[] TEXT = new Color[COLOURS.length];

    static {
        for (int i = 0; i < COLOURS.length; i++) {
            TEXT[i] = luminance(COLOURS[i]) > 0.3 ? Color.web("#111111") : Color.WHITE;
        }
    }

    private ChipPalette() {
    }

    /** How many colours there are before they repeat. */
    public static int size() {
        return COLOURS.length;
    }

    /** The fill for colour index {@code index} (cycled); a negative index is refused. */
    public static Color colour(int index) {
        return COLOURS[wrap(index)];
    }

    /** Black or white, whichever reads better on {@link #colour(int)}. */
    public static Color textOn(int index) {
        return TEXT[wrap(index)];
    }

    private static int wrap(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a colour index must be at least 0, not " + index);
        }
        return index % COLOURS.length;
    }

    /** WCAG relative luminance. */
    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
