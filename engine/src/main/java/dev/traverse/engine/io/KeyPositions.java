package dev.traverse.engine.io;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each key sits among a mapping's keys, kept in the order they came: searched in order while the mapping is
 * short, as most are, and looked up in an index from {@value #INDEXED_FROM} keys (a layout has one per element).
 * The keys themselves stay with the mapping, which hands itself in as {@link Keys} (no lambda to allocate: these
 * run for every field of a file); this is told of each one appended. Used on one thread while keys are added,
 * read-only after.
 */
final class KeyPositions {

    /** A mapping's keys by position. */
    interface Keys {
        String keyAt(int position);
    }

    static final int INDEXED_FROM = 17;

    private Map<String, Integer> index;

    /** The position of {@code key} among the first {@code size} keys, which {@code keys} gives, or -1. */
    int indexOf(Object key, int size, Keys keys) {
        if (index != null) {
            Integer at = index.get(key);
            return at == null ? -1 : at;
        }
        for (int i = 0; i < size; i++) {
            if (keys.keyAt(i).equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Notes that {@code key} was appended, making {@code size} keys. */
    void appended(String key, int size, Keys keys) {
        if (index != null) {
            index.put(key, size - 1);
        } else if (size == INDEXED_FROM) {
            index = new HashMap<>();
            for (int i = 0; i < size; i++) {
                index.put(keys.keyAt(i), i);
            }
        }
    }
}
