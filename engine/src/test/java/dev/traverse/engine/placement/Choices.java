package dev.traverse.engine.placement;

import java.util.List;

/**
 * Decisions read one by one from a list of numbers that jqwik draws and shrinks towards 0. Every decision maps 0 to
 * its simplest option, so a shrunk list (smaller numbers, fewer of them; missing ones read as 0) describes a simpler
 * topology.
 */
final class Choices {

    private final List<Integer> values;
    private int next;

    Choices(List<Integer> values) {
        this.values = List.copyOf(values);
    }

    /** One of {@code options} outcomes, from 0. */
    int pick(int options) {
        if (options <= 1) {
            return 0;
        }
        int value = next < values.size() ? values.get(next) : 0;
        next++;
        return Math.floorMod(value, options);
    }

    /** True about once in {@code n} decisions; false when shrunk to 0. */
    boolean oneIn(int n) {
        return pick(n) == 1;
    }

    /** One of the given options; the first when shrunk to 0. */
    @SafeVarargs
    final <T> T of(T... options) {
        return options[pick(options.length)];
    }
}
