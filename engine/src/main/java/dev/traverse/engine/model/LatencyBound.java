package dev.traverse.engine.model;

import java.util.Objects;

/**
 * A bound on the network latency between a workload and its data source: a site, or a device group
 * ({@code site/device}), reached over the link graph's shortest path.
 */
public record LatencyBound(String to, double maxMs) {

    public LatencyBound {
        Objects.requireNonNull(to, "to");
        Names.nonNegative("maxMs", maxMs);
    }
}
