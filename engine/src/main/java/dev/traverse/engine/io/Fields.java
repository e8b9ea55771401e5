package dev.traverse.engine.io;

import dev.traverse.engine.model.Names;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.WireEnum;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the fields of one mapping of a topology file, reporting every bad value at its position and path, then
 * reports the keys nobody asked for as unknown fields with a "did you mean" hint. Each accessor returns a default (or
 * null) after reporting, so that reading goes on and all problems surface in one pass.
 */
final class Fields {

    /** Reads one item of a list of mappings. */
    interface ItemReader<T> {
        T read(Fields item, int index);
    }

    /** Each enum's constants, read once: {@code getEnumConstants} copies them at every call. */
    private static final ClassValue<Object[]> ENUM_CONSTANTS = new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
            return type.getEnumConstants();
        }
    };

    private static final SourceNode.Mapping EMPTY = new SourceNode.Mapping(SourcePosition.START, Map.of());

    private final SourceNode.Mapping node;
    private final String path;
    private final Problems problems;
    /**
     * The keys asked for, in the order asked. A list, not a set: a mapping is asked a dozen keys or so, and a hash set
     * per mapping was a large share of what reading a big file allocated.
     */
    private final List<String> known = new ArrayList<>(16);
    private final int errorsAtStart;
    private final boolean broken;

    private Fields(SourceNode.Mapping node, String path, Problems problems, boolean broken) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.errorsAtStart = problems.errorCount();
        this.broken = broken;
    }

    /** Fields of a node that should be a mapping; anything else is reported and read as an empty mapping. */
    static Fields of(SourceNode node, String path, Problems problems, String what) {
        if (node instanceof SourceNode.Mapping mapping) {
            return new Fields(mapping, path, problems, false);
        }
        problems.error(node.position(), path, "expected " + what + " (a map of fields), got " + node.describe());
        return new Fields(new SourceNode.Mapping(node.position(), Map.of()), path, problems, true);
    }

    String path() {
        return path;
    }

    /** True when the node was not a mapping at all (already reported). */
    boolean isBroken() {
        return broken;
    }

    SourcePosition position() {
        return node.position();
    }

    Problems problems() {
        return problems;
    }

    String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        know(key);
        SourceNode.Entry e = node.entries().get(key);
        return e != null && !(e.value() instanceof SourceNode.Scalar s && s.isNull());
    }

    /** The value of a key, marking the key as known; empty when absent or null. */
    Optional<SourceNode> value(String key) {
        return has(key) ? Optional.of(node.entries().get(key).value()) : Optional.empty();
    }

    /** Where a key's value is, or the mapping itself when the key is absent. */
    SourcePosition positionOf(String key) {
        SourceNode.Entry e = node.entries().get(key);
        return e == null ? node.position() : e.value().position();
    }

    void error(String key, String message) {
        problems.error(positionOf(key), childPath(key), message);
    }

    private void missing(String key, String expected) {
        if (!broken) {
            problems.error(node.position(), path, "missing field " + key + ": " + expected);
        }
    }

    // ---- scalars -------------------------------------------------------------------------------------------------

    /** A scalar's text, or null when absent; a list or map is reported. */
    String string(String key) {
        Optional<SourceNode> v = value(key);
        if (v.isEmpty()) {
            return null;
        }
        if (v.get() instanceof SourceNode.Scalar s) {
            return s.text();
        }
        error(key, "expected a single value, got " + v.get().describe());
        return null;
    }

    String requiredString(String key, String expected) {
        String s = string(key);
        if (s == null && !has(key)) {
            missing(key, expected);
        }
        return s;
    }

    /** A name of an element (DNS-1123 label), or null. */
    String name(String key) {
        String s = string(key);
        if (s != null && !Names.isName(s)) {
            error(key, "\"" + s + "\" is not a valid name: " + Names.NAME_FORM);
            return null;
        }
        return s;
    }

    String requiredName(String key) {
        if (!has(key)) {
            missing(key, "expected a name (" + Names.NAME_FORM + ")");
            return null;
        }
        return name(key);
    }

    <E extends Enum<E> & WireEnum> E enumValue(String key, Class<E> type, E defaultValue) {
        String s = string(key);
        if (s == null) {
            return defaultValue;
        }
        E known = byWireName(type, s);
        return known != null ? known : parseEnum(key, s, type, positionOf(key), childPath(key), defaultValue);
    }

    /** The constant written as {@code text}, or null. */
    private static <E extends Enum<E> & WireEnum> E byWireName(Class<E> type, String text) {
        for (Object constant : ENUM_CONSTANTS.get(type)) {
            E e = type.cast(constant);
            if (e.wireName().equals(text)) {
                return e;
            }
        }
        return null;
    }

    <E extends Enum<E> & WireEnum> E requiredEnum(String key, Class<E> type) {
        if (!has(key)) {
            missing(key, "expected one of " + choices(type));
            return null;
        }
        return enumValue(key, type, null);
    }

    private <E extends Enum<E> & WireEnum> E parseEnum(String key, String text, Class<E> type, SourcePosition at,
                                                      String where, E fallback) {
        E known = byWireName(type, text);
        if (known != null) {
            return known;
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(WireEnum::wireName).toList();
        problems.error(at, where, "expected one of " + String.join(", ", names) + ", got \"" + text + "\""
                + Suggestions.hint(text, names));
        return fallback;
    }

    static <E extends Enum<E> & WireEnum> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::wireName).collect(Collectors.joining(", "));
    }

    int integer(String key, int defaultValue, int min, int max) {
        Integer i = optionalInteger(key, min, max);
        return i == null ? defaultValue : i;
    }

    Integer optionalInteger(String key, int min, int max) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        try {
            int i = Integer.parseInt(s.trim());
            if (i < min || i > max) {
                error(key, "expected a whole number from " + min + " to " + max + ", got " + i);
                return null;
            }
            return i;
        } catch (NumberFormatException e) {
            error(key, "expected a whole number, got \"" + s + "\"");
            return null;
        }
    }

    double number(String key, double defaultValue) {
        Double d = optionalNumber(key);
        return d == null ? defaultValue : d;
    }

    /** A non-negative finite number, or null. */
    Double optionalNumber(String key) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.trim());
            if (!Double.isFinite(d) || d < 0) {
                error(key, "expected a number of at least 0, got " + s);
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            error(key, "expected a number, got \"" + s + "\"");
            return null;
        }
    }

    /** Any finite number, negative ones included (canvas coordinates), or null. */
    Double optionalSignedNumber(String key) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.trim());
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(key, "expected a number, got \"" + s + "\"");
        return null;
    }

    // ---- collections ---------------------------------------------------------------------------------------------

    /** A list of scalars; a single scalar counts as a list of one. */
    List<String> strings(String key) {
        return scalars(key).stream().map(SourceNode.Scalar::text).toList();
    }

    /** The scalar items of a list, with their positions; non-scalar items are reported and skipped. */
    List<SourceNode.Scalar> scalars(String key) {
        Optional<SourceNode> v = value(key);
        if (v.isEmpty()) {
            return List.of();
        }
        if (v.get() instanceof SourceNode.Scalar s) {
            return List.of(s);
        }
        if (!(v.get() instanceof SourceNode.Sequence seq)) {
            error(key, "expected a list of values, got " + v.get().describe());
            return List.of();
        }
        List<SourceNode.Scalar> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            SourceNode item = seq.items().get(i);
            if (item instanceof SourceNode.Scalar s && !s.isNull()) {
                out.add(s);
            } else {
                problems.error(item.position(), childPath(key) + "[" + i + "]", "expected a value, got " + item.describe());
            }
        }
        return out;
    }

    /** Names in a list, each checked as a name. */
    List<String> names(String key) {
        List<String> out = new ArrayList<>();
        List<SourceNode.Scalar> items = scalars(key);
        for (int i = 0; i < items.size(); i++) {
            String s = items.get(i).text();
            if (Names.isName(s)) {
                out.add(s);
            } else {
                problems.error(items.get(i).position(), childPath(key) + "[" + i + "]",
                        "\"" + s + "\" is not a valid name: " + Names.NAME_FORM);
            }
        }
        return out;
    }

    <E extends Enum<E> & WireEnum> List<E> enums(String key, Class<E> type) {
        List<E> out = new ArrayList<>();
        List<SourceNode.Scalar> items = scalars(key);
        for (int i = 0; i < items.size(); i++) {
            E e = parseEnum(key, items.get(i).text(), type, items.get(i).position(), childPath(key) + "[" + i + "]", null);
            if (e != null) {
                if (out.contains(e)) {
                    problems.error(items.get(i).position(), childPath(key) + "[" + i + "]", e + " is listed twice");
                } else {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** A map of scalar values, in file order; non-scalar values are reported and skipped. */
    Map<String, SourceNode.Scalar> scalarMap(String key) {
        Optional<SourceNode> v = value(key);
        if (v.isEmpty()) {
            return Map.of();
        }
        if (!(v.get() instanceof SourceNode.Mapping m)) {
            error(key, "expected a map, got " + v.get().describe());
            return Map.of();
        }
        Map<String, SourceNode.Scalar> out = new LinkedHashMap<>();
        m.entries().forEach((k, e) -> {
            if (e.value() instanceof SourceNode.Scalar s && !s.isNull()) {
                out.put(k, s);
            } else {
                problems.error(e.value().position(), childPath(key) + "." + k, "expected a value, got " + e.value().describe());
            }
        });
        return out;
    }

    /** Kubernetes labels (or a node selector): valid keys and values. */
    Map<String, String> labels(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        scalarMap(key).forEach((k, s) -> {
            if (!Names.isLabelKey(k)) {
                problems.error(s.position(), childPath(key) + "." + k, "\"" + k + "\" is not a valid label key: an optional DNS prefix and '/',"
                        + " then up to 63 letters, digits, '-', '_' or '.'");
            } else if (!Names.isLabelValue(s.text())) {
                problems.error(s.position(), childPath(key) + "." + k, "\"" + s.text() + "\" is not a valid label value: up to 63 letters,"
                        + " digits, '-', '_' or '.', starting and ending with a letter or digit");
            } else {
                out.put(k, s.text());
            }
        });
        return out;
    }

    /** Resource amounts in Kubernetes quantity syntax. */
    Resources resources(String key) {
        Map<String, Quantity> out = new LinkedHashMap<>();
        scalarMap(key).forEach((name, s) -> {
            if (!Resources.isValidName(name)) {
                problems.error(s.position(), childPath(key) + "." + name, "unknown resource " + name + ": use cpu, memory, storage, gpu, pods, hugepages-2Mi/-1Gi"
                        + " or an extended resource with a domain such as example.com/network-mbps"
                        + Suggestions.hint(name, List.of(Resources.CPU, Resources.MEMORY, Resources.STORAGE,
                        Resources.GPU, Resources.PODS)));
            } else {
                Quantity q = Quantity.tryParse(s.text());
                if (q == null) {
                    problems.error(s.position(), childPath(key) + "." + name, "expected a quantity like " + exampleQuantity(name) + ", got \""
                            + s.text() + "\"");
                } else {
                    out.put(name, q);
                }
            }
        });
        return new Resources(out);
    }

    private static String exampleQuantity(String resource) {
        switch (resource) {
            case Resources.CPU: return "500m or 2";
            case Resources.MEMORY: return "512Mi";
            case Resources.STORAGE: return "10Gi";
            default: return "1";
        }
    }

    /** A nested mapping, or null when absent. */
    Fields object(String key, String what) {
        Optional<SourceNode> v = value(key);
        return v.map(n -> Fields.of(n, childPath(key), problems, what)).orElse(null);
    }

    /** A list of mappings read item by item; items that fail to read are left out (their problems are reported). */
    <T> List<T> list(String key, String what, ItemReader<T> reader) {
        Optional<SourceNode> v = value(key);
        if (v.isEmpty()) {
            return List.of();
        }
        if (!(v.get() instanceof SourceNode.Sequence seq)) {
            error(key, "expected a list of " + what + "s, got " + v.get().describe());
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            T item = reader.read(Fields.of(seq.items().get(i), childPath(key) + "[" + i + "]", problems, what), i);
            if (item != null) {
                out.add(item);
            }
        }
        return out;
    }

    /** Reads a map of nested mappings, key by key (used for layout). */
    <T> Map<String, T> entries(Function<SourceNode.Entry, T> reader) {
        Map<String, T> out = new LinkedHashMap<>();
        node.entries().forEach((k, e) -> {
            know(k);
            T t = reader.apply(e);
            if (t != null) {
                out.put(k, t);
            }
        });
        return out;
    }

    private void know(String key) {
        if (!known.contains(key)) {
            known.add(key);
        }
    }

    // ---- finishing -----------------------------------------------------------------------------------------------

    /**
     * Reports unknown fields, then builds the record when this mapping and everything in it read without error.
     * The record's own checks (cross-field rules) are reported at the mapping.
     */
    <T> T build(Supplier<T> constructor) {
        reportUnknown();
        if (problems.errorCount() != errorsAtStart) {
            return null;
        }
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.error(node.position(), path, e.getMessage() == null ? "incomplete" : e.getMessage());
            return null;
        }
    }

    void reportUnknown() {
        node.entries().forEach((key, e) -> {
            if (!known.contains(key)) {
                String hint = Suggestions.hint(key, known);
                problems.error(e.keyPosition(), childPath(key), "unknown field " + key + (hint.isEmpty() && !known.isEmpty()
                        ? "; fields here are " + String.join(", ", known) : hint));
            }
        });
    }
}
