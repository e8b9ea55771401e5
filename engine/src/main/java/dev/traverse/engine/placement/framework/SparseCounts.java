package dev.traverse.engine.placement.framework;

/**
 * Counts by domain id for keys with many domains (one per node) of which a workload touches few: an open-addressing
 * table of primitive ints, since a boxed map costs an allocation per update and a pointer chase per read, and the
 * search reads counts for every candidate host. A domain whose count falls back to zero keeps its slot.
 */
final class SparseCounts {

    private static final int EMPTY = -1;

    private int[] keys = emptyKeys(16);
    private int[] values = new int[16];
    private int size;

    int get(int domain) {
        int mask = keys.length - 1;
        for (int i = mix(domain) & mask; ; i = (i + 1) & mask) {
            int key = keys[i];
            if (key == domain) {
                return values[i];
            }
            if (key == EMPTY) {
                return 0;
            }
        }
    }

    void add(int domain, int delta) {
        int mask = keys.length - 1;
        int i = mix(domain) & mask;
        while (keys[i] != domain && keys[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = domain;
            if (++size * 2 > keys.length) {
                values[i] += delta;
                grow();
                return;
            }
        }
        values[i] += delta;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = emptyKeys(oldKeys.length * 2);
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int[] emptyKeys(int length) {
        int[] out = new int[length];
        java.util.Arrays.fill(out, EMPTY);
        return out;
    }

    /** Spreads consecutive ids (hosts of one pool) over the table. */
    private static int mix(int domain) {
        int h = domain * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
