package dev.traverse.engine.io;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes an {@link OutputTree} as YAML in Traverse's canonical style: two-space indentation, block style for elements,
 * flow style ({@code {cpu: 2, memory: 4Gi}}) for small value maps and lists that fit on a line, and strings quoted only
 * when a YAML 1.1 or 1.2 reader could take them for something else.
 */
final class YamlEmitter {

    /** Lines longer than this are broken into block style. */
    static final int WIDTH = 110;

    private static final Pattern NUMBER_LIKE =
            Pattern.compile("[-+]?(\\.?[0-9][0-9_.:eExXoObB+-]*|\\.inf|\\.nan)", Pattern.CASE_INSENSITIVE);
    /** Words that some YAML 1.1 reader takes for a boolean or null. */
    private static final java.util.Set<String> RESERVED =
            java.util.Set.of("true", "false", "yes", "no", "on", "off", "null", "~");
    private static final int RESERVED_MAX_LENGTH = 5;
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final String FLOW_INDICATORS = ",[]{}";

    private final StringBuilder out = new StringBuilder();

    private YamlEmitter() {
    }

    static String emit(OutputTree.Mapping root) {
        YamlEmitter e = new YamlEmitter();
        e.blockMapping(root, 0);
        return e.out.toString();
    }

    private void blockMapping(OutputTree.Mapping map, int indent) {
        boolean first = true;
        for (int i = 0; i < map.size(); i++) {
            if (!first) {
                indent(indent);
            }
            first = false;
            field(map.key(i), map.value(i), indent);
        }
    }

    /** Writes "key: value" starting at the current column, which is {@code indent}. */
    private void field(String key, Object value, int indent) {
        String k = scalar(key, false);
        out.append(k).append(':');
        if (isScalar(value)) {
            out.append(' ').append(scalarText(value, false)).append('\n');
            return;
        }
        if (value instanceof OutputTree.Mapping m && m.isEmpty()) {
            out.append(" {}\n"); // an empty block mapping (spec of an empty topology) has no lines of its own
            return;
        }
        String flow = flowText(value);
        if (flow != null && indent + k.length() + 2 + flow.length() <= WIDTH) {
            out.append(' ').append(flow).append('\n');
            return;
        }
        out.append('\n');
        if (value instanceof List<?> list) {
            blockSequence(list, indent + 2);
        } else {
            indent(indent + 2);
            blockMapping((OutputTree.Mapping) value, indent + 2);
        }
    }

    private void blockSequence(List<?> items, int indent) {
        for (Object item : items) {
            indent(indent);
            out.append("- ");
            if (isScalar(item)) {
                out.append(scalarText(item, false)).append('\n');
                continue;
            }
            String flow = flowText(item);
            if (flow != null && indent + 2 + flow.length() <= WIDTH) {
                out.append(flow).append('\n');
            } else if (item instanceof OutputTree.Mapping m) {
                blockMapping(m, indent + 2);
            } else {
                out.append('\n');
                blockSequence((List<?>) item, indent + 2);
            }
        }
    }

    /** One-line text of a small value map or list, or null when it must be written in block style. */
    private static String flowText(Object value) {
        if (isScalar(value)) {
            return scalarText(value, true);
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                String item = flowText(list.get(i));
                if (item == null) {
                    return null;
                }
                sb.append(i == 0 ? "" : ", ").append(item);
            }
            return sb.append(']').toString();
        }
        OutputTree.Mapping map = (OutputTree.Mapping) value;
        if (map.block) {
            return null;
        }
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (int i = 0; i < map.size(); i++) {
            Object field = map.value(i);
            if (!(isScalar(field) || field instanceof List<?> l && l.stream().allMatch(YamlEmitter::isScalar))) {
                return null; // nested maps inside a flow map read badly
            }
            sb.append(first ? "" : ", ").append(scalar(map.key(i), true)).append(": ").append(flowText(field));
            first = false;
        }
        return sb.append('}').toString();
    }

    private void indent(int n) {
        for (int i = 0; i < n; i++) {
            out.append(' ');
        }
    }

    private static boolean isScalar(Object value) {
        return !(value instanceof List<?>) && !(value instanceof OutputTree.Mapping);
    }

    private static String scalarText(Object value, boolean flow) {
        if (value instanceof String s) {
            return scalar(s, flow);
        }
        if (value instanceof OutputTree.Number n) {
            return n.text();
        }
        if (value instanceof OutputTree.Whole w) {
            return Long.toString(w.value());
        }
        if (value instanceof OutputTree.Amount a) {
            return a.quantity().text();
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        throw new IllegalArgumentException("not a scalar: " + value);
    }

    /** A string as a plain scalar when that reads back as the same string everywhere, double-quoted otherwise. */
    static String scalar(String s, boolean flow) {
        if (isPlainSafe(s, flow)) {
            return s;
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.append('"').toString();
    }

    // The two checks below look at the first characters before allocating: every name and value of a large model
    // passes here when it is written.
    private static boolean isReserved(String s) {
        return s.length() <= RESERVED_MAX_LENGTH && RESERVED.contains(s.toLowerCase(Locale.ROOT));
    }

    private static boolean isNumberLike(String s) {
        char first = s.charAt(0);
        boolean mayBe = first == '+' || first == '-' || first == '.' || (first >= '0' && first <= '9');
        return mayBe && NUMBER_LIKE.matcher(s).matches();
    }

    private static boolean isPlainSafe(String s, boolean flow) {
        if (s.isEmpty() || INDICATORS.indexOf(s.charAt(0)) >= 0 || Character.isWhitespace(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1)) || s.endsWith(":")
                || s.contains(": ") || s.contains(" #") || isReserved(s) || isNumberLike(s)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || (flow && FLOW_INDICATORS.indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
