package dev.traverse.app.cli;

import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.WhatIfResult;
import dev.traverse.engine.placement.WhatIfResult.Move;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints a what-if for people: what moves, what is lost and why, and how the objectives change. */
final class WhatIfSummary {

    /** Moves and losses listed; the rest are counted. */
    static final int SHOWN = 20;

    private WhatIfSummary() {
    }

    static void print(PrintWriter out, WhatIfResult w) {
        out.println("what if " + w.failure() + " fails: " + w.moved().size() + " replica(s) move, " + w.lost().size()
                + " find no host");
        var before = w.before().objectives();
        var after = w.after().objectives();
        out.printf(Locale.ROOT, "objectives: cost %.2f -> %.2f per hour (%+.2f), latency mean %.1f -> %.1f ms"
                        + " (worst %.1f -> %.1f ms), carbon %.2f -> %.2f gCO2/h%n",
                before.costPerHour(), after.costPerHour(), w.costDelta(), before.meanLatencyMs(),
                after.meanLatencyMs(), before.worstLatencyMs(), after.worstLatencyMs(), before.carbonGramsPerHour(),
                after.carbonGramsPerHour());
        if (!w.moved().isEmpty()) {
            out.println();
            out.println("moved:");
            List<Move> shown = w.moved().stream().limit(SHOWN).toList();
            shown.forEach(m -> out.println("  " + m.workload() + "/" + m.replica() + ": " + m.from() + " -> " + m.to()));
            more(out, w.moved().size() - shown.size());
        }
        if (!w.lost().isEmpty()) {
            out.println();
            out.println("no host any more:");
            List<UnplacedReplica> shown = w.lost().stream().limit(SHOWN).toList();
            for (UnplacedReplica u : shown) {
                out.println("  " + u.workload() + "/" + u.replica() + ": " + u.summary());
                u.fixes().forEach(f -> out.println("    fix: " + f));
            }
            more(out, w.lost().size() - shown.size());
        }
    }

    private static void more(PrintWriter out, int more) {
        if (more > 0) {
            out.println("  ... and " + more + " more");
        }
    }
}
