package dev.traverse.engine.placement.plugins;

import java.util.function.Function;

/**
 * Data a plugin derives from one run's problem or state, built on first use and kept for as long as the same run
 * asks. Keyed by identity: a problem or state is one run's own. Holds only the latest run's data, so a plugin
 * instance shared by runs stays correct, it just rebuilds when the run changes.
 */
final class RunCache<K, V> {

    private record Entry<K, V>(K key, V value) {
    }

    private volatile Entry<K, V> last;

    V get(K key, Function<K, V> build) {
        Entry<K, V> entry = last;
        if (entry == null || entry.key() != key) {
            entry = new Entry<>(key, build.apply(key));
            last = entry;
        }
        return entry.value();
    }
}
