package dev.traverse.engine.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random YAML documents written the many ways people write them, all within {@link FastYamlTreeParser}'s subset:
 * block mappings and sequences (nested, compact, indentless, items on the next line), flow collections, plain and
 * quoted scalars with escapes, empty values, comments everywhere, odd spacing, CRLF, a leading "---".
 */
final class YamlVariants {

    /** Plain scalars that read the same in block context (as values). */
    private static final List<String> BLOCK_PLAIN = List.of("web", "registry.example.com/app:1.2", "-1", "-120.5",
            "0.5", "16Gi", "a b  c", "x#y", "http://x.y/z", "é", "😀 ok", "true", "~", "null", "Null", "NULL", "nUll",
            "a,b", "a[1]", "a{b}", "50%", "foo@bar", "a'b", "a\"b", "a:b", "a :b", "-x", "--x", "a-", "x?", "x!", "a|b",
            "yes", "0x1F", "1e3", ".5", "a\\b", "é:ü", "x #a comment, not the value");
    /** Plain scalars that read the same in flow context. */
    private static final List<String> FLOW_PLAIN = List.of("web", "registry.example.com/app:1.2", "-1", "0.5", "16Gi",
            "a b", "x#y", "http://x.y/z", "é", "~", "null", "NULL", "a'b", "50%", "true", "a:b", "-x", "😀");
    private static final List<String> QUOTED = List.of("\"y\"", "\"\"", "\"a b\"", "\"with \\\"quotes\\\" and \\\\ back\"",
            "\"tab\\tnl\\nret\\r\"", "\"\\x41\\u00e9\\U0001F600\\u2028\"", "\"# not a comment\"", "\"a, b: c\"", "\"'\"",
            "\"\\0\\a\\b\\v\\f\\e\\ \\_\\N\\L\\P\"", "\"null\"", "\"~\"", "'it''s'", "''", "'a \"b\" c'", "'# x'",
            "'a, b: [c]'", "'null'", "'\\n stays'", "\"  spaces  \"", "'  spaces  '");
    /** Keys as written and as read. */
    private static final List<String[]> KEYS = List.of(k("name"), k("kind"), k("app.kubernetes.io/name"), k("x-y"),
            k("a b"), k("k8s"), k("é"), k("UPPER"), k("k_1"), k("node.kubernetes.io/instance-type"), k("0"), k("-x"),
            k("true"), k("a:b"), k("<<"), k("\"q k\"", "q k"), k("'s k'", "s k"), k("\"a: b\"", "a: b"),
            k("\"\"", ""), k("\"\\u00e9\\\"\"", "é\""), k("'it''s'", "it's"), k("\"name2\"", "name2"));
    /** Keys that can be written in flow context. */
    private static final List<String[]> FLOW_KEYS = List.of(k("cpu"), k("memory"), k("a b"), k("app.kubernetes.io/name"),
            k("\"q\"", "q"), k("'s'", "s"), k("\"x y\"", "x y"), k("é"), k("k_1"), k("-x"));

    private final Random random;
    private final List<String> lines = new ArrayList<>();

    private YamlVariants(long seed) {
        this.random = new Random(seed);
    }

    private static String[] k(String written) {
        return new String[] {written, written};
    }

    private static String[] k(String written, String read) {
        return new String[] {written, read};
    }

    static String document(long seed) {
        return new YamlVariants(seed).document();
    }

    private String document() {
        if (chance(3)) {
            lines.add("# A header comment");
            lines.add("#");
            if (chance(2)) {
                lines.add("");
            }
        }
        if (chance(6)) {
            lines.add(chance(2) ? "---" : "--- # the document");
        }
        int indent = chance(6) ? 1 + random.nextInt(3) : 0;
        String root = " ".repeat(indent);
        if (chance(4)) {
            sequence(root, indent, 0);
        } else {
            mapping(root, indent, 0);
        }
        if (chance(4)) {
            lines.add("# the end");
        }
        String newline = chance(4) ? "\r\n" : "\n";
        String text = String.join(newline, lines);
        return chance(5) ? text : text + newline;
    }

