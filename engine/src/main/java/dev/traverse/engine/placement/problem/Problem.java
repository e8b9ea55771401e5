package dev.traverse.engine.placement.problem;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.TopologyKey;
import java.util.List;

/**
 * A topology compiled for placement: every node and device as a host with an index, grouped by pool; domain ids per
 * topology key for spread and inter-workload rules; workloads as demands; the replicas to place; latencies. Built
 * once per run by {@link ProblemCompiler}, its places taken over from the last run on the same ones
 * ({@link HostSide}); immutable, and its latencies are worked out on first use from any thread.
 *
 * @param hostGroup   the group of each host
 * @param hostNames   each host's qualified name: {@code cluster/node-3} or {@code site/device-2}
 * @param domains     [topology key ordinal][host]: the domain id of each host for each key
 * @param hostLatency the latency endpoint of each host (its site, or its device group when that has links)
 * @param placeMemo   values derived from the places, shared by problems on the same places
 */
public record Problem(
        Topology topology,
        ResourceDimensions dimensions,
        List<HostGroup> groups,
        int[] hostGroup,
        String[] hostNames,
        int[][] domains,
        int[] domainCounts,
        int[] hostLatency,
        List<Demand> demands,
        List<Replica> replicas,
        LatencyMatrix latency,
        PlaceMemo placeMemo) {

    /**
     * A value worked out from this problem's places alone, shared with every problem on the same places (see
     * {@link PlaceMemo}).
     */
    public <T> T fromPlaces(PlaceMemo.Key<T> key, java.util.function.Function<Problem, T> compute) {
        return placeMemo.get(key, this, compute);
    }

    /** How many replicas each demand has (daemons and firmware expanded per site or device), indexed by demand. */
    public int[] replicasPerDemand() {
        int[] counts = new int[demands.size()];
        for (Replica r : replicas) {
            counts[r.demand()]++;
        }
        return counts;
    }

    public int hostCount() {
        return hostGroup.length;
    }

    public HostGroup groupOf(int host) {
        return groups.get(hostGroup[host]);
    }

    public int domain(TopologyKey key, int host) {
        return domains[key.ordinal()][host];
    }

    public int domainCount(TopologyKey key) {
        return domainCounts[key.ordinal()];
    }

    /** Latency in ms from a demand's data source to a host, or 0 when the demand has no latency bound. */
    public double latencyToHost(Demand demand, int host) {
        return demand.latencySource() < 0 ? 0 : latency.latency(demand.latencySource(), hostLatency[host]);
    }
}
