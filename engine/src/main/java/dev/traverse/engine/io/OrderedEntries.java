package dev.traverse.engine.io;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The entries of a mapping, unmodifiable and in the order they were written, held in one array rather than a hash
 * map's nodes. A 10,000-element topology has about 150,000 entries, and the designer reads the whole file again
 * after each edit to check it: a linked hash map per mapping made half the objects of that read, and every
 * collection while it ran copied them. Keys are found through {@link KeyPositions}.
 */
final class OrderedEntries extends AbstractMap<String, SourceNode.Entry> implements KeyPositions.Keys {

    static final OrderedEntries EMPTY = new OrderedEntries(new SourceNode.Entry[0], new KeyPositions());

    private final SourceNode.Entry[] entries;
    private final KeyPositions positions;

    private OrderedEntries(SourceNode.Entry[] entries, KeyPositions positions) {
        this.entries = entries;
        this.positions = positions;
    }

    /** The same entries in the same order: the map itself when it is already one. */
    static OrderedEntries copyOf(Map<String, SourceNode.Entry> map) {
        if (map instanceof OrderedEntries ordered) {
            return ordered;
        }
        Builder builder = new Builder();
        map.values().forEach(builder::put);
        return builder.build();
    }

    @Override
    public SourceNode.Entry get(Object key) {
        int at = indexOf(key);
        return at < 0 ? null : entries[at];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return entries.length;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super SourceNode.Entry> action) {
        for (SourceNode.Entry e : entries) {
            action.accept(e.key(), e);
        }
    }

    @Override
    public Collection<SourceNode.Entry> values() {
        return Collections.unmodifiableList(Arrays.asList(entries));
    }

    @Override
    public Set<Map.Entry<String, SourceNode.Entry>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, SourceNode.Entry>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < entries.length;
                    }

                    @Override
                    public Map.Entry<String, SourceNode.Entry> next() {
                        if (next >= entries.length) {
                            throw new NoSuchElementException();
                        }
                        SourceNode.Entry e = entries[next++];
                        return Map.entry(e.key(), e);
                    }
                };
            }

            @Override
            public int size() {
                return entries.length;
            }
        };
    }

    @Override
    public String keyAt(int position) {
        return entries[position].key();
    }

    private int indexOf(Object key) {
        return positions.indexOf(key, entries.length, this);
    }

    /** Collects a mapping's entries as a parser reads them. Used on one thread. */
    static final class Builder implements KeyPositions.Keys {

        private SourceNode.Entry[] entries = new SourceNode.Entry[4];
        private int size;
        private final KeyPositions positions = new KeyPositions();

        /**
         * Adds the entry, or puts it in the place of the one with its key (as a map's put does, keeping that place);
         * answers the entry it replaced, or null.
         */
        SourceNode.Entry put(SourceNode.Entry entry) {
            Objects.requireNonNull(entry, "entry");
            int at = indexOf(entry.key());
            if (at >= 0) {
                SourceNode.Entry previous = entries[at];
                entries[at] = entry;
                return previous;
            }
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = entry;
            positions.appended(entry.key(), size, this);
            return null;
        }

        /** The entry added under the key, or null. */
        SourceNode.Entry get(String key) {
            int at = indexOf(key);
            return at < 0 ? null : entries[at];
        }

        /** The map of the entries put; the builder is not used after. */
        OrderedEntries build() {
            return size == 0 ? EMPTY : new OrderedEntries(Arrays.copyOf(entries, size), positions);
        }

        @Override
        public String keyAt(int position) {
            return entries[position].key();
        }

        private int indexOf(String key) {
            return positions.indexOf(key, size, this);
        }
    }
}