    /** A block mapping whose first line starts with {@code prefix} and whose keys are at column {@code indent}. */
    private void mapping(String prefix, int indent, int depth) {
        int size = 1 + random.nextInt(depth == 0 ? 6 : 4);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < size; i++) {
            String[] key = pick(KEYS);
            if (!used.add(key[1])) {
                continue;
            }
            filler(indent);
            String head = (i == 0 ? prefix : " ".repeat(indent)) + key[0] + (chance(10) ? " " : "") + ":";
            value(head, indent, depth);
        }
    }

    /** The value of a key, its line started by {@code head}. */
    private void value(String head, int indent, int depth) {
        int choice = random.nextInt(depth >= 4 ? 3 : 6);
        switch (choice) {
            case 0 -> lines.add(head + spaces() + scalar(false) + comment());
            case 1 -> lines.add(head + spaces() + flow(depth) + comment());
            case 2 -> lines.add(head + (chance(3) ? spaces() : "") + comment());
            case 3, 4 -> {
                lines.add(head + comment());
                filler(indent);
                int nested = indent + 1 + random.nextInt(4);
                mapping(" ".repeat(nested), nested, depth + 1);
            }
            default -> {
                lines.add(head + comment());
                filler(indent);
                int nested = chance(2) ? indent : indent + 1 + random.nextInt(4); // indentless or not
                sequence(" ".repeat(nested), nested, depth + 1);
            }
        }
    }

    /** A block sequence whose first line starts with {@code prefix} and whose '-' are at column {@code indent}. */
    private void sequence(String prefix, int indent, int depth) {
        int size = 1 + random.nextInt(4);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                filler(indent);
            }
            String dash = (i == 0 ? prefix : " ".repeat(indent)) + "-";
            String gap = " ".repeat(1 + (chance(4) ? random.nextInt(3) : 0));
            int inner = indent + 1 + gap.length();
            switch (random.nextInt(depth >= 4 ? 2 : 6)) {
                case 0 -> lines.add(dash + gap + scalar(false) + comment());
                case 1 -> lines.add(dash + gap + flow(depth) + comment());
                case 2 -> mapping(dash + gap, inner, depth + 1);
                case 3 -> sequence(dash + gap, inner, depth + 1);
                case 4 -> lines.add(dash + (chance(2) ? " " : "") + comment());
                default -> {
                    lines.add(dash + comment());
                    filler(indent);
                    int nested = indent + 1 + random.nextInt(4);
                    if (chance(2)) {
                        mapping(" ".repeat(nested), nested, depth + 1);
                    } else {
                        sequence(" ".repeat(nested), nested, depth + 1);
                    }
                }
            }
        }
    }

    private String flow(int depth) {
        int choice = random.nextInt(depth >= 3 ? 1 : 3);
        if (choice == 0) {
            return flowScalar();
        }
        int size = random.nextInt(4);
        if (size == 0) {
            return choice == 1 ? (chance(3) ? "[ ]" : "[]") : (chance(3) ? "{ }" : "{}");
        }
        String pad = chance(4) ? " " : "";
        StringBuilder out = new StringBuilder(choice == 1 ? "[" : "{").append(pad);
        Set<String> used = new HashSet<>();
        for (int i = 0; i < size; i++) {
            if (choice == 2) {
                String[] key = pick(FLOW_KEYS);
                if (!used.add(key[1])) {
                    continue;
                }
                boolean quoted = key[0].startsWith("\"") || key[0].startsWith("'");
                String colon = (chance(8) ? " " : "") + ":" + (quoted && chance(3) ? "" : " ");
                out.append(used.size() > 1 ? separator() : "").append(key[0]).append(colon).append(flow(depth + 1));
            } else {
                out.append(i > 0 ? separator() : "").append(flow(depth + 1));
            }
        }
        return out.append(pad).append(choice == 1 ? "]" : "}").toString();
    }

    private String separator() {
        return (chance(6) ? " " : "") + "," + (chance(6) ? "" : " ");
    }

    private String flowScalar() {
        return chance(3) ? pick(QUOTED) : pick(FLOW_PLAIN);
    }

    private String scalar(boolean flow) {
        return chance(3) ? pick(QUOTED) : pick(flow ? FLOW_PLAIN : BLOCK_PLAIN);
    }

    /** Blank lines and comment lines, at any indentation, between entries. */
    private void filler(int indent) {
        if (chance(5)) {
            lines.add(chance(2) ? "" : " ".repeat(random.nextInt(6)));
        }
        if (chance(5)) {
            lines.add(" ".repeat(random.nextInt(indent + 4)) + "#" + (chance(2) ? " a comment: with - [stuff]" : ""));
        }
    }

    private String comment() {
        return chance(5) ? " ".repeat(1 + random.nextInt(3)) + "# note" + (chance(2) ? ": x" : "") : "";
    }

    private String spaces() {
        return chance(5) ? " ".repeat(1 + random.nextInt(4)) : " ";
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
