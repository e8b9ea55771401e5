package dev.traverse.canvas.view;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Point;
import java.util.Set;

/**
 * What a gesture in progress shows before it is committed: gestures write it, the renderer draws it, and nothing
 * here is part of the diagram. Esc clears it. FX thread only.
 *
 * @param moving       ids being dragged (drawn offset by dx, dy), empty when nothing is
 * @param dx           the drag offset in canvas units
 * @param dy           the drag offset in canvas units
 * @param rubberBand   the selection rectangle in canvas units, or null
 * @param connectFrom  the element a link is being drawn from, or null
 * @param pointer      where the pointer is in canvas units while connecting or dragging a chip, or null
 * @param dropTarget   the element highlighted as the target of a drop, connect or chip drag, or null
 * @param draggedChip  the chip being dragged, or null
 * @param hover        the element or link under the pointer, or null
 */
public record InteractionState(Set<String> moving, double dx, double dy, Box rubberBand, String connectFrom,
                               Point pointer, String dropTarget, String draggedChip, String hover) {

    public static final InteractionState IDLE = new InteractionState(Set.of(), 0, 0, null, null, null, null, null,
            null);

    public InteractionState {
        moving = Set.copyOf(moving);
    }

    public boolean isIdle() {
        return moving.isEmpty() && rubberBand == null && connectFrom == null && draggedChip == null
                && dropTarget == null;
    }
}
