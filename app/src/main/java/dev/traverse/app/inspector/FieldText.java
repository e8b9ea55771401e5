package dev.traverse.app.inspector;

import dev.traverse.engine.model.LatencyBound;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Toleration;
import dev.traverse.engine.model.TolerationOperator;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.model.WireEnum;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How the inspector writes model values as text and reads them back as users type them: quantities ("500m",
 * "1.5Gi"), lists separated by commas, labels as {@code key=value}, taints as Kubernetes prints them
 * ({@code key=value:NoSchedule}). Parsing throws {@link IllegalArgumentException} with a message that says what was
 * expected. Pure; any thread.
 */
public final class FieldText {

    private static final String LIST_SEPARATOR = ", ";
    private static final Pattern LATENCY = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*ms\\s+to\\s+(\\S+)");

    private FieldText() {
    }

    /** The text of an optional value: empty for null. */
    public static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The trimmed text, or null when blank: how optional text fields are cleared. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** A number as people write it: no trailing ".0". */
    public static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static String number(Double value) {
        return value == null ? "" : number(value.doubleValue());
    }

    /** A non-negative number; {@code what} names it in the message. */
    public static double parseNumber(String what, String text) {
        String t = text == null ? "" : text.trim();
        try {
            double value = Double.parseDouble(t);
            if (!Double.isFinite(value) || value < 0 || !t.matches("[0-9.eE+-]+")) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a non-negative number such as 0.5, got \"" + t + "\"");
        }
    }

    /** A non-negative number, or null when the text is blank. */
    public static Double parseOptionalNumber(String what, String text) {
        return optional(text) == null ? null : parseNumber(what, text);
    }

    /** A whole number; {@code what} names it in the message (the model checks its range). */
    public static int parseWhole(String what, String text) {
        String t = text == null ? "" : text.trim();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, got \"" + t + "\"");
        }
    }

    /** A whole number, or null when the text is blank. */
    public static Integer parseOptionalWhole(String what, String text) {
        return optional(text) == null ? null : parseWhole(what, text);
    }

    /** One resource's amount as written, or empty. */
    public static String quantity(Resources resources, String name) {
        return resources.get(name).map(Quantity::text).orElse("");
    }

    /**
     * The resources with one amount set from text, or removed when the text is blank.
     *
     * @param example a typical amount for the message, such as "500m" or "1.5Gi"
     */
    public static Resources withQuantity(Resources resources, String name, String text, String example) {
        Map<String, Quantity> amounts = new LinkedHashMap<>(resources.amounts());
        if (optional(text) == null) {
            amounts.remove(name);
        } else {
            Quantity q = Quantity.tryParse(text.trim());
            if (q == null) {
                throw new IllegalArgumentException("expected a quantity like " + example + ", got \"" + text.trim()
                        + "\"");
            }
            amounts.put(name, q);
        }
        return new Resources(amounts);
    }

    /** Labels as {@code key=value, key2=value2}, sorted by key as the model keeps them. */
    public static String labels(Map<String, String> labels) {
        return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** Reads {@code key=value} pairs separated by commas; the model checks the keys and values. */
    public static Map<String, String> parseLabels(String what, String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String item : items(text)) {
            int eq = item.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(what + ": write each entry as key=value, separated by commas;"
                        + " got \"" + item + "\"");
            }
            String key = item.substring(0, eq).trim();
            if (labels.put(key, item.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException(what + ": " + key + " is given twice");
            }
        }
        return labels;
    }

    /** The comma-separated, trimmed, non-empty items of a text. */
    public static List<String> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Values joined by commas. */
    public static String list(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /** One enum constant by its file spelling; the message lists the choices. */
    public static <E extends Enum<E> & WireEnum> E parseEnum(Class<E> type, String what, String text) {
        String t = text == null ? "" : text.trim();
        for (E value : type.getEnumConstants()) {
            if (value.wireName().equals(t)) {
                return value;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " \"" + t + "\": use " + choices(type));
    }

    /** Enum constants separated by commas. */
    public static <E extends Enum<E> & WireEnum> List<E> parseEnums(Class<E> type, String what, String text) {
        List<E> values = new ArrayList<>();
        for (String item : items(text)) {
            E value = parseEnum(type, what, item);
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return values;
    }

    /** Every file spelling of an enum, for menus and messages. */
    public static <E extends Enum<E> & WireEnum> List<String> wireNames(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::wireName).toList();
    }

    private static <E extends Enum<E> & WireEnum> String choices(Class<E> type) {
        return String.join(", ", wireNames(type));
    }

    /** Taints as Kubernetes prints them: {@code key=value:Effect}, or {@code key:Effect} without a value. */
    public static String taints(List<Taint> taints) {
        return list(taints);
    }

    public static List<Taint> parseTaints(String text) {
        List<Taint> taints = new ArrayList<>();
        for (String item : items(text)) {
            int colon = item.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("taints: write each as key=value:Effect or key:Effect (NoSchedule,"
                        + " PreferNoSchedule, NoExecute); got \"" + item + "\"");
            }
            TaintEffect effect = parseEnum(TaintEffect.class, "taint effect", item.substring(colon + 1));
            String keyValue = item.substring(0, colon);
            int eq = keyValue.indexOf('=');
            taints.add(eq < 0 ? new Taint(keyValue.trim(), "", effect)
                    : new Taint(keyValue.substring(0, eq).trim(), keyValue.substring(eq + 1).trim(), effect));
        }
        return taints;
    }

    /**
     * Tolerations: {@code key=value:Effect} (Equal), {@code key:Effect} (Exists), either without {@code :Effect} for
     * every effect, and {@code *} for a toleration of every taint.
     */
    public static String tolerations(List<Toleration> tolerations) {
        return tolerations.stream().map(FieldText::toleration).collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static String toleration(Toleration t) {
        String head = t.key().isEmpty() ? "*"
                : t.operator() == TolerationOperator.EQUAL ? t.key() + "=" + t.value() : t.key();
        return t.effect() == null ? head : head + ":" + t.effect();
    }

    public static List<Toleration> parseTolerations(String text) {
        List<Toleration> tolerations = new ArrayList<>();
        for (String item : items(text)) {
            int colon = item.lastIndexOf(':');
            TaintEffect effect = null;
            String head = item;
            if (colon >= 0) {
                effect = parseEnum(TaintEffect.class, "toleration effect", item.substring(colon + 1));
                head = item.substring(0, colon).trim();
            }
            if (head.equals("*")) {
                tolerations.add(new Toleration("", TolerationOperator.EXISTS, "", effect));
                continue;
            }
            int eq = head.indexOf('=');
            tolerations.add(eq < 0 ? new Toleration(head, TolerationOperator.EXISTS, "", effect)
                    : new Toleration(head.substring(0, eq).trim(), TolerationOperator.EQUAL,
                    head.substring(eq + 1).trim(), effect));
        }
        return tolerations;
    }

    /** Spread constraints as {@code over:maxSkew}, with {@code :ScheduleAnyway} when they only prefer. */
    public static String spread(List<SpreadConstraint> spread) {
        return spread.stream().map(s -> {
            String text = s.over() + ":" + s.maxSkew();
            boolean anyway = s.whenUnsatisfiable() == WhenUnsatisfiable.SCHEDULE_ANYWAY;
            return anyway ? text + ":" + s.whenUnsatisfiable() : text;
        }).collect(Collectors.joining(LIST_SEPARATOR));
    }

    public static List<SpreadConstraint> parseSpread(String text) {
        List<SpreadConstraint> spread = new ArrayList<>();
        for (String item : items(text)) {
            String[] parts = item.split(":");
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("spread: write each as over:maxSkew, such as zone:1 or"
                        + " node:2:ScheduleAnyway; got \"" + item + "\"");
            }
            TopologyKey over = parseEnum(TopologyKey.class, "spread domain", parts[0]);
            int maxSkew = parseWhole("maxSkew", parts[1]);
            WhenUnsatisfiable when = parts.length == 3
                    ? parseEnum(WhenUnsatisfiable.class, "whenUnsatisfiable", parts[2])
                    : SpreadConstraint.DEFAULT_WHEN_UNSATISFIABLE;
            spread.add(new SpreadConstraint(over, maxSkew, when));
        }
        return spread;
    }

    /** Jurisdictions upper-cased as codes are written ("EU, CH"). */
    public static List<String> parseJurisdictions(String text) {
        return items(text).stream().map(j -> j.toUpperCase(Locale.ROOT)).distinct().toList();
    }

    /** A latency bound as {@code 10 ms to store-017/cam}. */
    public static String latency(LatencyBound bound) {
        return bound == null ? "" : number(bound.maxMs()) + " ms to " + bound.to();
    }

    public static LatencyBound parseLatency(String text) {
        if (optional(text) == null) {
            return null;
        }
        Matcher m = LATENCY.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("latency: write the bound as \"10 ms to store-017/cam\", got \""
                    + text.trim() + "\"");
        }
        return new LatencyBound(m.group(2), Double.parseDouble(m.group(1)));
    }

    /** Pins as {@code replica → node}. */
    public static String pins(List<Pin> pins) {
        return pins.stream().map(p -> p.replica() + " → " + p.node()).collect(Collectors.joining(LIST_SEPARATOR));
    }
}
