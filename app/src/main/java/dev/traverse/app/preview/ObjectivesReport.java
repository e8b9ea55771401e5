package dev.traverse.app.preview;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The objectives strip's readings for one preview: cost per hour, mean latency, carbon and the gap to the lower
 * bound, each with its change since the preview shown before, worked out on the preview's worker so the FX thread
 * only shows text. Lower is better for all four, so a rise is a worsening. Immutable.
 */
public record ObjectivesReport(List<Reading> readings) {

    /** An empty strip, before the first preview. */
    public static final ObjectivesReport NONE = new ObjectivesReport(List.of());

    public ObjectivesReport {
        readings = List.copyOf(readings);
    }

    /** Which objective a reading is of. */
    public enum Objective {
        COST("Cost", "Price of the nodes in use and those billed always, per hour"),
        LATENCY("Mean latency", "Mean latency of latency-bound replicas to their data source"),
        CARBON("Carbon", "Grams of CO₂ per hour of the hosts in use"),
        GAP("Gap to bound", "How far the weighted objective may be from the best placement (its lower bound)");

        private final String label;
        private final String description;

        Objective(String label, String description) {
            this.label = label;
            this.description = description;
        }

        public String label() {
            return label;
        }

        public String description() {
            return description;
        }
    }

    /** How a reading moved since the previous preview. */
    public enum Change {
        /** No previous preview to compare with, or one of the two has no value. */
        NONE,
        UNCHANGED,
        /** Rose: worse, as lower is better for every objective. */
        UP,
        /** Fell: better. */
        DOWN
    }

    /**
     * One objective.
     *
     * @param value      the value with its unit ("12.40/h", "4.2 ms")
     * @param changeText the change: "▲ +0.42", "▼ −1.3", "—" when unchanged, "" when there is nothing to compare
     */
    public record Reading(Objective objective, String value, String changeText, Change change) {
        public Reading {
            Objects.requireNonNull(objective, "objective");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(changeText, "changeText");
            Objects.requireNonNull(change, "change");
        }
    }

    /**
     * Compares a preview with the one before it.
     *
     * @param previous the result shown before, or null for the first preview
     */
    public static ObjectivesReport compare(Topology topology, PlacementResult current, PlacementResult previous) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(current, "current");
        ObjectiveSummary now = current.objectives();
        ObjectiveSummary before = previous == null ? null : previous.objectives();
        boolean latencyBound = topology.workloads().stream().anyMatch(w -> w.latency() != null);
        List<Reading> readings = new ArrayList<>(4);
        readings.add(reading(Objective.COST, now.costPerHour(), before == null ? null : before.costPerHour(), 2, "/h"));
        if (latencyBound) {
            readings.add(reading(Objective.LATENCY, now.meanLatencyMs(),
                    before == null ? null : before.meanLatencyMs(), 1, " ms"));
        } else {
            // The engine reports 0 ms when nothing is latency-bound; say so rather than show a misleading 0.
            readings.add(new Reading(Objective.LATENCY, "no bounds", "", Change.NONE));
        }
        readings.add(reading(Objective.CARBON, now.carbonGramsPerHour(),
                before == null ? null : before.carbonGramsPerHour(), 0, " g/h"));
        readings.add(reading(Objective.GAP, current.gap() * 100, previous == null ? null : previous.gap() * 100, 1,
                " %"));
        return new ObjectivesReport(readings);
    }

    private static Reading reading(Objective objective, double now, Double before, int decimals, String unit) {
        String value = Double.isFinite(now) ? NumberText.decimal(now, decimals) + unit
                : (objective == Objective.LATENCY ? "no path" : "n/a");
        if (before == null || !Double.isFinite(now) || !Double.isFinite(before)) {
            return new Reading(objective, value, "", Change.NONE);
        }
        double delta = NumberText.round(now, decimals) - NumberText.round(before, decimals);
        if (Math.abs(delta) < Math.pow(10, -decimals) / 2) {
            return new Reading(objective, value, "—", Change.UNCHANGED);
        }
        String amount = NumberText.decimal(Math.abs(delta), decimals);
        return delta > 0 ? new Reading(objective, value, "▲ +" + amount, Change.UP)
                : new Reading(objective, value, "▼ −" + amount, Change.DOWN);
    }

    /** The reading of one objective, or null when the report has none. */
    public Reading reading(Objective objective) {
        return readings.stream().filter(r -> r.objective() == objective).findFirst().orElse(null);
    }
}
