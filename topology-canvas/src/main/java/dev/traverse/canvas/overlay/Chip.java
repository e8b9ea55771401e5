package dev.traverse.canvas.overlay;

import java.util.Objects;

/**
 * A small tag on an element for replicas of one workload placed there.
 *
 * @param id          unique in the overlay; the application's key for what the chip stands for, such as
 *                    "checkout-api/2" for one replica or "checkout-api@store-017/gw" for a group of them
 * @param label       the text drawn ("checkout-api ×3")
 * @param colourIndex index into the overlay's colour-blind-safe palette, so one workload keeps one colour
 * @param style       how it is drawn
 * @param draggable   true when dragging it onto another element asks to pin it there
 */
public record Chip(String id, String label, int colourIndex, ChipStyle style, boolean draggable) {

    public Chip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(style, "style");
        if (colourIndex < 0) {
            throw new IllegalArgumentException("colourIndex must be at least 0");
        }
    }
}
