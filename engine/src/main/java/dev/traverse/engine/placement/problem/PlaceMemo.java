package dev.traverse.engine.placement.problem;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values worked out from a problem's places alone (its hosts, groups, links and resource names), kept with those
 * places: the compiler hands runs on unchanged places the same ones ({@link HostSide}), so each such value is worked
 * out once for all of them. Thread-safe.
 */
public final class PlaceMemo {

    /** Names one kind of value; compare by identity. */
    public static final class Key<T> {
    }

    private final ConcurrentHashMap<Key<?>, Object> values = new ConcurrentHashMap<>();

    /**
     * The value under {@code key}, worked out from {@code problem} the first time it is asked for.
     *
     * @param compute reads the problem's places only: what it answers is kept for every problem on them
     */
    @SuppressWarnings("unchecked") // each key is only ever stored with its own type's values
    <T> T get(Key<T> key, Problem problem, Function<Problem, T> compute) {
        Objects.requireNonNull(compute, "compute");
        return (T) values.computeIfAbsent(key, k -> Objects.requireNonNull(compute.apply(problem), "value"));
    }
}
