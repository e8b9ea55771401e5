package dev.traverse.app.design;

import dev.traverse.engine.model.Topology;
import java.util.Objects;

/**
 * Tells an edit that only moved boxes on the canvas from one that changed the topology. Placement, validation, the
 * outline and the counts do not depend on the layout, so they skip layout-only edits: dragging a site on a
 * 10,000-element estate then costs no re-placement and no re-validation. Cheap: unchanged parts of an edited model
 * are the same objects, so the comparison stops at identity for them.
 */
public final class LayoutChanges {

    private LayoutChanges() {
    }

    /** True when the two models differ at most in their layout sections. */
    public static boolean onlyLayoutDiffers(Topology before, Topology after) {
        if (before == null || after == null) {
            return false;
        }
        return before.metadata().equals(after.metadata()) && before.objectives().equals(after.objectives())
                && before.sites().equals(after.sites()) && before.links().equals(after.links())
                && before.workloads().equals(after.workloads());
    }

    /**
     * True when the two models differ only in where saved boxes sit: same topology, same layout keys. A layout entry
     * added or removed can add or clear a warning (an entry for an element that does not exist); a moved one cannot.
     */
    public static boolean onlyPositionsMoved(Topology before, Topology after) {
        return onlyLayoutDiffers(before, after) && LayoutDiff.sameIds(before.layout(), after.layout());
    }

    /** True when the two models differ in more than their layout sections (or one of them is missing). */
    public static boolean topologyDiffers(Topology before, Topology after) {
        return !Objects.equals(before, after) && !onlyLayoutDiffers(before, after);
    }
}
