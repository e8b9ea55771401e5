package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Replica;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A workload's latency bound: the shortest path over links from its data source to the host must take at most
 * {@code maxMs}. The reason names the bound and source, so a summary counts a workload's refusals together:
 * {@code node(s) exceed latency bound 10 ms to store-017/cam}.
 */
public final class LatencyBound implements HostFilter {

    public static final String NAME = "LatencyBound";
    /** Paths are sums of doubles: 0.1 + 0.2 ms must meet a bound of 0.3 ms. */
    private static final double ROUNDING = 1e-9;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean appliesTo(PlacementState state, int demand) {
        return state.problem().demands().get(demand).workload().latency() != null;
    }

    @Override
    public Rejection filter(PlacementState state, Replica replica, int host) {
        Demand demand = state.demandOf(replica);
        var bound = demand.workload().latency();
        if (bound == null) {
            return null;
        }
        double latency = state.problem().latencyToHost(demand, host);
        if (latency <= bound.maxMs() + ROUNDING) {
            return null;
        }
        String reason = "node(s) exceed latency bound " + plain(bound.maxMs()) + " ms to " + bound.to();
        if (Double.isInfinite(latency)) {
            return Rejection.withFix(NAME, reason,
                    "link site " + state.problem().groupOf(host).site().name() + " to " + bound.to(), 1);
        }
        // Rounded up, so that the suggested bound does let this host in.
        return Rejection.withFix(NAME, reason, "relax latency bound to " + roundedUp(latency) + " ms",
                1 - bound.maxMs() / latency);
    }

    /**
     * Milliseconds as people write them: 24, 2.5; rounded up to a tenth. Noise from summing path latencies
     * (0.1 + 0.2 = 0.30000000000000004) is rounded off first, so that it does not round up to 0.4.
     */
    static String roundedUp(double ms) {
        return BigDecimal.valueOf(ms).setScale(6, RoundingMode.HALF_UP).setScale(1, RoundingMode.CEILING)
                .stripTrailingZeros().toPlainString();
    }

    /** A bound as the file states it: 10, 2.25. */
    static String plain(double ms) {
        return BigDecimal.valueOf(ms).stripTrailingZeros().toPlainString();
    }
}
