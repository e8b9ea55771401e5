package dev.traverse.app.cli;

import static dev.traverse.app.cli.ValidateCommand.count;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult;
import java.io.PrintWriter;

/** What {@code traverse place} prints: the counts, the objectives, how full things are, and what did not fit. */
final class PlacementSummary {

    private PlacementSummary() {
    }

    static void print(PrintWriter out, Topology topology, PlacementResult result) {
        int placed = result.assignments().size();
        int total = placed + result.unplaced().size();
        out.println(topology.name() + ": " + placed + " of " + count(total, "replica") + " placed"
                + (result.unplaced().isEmpty() ? "" : ", " + result.unplaced().size() + " unplaced,")
                + " in " + result.elapsedMs() + " ms"
                + (result.improvementSteps() == 0 ? "" : " (" + count(result.improvementSteps(), "improvement step")
                        + ")"));
        out.println(ObjectivesLine.of(topology, result.objectives()) + ObjectivesLine.gap(result));
        out.println();
        FillTable.print(out, FillTable.rows(topology, result));
        if (!result.unplaced().isEmpty()) {
            out.println();
            UnplacedDigest.print(out, result.unplaced());
        }
        out.flush();
    }
}
