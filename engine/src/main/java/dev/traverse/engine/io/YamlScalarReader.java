package dev.traverse.engine.io;

/**
 * A place on one line of a {@link YamlLines} and the reading of the scalars that start there, for
 * {@link FastYamlTreeParser}: plain (one line), double-quoted and single-quoted (closed on the same line). The rules
 * are SnakeYAML's scanner's; anything they do not cover is {@link FastYamlTreeParser.Unsupported}.
 */
final class YamlScalarReader {

    /** The characters that cannot start a plain scalar (SnakeYAML's checkPlain), with the space. */
    private static final String INDICATORS = " -?:,[]{}#&*!|>'\"%@`";

    /** Short scalars are mostly repeats (keys, numbers, units); sharing them keeps large trees much smaller. */
    private static final int CACHED_LENGTH = 32;

    private final YamlLines lines;
    /** The whole text. */
    private final String s;
    private final String[] cache = new String[4096];
    int line;
    int pos;
    int end;

    YamlScalarReader(YamlLines lines) {
        this.lines = lines;
        this.s = lines.text;
    }

    void moveTo(int line, int pos) {
        this.line = line;
        this.pos = pos;
        this.end = lines.end(line);
    }

    boolean atEnd() {
        return pos >= end;
    }

    char peek() {
        return s.charAt(pos);
    }

    /** Whether the character after the current one is a space or the end of the line. */
    boolean blankFollows() {
        return pos + 1 >= end || s.charAt(pos + 1) == ' ';
    }

    /** Skips spaces; returns whether any were skipped. */
    boolean skipSpaces() {
        int from = pos;
        while (pos < end && s.charAt(pos) == ' ') {
            pos++;
        }
        return pos > from;
    }

    /** The position of a character of this line; a scalar is at its first character or opening quote. */
    SourcePosition position(int offset) {
        return lines.position(line, offset);
    }

    /** {@link #position} packed, as the tree keeps it. */
    long at(int offset) {
        return lines.at(line, offset);
    }

    /** The scalar at the current place: quoted, or plain by the rules of block or flow context. */
    SourceNode.Scalar scalar(boolean flow) {
        char ch = s.charAt(pos);
        if (ch == '"') {
            return doubleQuoted();
        }
        if (ch == '\'') {
            return singleQuoted();
        }
        if (!plainStart(flow)) {
            throw new FastYamlTreeParser.Unsupported("'" + ch + "' at " + position(pos));
        }
        return plain(flow);
    }

    /**
     * Whether a plain scalar starts here. SnakeYAML also starts one with '-', '?' or ':' before a non-space (':' and
     * '?' in block context only); this reader takes '-' alone, and in flow context only before a character that
     * cannot end the scalar at once.
     */
    private boolean plainStart(boolean flow) {
        char ch = s.charAt(pos);
        if (INDICATORS.indexOf(ch) < 0) {
            return true;
        }
        if (ch != '-' || pos + 1 >= end) {
            return false;
        }
        char next = s.charAt(pos + 1);
        return next != ' ' && !(flow && ",[]{}:#?".indexOf(next) >= 0);
    }

    /**
     * A plain scalar on this line. It ends at the end of the line, at " #", and at ':' before a space or the end of
     * the line; in flow context also at ':' before a flow indicator and at any of ",?[]{}". Spaces inside it are kept,
     * spaces after it are not. Leaves the place just after its last character.
     */
    private SourceNode.Scalar plain(boolean flow) {
        String s = this.s;
        int start = pos;
        int end = this.end;
        int i = start;
        int textEnd = start;
        while (i < end) {
            char ch = s.charAt(i);
            if (ch == ' ') {
                int j = i + 1;
                while (j < end && s.charAt(j) == ' ') {
                    j++;
                }
                if (j == end || s.charAt(j) == '#') {
                    break;
                }
                i = j;
                continue;
            }
            if (ch == ':') {
                if (i + 1 == end || s.charAt(i + 1) == ' ' || flow && ",[]{}".indexOf(s.charAt(i + 1)) >= 0) {
                    break;
                }
            } else if (flow && (ch == ',' || ch == '?' || ch == '[' || ch == ']' || ch == '{' || ch == '}')) {
                break;
            }
            i++;
            textEnd = i;
        }
        if (textEnd == start) {
            throw new FastYamlTreeParser.Unsupported("an empty plain scalar at " + position(start));
        }
        pos = textEnd;
        long at = at(start);
        if (isNull(s, start, textEnd - start)) {
            return new SourceNode.Scalar(at, "", SourceNode.ScalarType.NULL);
        }
        return new SourceNode.Scalar(at, text(start, textEnd - start), SourceNode.ScalarType.STRING);
    }

