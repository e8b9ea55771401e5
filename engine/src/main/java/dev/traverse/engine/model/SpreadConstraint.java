package dev.traverse.engine.model;

import java.util.Objects;

/** Kubernetes topology spread: replicas in any two domains differ by at most {@code maxSkew}. */
public record SpreadConstraint(TopologyKey over, int maxSkew, WhenUnsatisfiable whenUnsatisfiable) {

    public static final WhenUnsatisfiable DEFAULT_WHEN_UNSATISFIABLE = WhenUnsatisfiable.DO_NOT_SCHEDULE;

    public SpreadConstraint {
        Objects.requireNonNull(over, "over");
        Names.atLeast("maxSkew", 1, maxSkew);
        Objects.requireNonNull(whenUnsatisfiable, "whenUnsatisfiable");
    }
}
