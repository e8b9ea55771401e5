package dev.traverse.engine.edit;

import dev.traverse.engine.model.Names;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Makes names unique the way people expect: {@code store-017} when it is free, else {@code store-017-2},
 * {@code store-017-3} and so on, shortened where needed to stay within 63 characters. Thread-safe (no state).
 */
public final class NameAllocator {

    private static final int MAX_LENGTH = 63;

    private NameAllocator() {
    }

    /**
     * The first of {@code base}, {@code base-2}, {@code base-3}... that {@code taken} rejects.
     *
     * @throws IllegalArgumentException when {@code base} is not a valid name
     */
    public static String unique(String base, Predicate<String> taken) {
        requireName(base);
        Objects.requireNonNull(taken, "taken");
        if (!taken.test(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String stem = base.length() + suffix.length() <= MAX_LENGTH ? base
                    : stripTrailingDashes(base.substring(0, MAX_LENGTH - suffix.length()));
            String candidate = stem + suffix;
            if (!taken.test(candidate)) {
                return candidate;
            }
        }
    }

    /**
     * Checks a name a user typed.
     *
     * @throws IllegalArgumentException with a message for the user when it is not a valid name
     */
    public static String requireName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a name is needed: use lower-case letters, digits and -");
        }
        if (!Names.isName(name)) {
            String rule = "name \"" + name + "\" is not a valid name: use lower-case letters, digits and -";
            if (name.length() > MAX_LENGTH) {
                rule += ", at most " + MAX_LENGTH + " characters";
            } else if (name.startsWith("-") || name.endsWith("-")) {
                rule += ", starting and ending with a letter or digit";
            }
            throw new IllegalArgumentException(rule);
        }
        return name;
    }

    private static String stripTrailingDashes(String s) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(0, end);
    }
}
