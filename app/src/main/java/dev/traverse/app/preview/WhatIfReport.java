package dev.traverse.app.preview;

import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import dev.traverse.engine.placement.WhatIfResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A what-if ready to show: its overlay, the banner's headline ("Failure of site store-017: 12 replicas move,
 * 3 cannot be placed, cost +0.42/h") and a line of further changes. Built on a worker; immutable.
 *
 * @param headline what the failure does, in one sentence
 * @param detail   how the other objectives change, or what it means when nothing moves
 */
public record WhatIfReport(WhatIfResult result, Overlay overlay, String headline, String detail) {

    public WhatIfReport {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(overlay, "overlay");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(detail, "detail");
    }

    /** Builds the overlay and the text of a what-if of {@code index}'s topology. */
    public static WhatIfReport of(WhatIfResult result, TopologyIndex index) {
        int moved = result.moved().size();
        int lost = result.lost().size();
        StringBuilder headline = new StringBuilder("Failure of ")
                .append(FailureTargets.describe(index, result.failure())).append(": ");
        if (moved == 0 && lost == 0) {
            headline.append("no replica moves");
        } else {
            headline.append(NumberText.count(moved)).append(moved == 1 ? " replica moves" : " replicas move");
            if (lost > 0) {
                headline.append(", ").append(NumberText.count(lost)).append(" cannot be placed");
            }
        }
        headline.append(", cost ").append(costChange(result.costDelta()));
        return new WhatIfReport(result, WhatIfOverlay.build(result, index), headline.toString(), detail(result));
    }

    private static String costChange(double delta) {
        return NumberText.round(delta, 2) == 0 ? "unchanged" : NumberText.signed(delta, 2) + "/h";
    }

    private static String detail(WhatIfResult result) {
        ObjectiveSummary before = result.before().objectives();
        ObjectiveSummary after = result.after().objectives();
        List<String> parts = new ArrayList<>();
        parts.add("cost " + NumberText.decimal(before.costPerHour(), 2) + " → "
                + NumberText.decimal(after.costPerHour(), 2) + "/h");
        if (Double.isFinite(before.meanLatencyMs()) && Double.isFinite(after.meanLatencyMs())) {
            if (before.meanLatencyMs() != 0 || after.meanLatencyMs() != 0) {
                parts.add("mean latency " + NumberText.decimal(before.meanLatencyMs(), 1) + " → "
                        + NumberText.decimal(after.meanLatencyMs(), 1) + " ms");
            }
        } else if (!Double.isFinite(after.meanLatencyMs())) {
            parts.add("some replicas lose every path to their data source");
        }
        parts.add("carbon " + NumberText.decimal(before.carbonGramsPerHour(), 0) + " → "
                + NumberText.decimal(after.carbonGramsPerHour(), 0) + " g/h");
        return String.join(" · ", parts);
    }
}
