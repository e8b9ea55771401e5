package dev.traverse.engine.io;

import dev.traverse.engine.model.Quantity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a file about to be written: ordered mappings, lists and typed scalars. Both emitters (YAML and JSON)
 * write the same tree, so the two syntaxes always agree.
 */
final class OutputTree {

    private OutputTree() {
    }

    /** A mapping written field by field; {@code block} ones (sites, nodes, workloads...) never collapse to one line. */
    static final class Mapping {
        final Map<String, Object> fields = new LinkedHashMap<>();
        final boolean block;

        Mapping(boolean block) {
            this.block = block;
        }

        /** Adds a field unless the value is null, an empty list or an empty mapping. */
        Mapping put(String key, Object value) {
            if (value == null || value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> m && m.isEmpty()
                    || value instanceof Mapping mm && mm.fields.isEmpty()) {
                return this;
            }
            fields.put(key, value);
            return this;
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
