package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.placement.framework.GroupFilter;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Rejection;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A workload's latency bound: the shortest path over links from its data source to the host must take at most
 * {@code maxMs}. The reason names the bound and source, so a summary counts a workload's refusals together:
 * {@code node(s) exceed latency bound 10 ms to store-017/cam}.
 *
 * <p>Latency depends on where a host is, not on what it holds, so this is a group filter too: a pool or device
 * group with no member within the bound is left out before the search, which would otherwise visit its members one
 * by one for every replica. The host filter decides for members of a device group that sit at different ends of
 * their own links.
 */
public final class LatencyBound implements GroupFilter, HostFilter {

    public static final String NAME = "LatencyBound";
    /** Paths are sums of doubles: 0.1 + 0.2 ms must meet a bound of 0.3 ms. */
    private static final double ROUNDING = 1e-9;

    /**
     * Refusals by demand and latency endpoint: explanations ask again for every host of every unplaced replica, and
     * the words depend on nothing else. Concurrent, as group filters may be called from several threads.
     */
    private final RunCache<Problem, Map<Long, Rejection>> refusals = new RunCache<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object verdictKey(Problem problem, Demand demand) {
        return java.util.Arrays.asList(demand.workload().latency(), demand.latencySource());
    }

    @Override
    public Rejection filter(Problem problem, Demand demand, HostGroup group) {
        if (demand.workload().latency() == null) {
            return null;
        }
        return refusal(problem, demand, closestHost(problem, demand, group));
    }

    /** As {@link #filter(Problem, Demand, HostGroup)} answers, without wording a refusal: feasibility asks often. */
    @Override
    public boolean admits(Problem problem, Demand demand, HostGroup group) {
        return demand.workload().latency() == null || within(problem, demand, closestHost(problem, demand, group));
    }

    /**
     * The group's member nearest the demand's source: a pool's nodes share their site's place, a device group's
     * members may each have links of their own.
     */
    private static int closestHost(Problem problem, Demand demand, HostGroup group) {
        int closest = group.firstHost();
        double best = problem.latencyToHost(demand, closest);
        for (int h = closest + 1; group.isDevice() && h < group.lastHostExclusive(); h++) {
            double latency = problem.latencyToHost(demand, h);
            if (latency < best) {
                closest = h;
                best = latency;
            }
        }
        return closest;
    }

    /** Latency does not depend on what is placed. */
    @Override
    public boolean refusesForGood() {
        return true;
    }

    @Override
    public Reads reads(PlacementState state, int demand) {
        return Reads.NOTHING_PLACED;
    }

    @Override
    public boolean appliesTo(PlacementState state, int demand) {
        return state.problem().demands().get(demand).workload().latency() != null;
    }

    @Override
    public boolean admits(PlacementState state, Replica replica, int host) {
        return within(state.problem(), state.demandOf(replica), host);
    }

    @Override
    public Rejection filter(PlacementState state, Replica replica, int host) {
        return refusal(state.problem(), state.demandOf(replica), host);
    }

    private static boolean within(Problem problem, Demand demand, int host) {
        var bound = demand.workload().latency();
        return bound == null || problem.latencyToHost(demand, host) <= bound.maxMs() + ROUNDING;
    }

    private Rejection refusal(Problem problem, Demand demand, int host) {
        if (within(problem, demand, host)) {
            return null;
        }
        long key = ((long) demand.index() << 32) | problem.hostLatency()[host];
        return refusals.get(problem, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(key, k -> describe(problem, demand, host));
    }

    private static Rejection describe(Problem problem, Demand demand, int host) {
        var bound = demand.workload().latency();
        double latency = problem.latencyToHost(demand, host);
        String reason = "node(s) exceed latency bound " + plain(bound.maxMs()) + " ms to " + bound.to();
        if (Double.isInfinite(latency)) {
            return Rejection.withFix(NAME, reason,
                    "link site " + problem.groupOf(host).site().name() + " to " + bound.to(), 1);
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
