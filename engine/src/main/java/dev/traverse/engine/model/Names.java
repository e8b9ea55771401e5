package dev.traverse.engine.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Name and label rules, as Kubernetes defines them, and the checks the model's records share. */
public final class Names {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern LABEL_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
    private static final Pattern DNS_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    /** The form a name must have, for error messages. */
    public static final String NAME_FORM = "lower-case letters, digits and '-', starting and ending with a letter or digit,"
            + " at most 63 characters";

    private Names() {
    }

    /** A DNS-1123 label: how sites, clusters, nodes, devices and workloads are named. */
    public static boolean isName(String s) {
        return s != null && s.length() <= 63 && DNS_LABEL.matcher(s).matches();
    }

    /** A Kubernetes label key: an optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
    public static boolean isLabelKey(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        int slash = s.indexOf('/');
        String name = slash < 0 ? s : s.substring(slash + 1);
        if (slash >= 0) {
            String prefix = s.substring(0, slash);
            if (prefix.isEmpty() || prefix.length() > 253 || !DNS_SUBDOMAIN.matcher(prefix).matches()) {
                return false;
            }
        }
        return name.length() <= 63 && LABEL_NAME.matcher(name).matches();
    }

    /** A Kubernetes label value: empty, or at most 63 letters, digits, '-', '_' and '.', starting and ending alphanumeric. */
    public static boolean isLabelValue(String s) {
        return s != null && (s.isEmpty() || (s.length() <= 63 && LABEL_NAME.matcher(s).matches()));
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
