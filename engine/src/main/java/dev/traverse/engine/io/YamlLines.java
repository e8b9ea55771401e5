package dev.traverse.engine.io;

import java.util.Arrays;

/**
 * The text of a YAML file cut into lines, for {@link FastYamlTreeParser}. Building it checks every character once:
 * anything SnakeYAML would reject or read differently from plain lines of spaces and printable characters (tabs,
 * control characters, a byte order mark, line breaks other than LF and CRLF, unpaired surrogates) is unsupported.
 */
final class YamlLines {

    final String text;
    private int[] starts = new int[1024];
    /** Where each line's content ends: before its LF or CRLF. */
    private int[] ends = new int[1024];
    private int count;
    /** Whether some character takes two chars; columns then count code points, as SnakeYAML's marks do. */
    private boolean supplementary;

    private YamlLines(String text) {
        this.text = text;
    }

    static YamlLines of(String content) {
        YamlLines lines = new YamlLines(content);
        lines.split();
        return lines;
    }

    private void split() {
        String s = text;
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= 0x20 && ch < 0x7f) {
                continue;
            }
            if (ch == '\n') {
                add(start, i > start && s.charAt(i - 1) == '\r' ? i - 1 : i);
                start = i + 1;
            } else if (ch == '\r') {
                if (i + 1 == n || s.charAt(i + 1) != '\n') {
                    throw new FastYamlTreeParser.Unsupported("a line break other than LF or CRLF");
                }
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                supplementary = true;
                i++;
            } else if (!printable(ch)) {
                throw new FastYamlTreeParser.Unsupported("character U+" + Integer.toHexString(ch));
            }
        }
        if (start < n) {
            add(start, n);
        }
    }

    /**
     * YAML's printable characters less the ones SnakeYAML treats specially: tab, NEL and the Unicode line and
     * paragraph separators (line breaks in YAML 1.1), the byte order mark, and lone surrogates.
     */
    private static boolean printable(char ch) {
        return ch >= 0xa0 && ch <= 0xfffd && ch != 0x2028 && ch != 0x2029 && ch != 0xfeff
                && !Character.isSurrogate(ch);
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    int count() {
        return count;
    }

    int start(int line) {
        return starts[line];
    }

    int end(int line) {
        return ends[line];
    }

    /** The number of spaces that start the line. */
    int indent(int line) {
        int start = starts[line];
        int i = start;
        int end = ends[line];
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i - start;
    }

    /** Whether the line holds only spaces, or spaces and a comment. */
    boolean isBlankOrComment(int line) {
        int i = starts[line] + indent(line);
        return i == ends[line] || text.charAt(i) == '#';
    }

    /**
     * The position of the character at {@code offset} in {@code line}: SnakeYAML's mark plus one, whose column counts
     * code points (an emoji is one column) and is not moved by a CR before the LF.
     */
    SourcePosition position(int line, int offset) {
        return SourcePosition.unpack(at(line, offset));
    }

    /** {@link #position} packed ({@link SourcePosition#pack}), as the tree keeps it. */
    long at(int line, int offset) {
        int start = starts[line];
        int column = supplementary ? text.codePointCount(start, offset) : offset - start;
        return SourcePosition.pack(line + 1, column + 1);
    }
}
