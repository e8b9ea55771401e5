package dev.traverse.app.cli;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The objectives of a placement in one line: {@code cost 4.2 per hour, latency mean 3 ms (worst 12 ms), ...}. */
final class ObjectivesLine {

    private ObjectivesLine() {
    }

    static String of(Topology topology, ObjectiveSummary o) {
        StringBuilder s = new StringBuilder("objectives: cost ").append(number(o.costPerHour())).append(" per hour");
        // The engine reports 0 ms when no workload has a bound; say nothing rather than a misleading 0.
        if (topology.workloads().stream().anyMatch(w -> w.latency() != null)) {
            s.append(", latency mean ").append(number(o.meanLatencyMs())).append(" ms (worst ")
                    .append(number(o.worstLatencyMs())).append(" ms)");
        }
        s.append(", carbon ").append(number(o.carbonGramsPerHour())).append(" gCO2/h");
        s.append(", weighted total ").append(number(o.total()));
        return s.toString();
    }

    /** {@code , lower bound 17.2 (gap 12.5%)}: how far from the best this placement may be. */
    static String gap(dev.traverse.engine.placement.PlacementResult result) {
        return ", lower bound " + number(result.lowerBound()) + " (gap "
                + number(result.gap() * 100) + "%)";
    }

    /** At most two decimals, none when whole: 4.2, 0.46, 12. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return value > 0 ? "unbounded" : "n/a";
        }
        BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }
}
