package dev.traverse.engine.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Canvas positions by element path ({@code site}, {@code cluster}, {@code cluster/node}, {@code site/device}). Kept
 * apart from the spec, and sorted, so that moving a box never shows up as a change to the topology itself.
 */
public record Layout(Map<String, Position> positions) {

    public static final Layout EMPTY = new Layout(Map.of());

    public Layout {
        // A sorted map is copied in one linear pass, so a move of a few boxes among 10,000 does not sort them again.
        positions = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(positions, "positions")));
    }
}
