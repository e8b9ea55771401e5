package dev.traverse.engine.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Small edits of a YAML text, as a person might make them (or get wrong): text put in or taken out, lines swapped,
 * re-indented, joined or split, values quoted or replaced, comments added, sequences made indentless, line ends
 * changed.
 */
final class YamlMutations {

    private static final List<String> FRAGMENTS = List.of(":", ": ", "-", "- ", "{", "}", "[", "]", ",", ", ", "\n",
            "  ", " ", "#", " #", " # c", "\"", "'", "''", "\\", "\\\"", "\\x4", "\\u00e9", "&a", "*a", "!!str ", "!",
            "~", "null", "Null", "true", "0", "-1", "é", "😀", "\ud83d", "\t", "\r", "\r\n", "\u0085", "\u2028",
            "\ufeff", "\u0001", "---", "---\n", "...", "\n...\n", "? ", "|", ">", "%", "@", "`", "a: b", "{a: b}",
            "[a, b]", "{}", "[]", "k:", "\n- ", "\n  - ", "\nk: v\n", "x" + "y".repeat(1100) + ": v");
    private static final List<String> VALUES = List.of("x", "\"q\"", "'s'", "'it''s'", "\"a\\tb\"", "[a, b]",
            "{a: b}", "{a: [b, c]}", "[]", "{}", "~", "", "- a", "a: b", "registry.example.com/app:1.2", "\"y\"",
            "&x v", "*x", "|", ">-", "!t v", "[a,", "{a: b", "\"open", "'open", "a #c", "a#c", "\"a\"#c", "-", "-1",
            "?", ":", "a, b", "{a}", "[a: b]", "{a: }", "[a, ]", "\"\\/\"", "\"\\x4g\"");

    private YamlMutations() {
    }

    static String mutate(String text, Random random, int count) {
        String result = text;
        for (int i = 0; i < count; i++) {
            result = once(result, random);
        }
        return result;
    }

    private static String once(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = random.nextInt(lines.size());
        String current = lines.get(line);
        switch (random.nextInt(15)) {
            case 0, 1 -> {
                int at = random.nextInt(text.length() + 1);
                return text.substring(0, at) + pick(FRAGMENTS, random) + text.substring(at);
            }
            case 2 -> {
                int at = random.nextInt(text.length() + 1);
                return text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + random.nextInt(20)));
            }
            case 3 -> {
                int other = Math.floorMod(line + 1 + random.nextInt(3) * (random.nextBoolean() ? 1 : -1), lines.size());
                lines.set(line, lines.get(other));
                lines.set(other, current);
            }
            case 4 -> {
                int by = 1 + random.nextInt(4);
                lines.set(line, random.nextBoolean() ? " ".repeat(by) + current : current.substring(Math.min(by, leading(current))));
            }
            case 5 -> lines.add(line, current);
            case 6 -> lines.add(line, " ".repeat(random.nextInt(8)) + (random.nextBoolean() ? "# comment" : "#"));
            case 7 -> lines.set(line, current + (random.nextBoolean() ? " # trailing" : "# no space"));
            case 8 -> lines.set(line, withValue(current, quoted(valueOf(current), random)));
            case 9 -> lines.set(line, withValue(current, pick(VALUES, random)));
            case 10 -> {
                return random.nextBoolean() ? text.replace("\n", "\r\n")
                        : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text + "\n";
            }
            case 11 -> lines.replaceAll(l -> " ".repeat(1 + random.nextInt(2)) + l);
            case 12 -> makeIndentless(lines, line);
            case 13 -> {
                if (line + 1 < lines.size()) {
                    lines.set(line, current + (random.nextBoolean() ? " " : "") + lines.remove(line + 1).strip());
                }
            }
            default -> {
                int at = random.nextInt(current.length() + 1);
                lines.set(line, current.substring(0, at));
                lines.add(line + 1, " ".repeat(random.nextInt(8)) + current.substring(at));
            }
        }
        return String.join("\n", lines);
    }

    private static int leading(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The text after the first ": " of the line, or null. */
    private static String valueOf(String line) {
        int colon = line.indexOf(": ");
        return colon < 0 ? null : line.substring(colon + 2);
    }

    private static String withValue(String line, String value) {
        int colon = line.indexOf(": ");
        if (value == null) {
            return line;
        }
        return colon < 0 ? line + value : line.substring(0, colon + 2) + value;
    }

    private static String quoted(String value, Random random) {
        if (value == null) {
            return null;
        }
        return switch (random.nextInt(3)) {
            case 0 -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case 1 -> "'" + value.replace("'", "''") + "'";
            default -> "\"" + value + "\""; // not escaped: sometimes still right, sometimes not
        };
    }

    /** From "key:" followed by a more indented "- item", moves the whole sequence to the key's indentation. */
    private static void makeIndentless(List<String> lines, int from) {
        for (int i = from; i + 1 < lines.size(); i++) {
            String key = lines.get(i);
            String next = lines.get(i + 1);
            int indent = leading(key);
            int by = leading(next) - indent;
            if (key.stripTrailing().endsWith(":") && by > 0 && next.startsWith("- ", indent + by)) {
                for (int j = i + 1; j < lines.size() && (lines.get(j).isBlank() || leading(lines.get(j)) > indent); j++) {
                    String l = lines.get(j);
                    lines.set(j, l.substring(Math.min(by, leading(l))));
                }
                return;
            }
        }
    }

    private static <T> T pick(List<T> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
