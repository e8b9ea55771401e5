package dev.traverse.engine.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Name and label rules, as Kubernetes defines them, and the checks the model's records share. */
public final class Names {


    /** The form a name must have, for error messages. */
    public static final String NAME_FORM = "lower-case letters, digits and '-', starting and ending with a letter or digit,"
            + " at most 63 characters";

    private Names() {
    }

    // Hand-written rather than regular expressions: large files check hundreds of thousands of names, mostly
    // before the JIT has warmed up, where a regex costs many times a loop.

    /** A DNS-1123 label: how sites, clusters, nodes, devices and workloads are named. */
    public static boolean isName(String s) {
        return s != null && s.length() <= 63 && isDnsLabel(s, 0, s.length());
    }

    /** [a-z0-9]([-a-z0-9]*[a-z0-9])? over s[from, to). */
    private static boolean isDnsLabel(String s, int from, int to) {
        if (from >= to || s.charAt(from) == '-' || s.charAt(to - 1) == '-') {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Dot-separated DNS labels over s[from, to). */
    private static boolean isDnsSubdomain(String s, int from, int to) {
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || s.charAt(i) == '.') {
                if (!isDnsLabel(s, start, i)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    /** [A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])? over s[from, to). */
    private static boolean isLabelName(String s, int from, int to) {
        if (from >= to || !isAlphanumeric(s.charAt(from)) || !isAlphanumeric(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!(isAlphanumeric(c) || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** A Kubernetes label key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
    public static boolean isLabelKey(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        int slash = s.indexOf('/');
        if (slash >= 0 && (slash == 0 || slash > 253 || !isDnsSubdomain(s, 0, slash))) {
            return false;
        }
        int nameStart = slash + 1;
        return s.length() - nameStart <= 63 && isLabelName(s, nameStart, s.length());
    }

    /** A Kubernetes label value: empty, or at most 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric. */
    public static boolean isLabelValue(String s) {
        return s != null && (s.isEmpty() || (s.length() <= 63 && isLabelName(s, 0, s.length())));
    }

    static String requireName(String what, String name) {
        Objects.requireNonNull(name, what);
        if (!isName(name)) {
            throw new IllegalArgumentException(what + " \"" + name + "\" is not a valid name: " + NAME_FORM);
        }
        return name;
    }

    /** An immutable copy of labels, sorted by key so that files are written in a stable order. */
    static Map<String, String> labels(String what, Map<String, String> labels) {
        Objects.requireNonNull(labels, what);
        labels.forEach((k, v) -> {
            if (!isLabelKey(k)) {
                throw new IllegalArgumentException(what + " key \"" + k + "\" is not a valid label key");
            }
            if (!isLabelValue(v)) {
                throw new IllegalArgumentException(what + " value \"" + v + "\" of " + k + " is not a valid label value");
            }
        });
        return Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    static <T> List<T> list(String what, List<T> items) {
        return List.copyOf(Objects.requireNonNull(items, what));
    }

    static double nonNegative(String what, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be a non-negative number, got " + value);
        }
        return value;
    }

    static int atLeast(String what, int min, int value) {
        if (value < min) {
            throw new IllegalArgumentException(what + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** The names of a pool's members: the pool's own name for a single one, name-1..name-N otherwise. */
    public static List<String> memberNames(String name, int count) {
        if (count == 1) {
            return List.of(name);
        }
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = name + "-" + (i + 1);
        }
        return List.of(names);
    }
}
