package dev.traverse.app.preview;

import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult;
import java.util.Objects;

/**
 * One finished preview, built whole on the worker and swapped in on the FX thread. Immutable.
 *
 * @param generation the request it answers; only the newest request's snapshot is shown
 * @param index      the topology placed, indexed, so that what acts on the preview need not index it again
 * @param status     the summary line: "Placed 3,230 replicas in 84 ms · 2 unplaced"
 */
public record PreviewSnapshot(long generation, RunKind kind, TopologyIndex index, PlacementResult result,
                              Overlay overlay, ObjectivesReport objectives, String status) {

    public PreviewSnapshot {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(overlay, "overlay");
        Objects.requireNonNull(objectives, "objectives");
        Objects.requireNonNull(status, "status");
    }

    /** The topology placed. */
    public Topology topology() {
        return index.topology();
    }

    /** The summary line of a result: how many replicas were placed, in how long, and how many were not. */
    public static String statusOf(PlacementResult result) {
        int placed = result.assignments().size();
        int unplaced = result.unplaced().size();
        if (placed == 0 && unplaced == 0) {
            return "Nothing to place: the topology has no workloads";
        }
        StringBuilder s = new StringBuilder("Placed ").append(NumberText.count(placed))
                .append(placed == 1 ? " replica" : " replicas").append(" in ")
                .append(NumberText.count(result.elapsedMs())).append(" ms");
        if (unplaced > 0) {
            s.append(" · ").append(NumberText.count(unplaced)).append(" unplaced");
        }
        return s.toString();
    }
}
