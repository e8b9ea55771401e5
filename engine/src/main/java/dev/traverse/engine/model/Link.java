package dev.traverse.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A network path between two ends, each a site or a site's device group ({@code site/device}): a device group links
 * to its own site over a local radio, or straight to another site over a cellular network.
 *
 * @param bandwidthMbps the path's bandwidth, or null when unknown
 * @param costPerGB     the transfer price per GB, or null when free or unknown
 */
public record Link(List<String> between, double latencyMs, Double bandwidthMbps, Double costPerGB) {

    public Link {
        between = Names.list("between", between);
        if (between.size() != 2) {
            throw new IllegalArgumentException("a link is between exactly two ends, got " + between.size());
        }
        between.forEach(end -> Objects.requireNonNull(end, "link end"));
        if (between.get(0).equals(between.get(1))) {
            throw new IllegalArgumentException("a link must join two different ends, got " + between.get(0) + " twice");
        }
        Names.nonNegative("latencyMs", latencyMs);
        if (bandwidthMbps != null) {
            Names.nonNegative("bandwidthMbps", bandwidthMbps);
        }
        if (costPerGB != null) {
            Names.nonNegative("costPerGB", costPerGB);
        }
    }

    public String from() {
        return between.get(0);
    }

    public String to() {
        return between.get(1);
    }
}