    /** The text from {@code start}: the same String as the last time for short text that repeats. */
    private String text(int start, int length) {
        if (length > CACHED_LENGTH) {
            return s.substring(start, start + length);
        }
        int hash = 0;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + s.charAt(i); // String.hashCode's formula
        }
        int slot = (hash ^ hash >>> 12) & (cache.length - 1);
        String cached = cache[slot];
        if (cached != null && cached.hashCode() == hash && cached.length() == length
                && cached.regionMatches(0, s, start, length)) {
            return cached;
        }
        String text = s.substring(start, start + length);
        cache[slot] = text;
        return text;
    }

    /** The plain scalars YamlTreeParser reads as null: ~, null, Null and NULL. */
    private static boolean isNull(String s, int start, int length) {
        if (length == 1) {
            return s.charAt(start) == '~';
        }
        if (length != 4) {
            return false;
        }
        char n = s.charAt(start);
        char u = s.charAt(start + 1);
        char l1 = s.charAt(start + 2);
        char l2 = s.charAt(start + 3);
        return n == 'n' && u == 'u' && l1 == 'l' && l2 == 'l'
                || n == 'N' && (u == 'u' && l1 == 'l' && l2 == 'l' || u == 'U' && l1 == 'L' && l2 == 'L');
    }

    private SourceNode.Scalar singleQuoted() {
        int start = pos;
        int i = start + 1;
        int run = i;
        StringBuilder text = null;
        while (true) {
            if (i >= end) {
                throw new FastYamlTreeParser.Unsupported("a quoted scalar over several lines at " + position(start));
            }
            if (s.charAt(i) == '\'') {
                if (i + 1 < end && s.charAt(i + 1) == '\'') {
                    text = (text == null ? new StringBuilder() : text).append(s, run, i + 1);
                    i += 2;
                    run = i;
                    continue;
                }
                break;
            }
            i++;
        }
        pos = i + 1;
        String value = text == null ? text(run, i - run) : text.append(s, run, i).toString();
        return new SourceNode.Scalar(at(start), value, SourceNode.ScalarType.STRING);
    }

    private SourceNode.Scalar doubleQuoted() {
        int start = pos;
        int i = start + 1;
        int run = i;
        StringBuilder text = null;
        while (true) {
            if (i >= end) {
                throw new FastYamlTreeParser.Unsupported("a quoted scalar over several lines at " + position(start));
            }
            char ch = s.charAt(i);
            if (ch == '"') {
                break;
            }
            if (ch == '\\') {
                text = (text == null ? new StringBuilder() : text).append(s, run, i);
                i = escape(text, i + 1);
                run = i;
            } else {
                i++;
            }
        }
        pos = i + 1;
        String value = text == null ? text(run, i - run) : text.append(s, run, i).toString();
        return new SourceNode.Scalar(at(start), value, SourceNode.ScalarType.STRING);
    }

    /** Appends what the escape after a backslash stands for (SnakeYAML's ESCAPE_REPLACEMENTS and ESCAPE_CODES). */
    private int escape(StringBuilder text, int i) {
        if (i >= end) {
            throw new FastYamlTreeParser.Unsupported("an escaped line break at " + position(i));
        }
        char e = s.charAt(i);
        switch (e) {
            case '0': text.append('\0'); break;
            case 'a': text.append('\u0007'); break;
            case 'b': text.append('\b'); break;
            case 't': text.append('\t'); break;
            case 'n': text.append('\n'); break;
            case 'v': text.append('\u000b'); break;
            case 'f': text.append('\f'); break;
            case 'r': text.append('\r'); break;
            case 'e': text.append('\u001b'); break;
            case ' ': text.append(' '); break;
            case '"': text.append('"'); break;
            case '\\': text.append('\\'); break;
            case 'N': text.append('\u0085'); break;
            case '_': text.append('\u00a0'); break;
            case 'L': text.append('\u2028'); break;
            case 'P': text.append('\u2029'); break;
            case 'x': return hex(text, i + 1, 2);
            case 'u': return hex(text, i + 1, 4);
            case 'U': return hex(text, i + 1, 8);
            default:
                throw new FastYamlTreeParser.Unsupported("escape \\" + e + " at " + position(i));
        }
        return i + 1;
    }

    private int hex(StringBuilder text, int i, int digits) {
        if (i + digits > end) {
            throw new FastYamlTreeParser.Unsupported("a short escape at " + position(i));
        }
        long value = 0;
        for (int k = i; k < i + digits; k++) {
            int digit = hexDigit(s.charAt(k));
            if (digit < 0) {
                throw new FastYamlTreeParser.Unsupported("a bad escape at " + position(i));
            }
            value = value * 16 + digit;
        }
        if (value > Character.MAX_CODE_POINT) {
            throw new FastYamlTreeParser.Unsupported("escape beyond Unicode at " + position(i));
        }
        text.appendCodePoint((int) value);
        return i + digits;
    }

    private static int hexDigit(char ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f') {
            return ch - 'a' + 10;
        }
        return ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
    }
}
