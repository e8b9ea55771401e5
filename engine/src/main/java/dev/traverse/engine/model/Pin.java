package dev.traverse.engine.model;

import java.util.Objects;

/** A replica the user placed by hand: replica {@code replica} (from 0) runs on {@code node}. */
public record Pin(int replica, String node) {

    public Pin {
        Names.atLeast("replica", 0, replica);
        Objects.requireNonNull(node, "node");
    }
}
