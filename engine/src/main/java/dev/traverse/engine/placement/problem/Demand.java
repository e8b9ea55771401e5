package dev.traverse.engine.placement.problem;

import dev.traverse.engine.model.Workload;

/**
 * A workload as the engine sees it: its request vector in problem units (one pod included) and where its replicas'
 * data source is for latency.
 *
 * @param latencySource index of the latency bound's source in {@link LatencyMatrix}, or -1
 */
public record Demand(int index, Workload workload, long[] request, int latencySource) {

    public String name() {
        return workload.name();
    }

    /**
     * Consistent with the record's equals, which compares the request array by reference: equal demands have the
     * same index and request array. Bounds key their tables by demand, and hashing the workload, a deep record, cost
     * more than the tables saved.
     */
    @Override
    public int hashCode() {
        return 31 * index + System.identityHashCode(request);
    }
}
