package dev.traverse.engine.generate;

import dev.traverse.engine.model.Names;
import java.util.HashSet;
import java.util.Set;

/**
 * One namespace of names that must all differ, such as sites and clusters together. A taken name gets a letter
 * suffix ({@code -b}, {@code -c}, ...) rather than a number, so that it can never be mistaken for a pool member
 * ({@code name-1}).
 */
final class NameRegistry {

    private static final int MAX_LENGTH = 63;

    private final Set<String> taken = new HashSet<>();

    /** Claims {@code wanted}, or the first free variant of it, and returns the name claimed. */
    String claim(String wanted) {
        String base = trim(wanted, 0);
        if (taken.add(base)) {
            return base;
        }
        for (int i = 1; ; i++) {
            String suffix = "-" + letters(i);
            String candidate = trim(wanted, suffix.length()) + suffix;
            if (taken.add(candidate)) {
                return candidate;
            }
        }
    }

    boolean isTaken(String name) {
        return taken.contains(name);
    }

    /** Bijective base-26 letters: 0 is a, 25 is z, 26 is aa. */
    static String letters(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative: " + index);
        }
        StringBuilder sb = new StringBuilder();
        int n = index;
        do {
            sb.append((char) ('a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return sb.reverse().toString();
    }

    /** The name for item {@code index} of {@code count} sharing a base: the base alone when it is the only one. */
    static String indexed(String base, int index, int count) {
        return count == 1 ? base : base + "-" + letters(index);
    }

    private static String trim(String name, int room) {
        String s = name.length() + room > MAX_LENGTH ? name.substring(0, MAX_LENGTH - room) : name;
        while (s.endsWith("-")) {
            s = s.substring(0, s.length() - 1);
        }
        if (!Names.isName(s)) {
            throw new IllegalArgumentException("not a valid name: " + name);
        }
        return s;
    }
}
