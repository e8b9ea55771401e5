package dev.traverse.app.ui;

import java.util.Objects;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * The one tooltip a list or table cell keeps and shows again with each new item's text. A new {@link Tooltip} per
 * update would build a popup window every time, and a table refreshed after every edit updates many cells. FX
 * thread only.
 */
public final class CellTooltip {

    private final Control owner;
    private Tooltip tooltip;

    public CellTooltip(Control owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /** Shows {@code text} when the pointer rests on the cell; null or empty removes the tooltip. */
    public void show(String text) {
        if (text == null || text.isEmpty()) {
            owner.setTooltip(null);
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
        }
        tooltip.setText(text);
        if (owner.getTooltip() != tooltip) {
            owner.setTooltip(tooltip);
        }
    }
}
