package dev.traverse.engine.placement.framework;

import dev.traverse.engine.model.TopologyKey;

/** Collects which demands' replicas must be counted per domain of which topology keys, for {@link PlacementState}. */
public final class CountRequests {

    private final boolean[][] tracked;

    public CountRequests(int demands) {
        tracked = new boolean[demands][TopologyKey.values().length];
    }

    public void track(int demand, TopologyKey key) {
        tracked[demand][key.ordinal()] = true;
    }

    boolean[][] tracked() {
        return tracked;
    }
}
