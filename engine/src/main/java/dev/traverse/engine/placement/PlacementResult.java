package dev.traverse.engine.placement;

import java.util.List;
import java.util.Map;

/**
 * Where every replica would run, what could not be placed and why, how full each host is, and the objectives.
 *
 * @param lowerBound no placement of the replicas placed here can have a weighted objective below this
 * @param gap        how far the objective may be from the best: (total - lowerBound) / |total|, 0 when both are 0
 * @param elapsedMs the engine's own time, without reading the file or starting the JVM
 * @param improvementSteps the steps the improvement pass took: changes it tried, kept or not
 */
public record PlacementResult(
        List<Assignment> assignments,
        List<UnplacedReplica> unplaced,
        List<HostUsage> hosts,
        ObjectiveSummary objectives,
        double lowerBound,
        double gap,
        long elapsedMs,
        long improvementSteps) {

    public PlacementResult {
        assignments = List.copyOf(assignments);
        unplaced = List.copyOf(unplaced);
        hosts = List.copyOf(hosts);
    }

    /** A result of construction alone, with no improvement steps. */
    public PlacementResult(List<Assignment> assignments, List<UnplacedReplica> unplaced, List<HostUsage> hosts,
                           ObjectiveSummary objectives, double lowerBound, double gap, long elapsedMs) {
        this(assignments, unplaced, hosts, objectives, lowerBound, gap, elapsedMs, 0);
    }

    /** Replica {@code replica} (from 0) of a workload runs on {@code node}: {@code cluster/node} or {@code site/device}. */
    public record Assignment(String workload, int replica, String node) {
    }

    /**
     * A replica no host can take, with kube-scheduler's kind of summary
     * ({@code 0/5000 nodes are available: 3200 Insufficient memory, ...}), the reasons counted over hosts, and the
     * smallest changes that would make it fit.
     */
    public record UnplacedReplica(String workload, int replica, String summary, List<ReasonCount> reasons,
                                  List<String> fixes) {
        public UnplacedReplica {
            reasons = List.copyOf(reasons);
            fixes = List.copyOf(fixes);
        }

        /** The same explanation for another replica of the workload. */
        public UnplacedReplica withReplica(int number) {
            return new UnplacedReplica(workload, number, summary, reasons, fixes);
        }
    }

    /** How many hosts refused for one reason. */
    public record ReasonCount(String reason, int hosts) {
    }

    /** A host's capacity and what the placement uses of it, by resource name, in the units of {@code amounts}. */
    public record HostUsage(String node, int replicas, Map<String, String> used, Map<String, String> capacity) {
        public HostUsage {
            used = Map.copyOf(used);
            capacity = Map.copyOf(capacity);
        }
    }

    /**
     * The soft objectives of the placement, each in its own unit, and the weighted total the engine minimises: the
     * placed replicas' weighted scores added up in replica order, so that it does not depend on the order they
     * were placed in.
     *
     * @param meanLatencyMs  mean latency from latency-bound replicas to their data source (0 when there are none)
     * @param worstLatencyMs the worst of those latencies
     */
    public record ObjectiveSummary(double costPerHour, double meanLatencyMs, double worstLatencyMs,
                                   double carbonGramsPerHour, double total) {
    }
}
