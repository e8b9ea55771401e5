package dev.traverse.app.inspector;

import dev.traverse.app.elements.ElementType;
import dev.traverse.app.workloads.WorkloadsViewModel;
import dev.traverse.canvas.selection.SelectionModel;
import java.util.List;
import java.util.Objects;

/**
 * Joins the two places things are selected, the canvas and the workloads table, to the inspector: the inspector
 * shows whichever was selected last, selecting in one clears the other, and an element or workload the inspector
 * renames stays selected under its new name. FX thread only.
 */
public final class SelectionLinks {

    private SelectionLinks() {
    }

    /** Connects them; call once. */
    public static void connect(SelectionModel canvas, WorkloadsViewModel workloads, InspectorViewModel inspector) {
        Objects.requireNonNull(canvas, "canvas");
        Objects.requireNonNull(workloads, "workloads");
        Objects.requireNonNull(inspector, "inspector");
        inspector.follow(canvas);
        canvas.addListener(ids -> {
            if (!ids.isEmpty()) {
                workloads.select(List.of());
            }
        });
        workloads.setOnSelectionChanged(names -> {
            if (!names.isEmpty()) {
                // Clearing the canvas first: its listener empties the inspector, which then shows the workloads.
                canvas.clear();
                inspector.inspectWorkloads(names);
            } else if (canvas.isEmpty()) {
                inspector.inspect(List.of());
            }
        });
        inspector.addOnRenamed((from, to) -> {
            if (from.type() == ElementType.WORKLOAD) {
                workloads.select(List.of(to.id()));
            }
        });
    }
}
