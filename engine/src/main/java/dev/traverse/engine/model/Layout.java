package dev.traverse.engine.model;

import java.util.Collections;
import java.util.Iterator;
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

    /**
     * Equal when both hold the same positions. Both maps are in key order, so they are walked side by side: an
     * edit checks whether it changed anything, and a look-up per entry made that a noticeable wait on 10,000 boxes.
     */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof Layout other) || other.positions.size() != positions.size()) {
            return false;
        }
        Iterator<Map.Entry<String, Position>> mine = positions.entrySet().iterator();
        Iterator<Map.Entry<String, Position>> theirs = other.positions.entrySet().iterator();
        while (mine.hasNext()) {
            if (!mine.next().equals(theirs.next())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return positions.hashCode();
    }
}
