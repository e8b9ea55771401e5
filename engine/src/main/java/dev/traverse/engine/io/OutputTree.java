package dev.traverse.engine.io;

import dev.traverse.engine.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shape of a file about to be written: ordered mappings, lists and typed scalars. Both emitters (YAML and JSON)
 * write the same tree, so the two syntaxes always agree.
 */
final class OutputTree {

    private OutputTree() {
    }

    /**
     * A mapping written field by field, in the order they were put; {@code block} ones (sites, nodes, workloads...)
     * never collapse to one line. Keys and values sit in two lists rather than a linked hash map: the designer
     * writes the whole model to check it after edits, and a 10,000-element model has some 150,000 fields. Keys are
     * found through {@link KeyPositions}.
     */
    static final class Mapping implements KeyPositions.Keys {
        private final List<String> keys = new ArrayList<>(4);
        private final List<Object> values = new ArrayList<>(4);
        private final KeyPositions positions = new KeyPositions();
        final boolean block;

        Mapping(boolean block) {
            this.block = block;
        }

        /** Adds a field unless the value is null, an empty list or an empty mapping. */
        Mapping put(String key, Object value) {
            if (value == null || value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()
                    || value instanceof Mapping mm && mm.isEmpty()) {
                return this;
            }
            return putAlways(key, value);
        }

        /** Adds a field whatever its value; a key put again keeps its place and takes the new value. */
        Mapping putAlways(String key, Object value) {
            int at = indexOf(key);
            if (at >= 0) {
                values.set(at, value);
                return this;
            }
            keys.add(key);
            values.add(value);
            positions.appended(key, keys.size(), this);
            return this;
        }

        int size() {
            return keys.size();
        }

        boolean isEmpty() {
            return keys.isEmpty();
        }

        String key(int field) {
            return keys.get(field);
        }

        Object value(int field) {
            return values.get(field);
        }

        @Override
        public String keyAt(int position) {
            return keys.get(position);
        }

        private int indexOf(String key) {
            return positions.indexOf(key, keys.size(), this);
        }

        /** Adds a number unless it equals the default that reading would give. */
        Mapping putNumber(String key, double value, double defaultValue) {
            return value == defaultValue ? this : put(key, new Number(value));
        }

        /** Adds a value unless it equals the default that reading would give. */
        Mapping putUnlessDefault(String key, Object value, Object defaultValue) {
            return value == null || value.equals(defaultValue) ? this : put(key, value);
        }
    }

    static Mapping block() {
        return new Mapping(true);
    }

    static Mapping flow() {
        return new Mapping(false);
    }

    /** A number, written without a needless ".0" and never in exponent form. */
    record Number(double value) {
        String text() {
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** A whole number. */
    record Whole(long value) {
    }

    /** A Kubernetes quantity: plain in YAML, a string in JSON. */
    record Amount(Quantity quantity) {
    }
}
