package dev.traverse.engine.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses the YAML that topology files are made of, many times faster than SnakeYAML before the JIT has warmed up,
 * into exactly the tree {@link YamlTreeParser} builds from SnakeYAML's events, positions included. It answers
 * "unsupported" (empty) as soon as the text steps outside that subset, and the caller then parses with SnakeYAML,
 * which also reports every problem: this parser never reports any.
 *
 * <p>The subset: one document (an optional leading {@code ---} line), whose root is a block mapping or sequence;
 * block mappings with plain or quoted keys; block sequences, nested, compact ({@code - a: 1}, {@code - - a}) and
 * indentless ({@code key:} then {@code - a} at the key's indentation); single-line flow collections; single-line
 * plain, single-quoted and double-quoted scalars; empty values; comments and blank lines; LF or CRLF line ends.
 * Unsupported, among others: tabs, anchors, aliases, tags, block scalars, multi-line scalars, document markers after
 * the first line, directives, complex keys, null keys, duplicate keys.
 *
 * <p>Positions, as YamlTreeParser turns SnakeYAML's start marks into them (line and column from 1, columns counting
 * code points): a block mapping is at its first key; a block sequence at its first '-', indentless or not; a key or
 * scalar at its first character or opening quote; an empty value after a key at the column just after its ':', an
 * empty sequence item at the column just after its '-' (the end mark of the ':' or '-' token, even when spaces or a
 * comment follow).
 */
final class FastYamlTreeParser {

    /** The text steps outside the subset; the message says where, for tests and debugging. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    private final YamlLines lines;
    private final String text;
    private final YamlScalarReader in;
    private final YamlFlowParser flow;
    /** The current line: the next one holding content, or lines.count() at the end of the text. */
    private int line;
    private int depth;

    private FastYamlTreeParser(YamlLines lines) {
        this.lines = lines;
        this.text = lines.text;
        this.in = new YamlScalarReader(lines);
        this.flow = new YamlFlowParser(in);
    }

    /** The tree of the text, or empty when the text is outside the subset. */
    static Optional<SourceNode> parse(String content) {
        try {
            return Optional.of(parseOrThrow(content));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** The tree of the text; throws {@link Unsupported} when the text is outside the subset. */
    static SourceNode parseOrThrow(String content) {
        return new FastYamlTreeParser(YamlLines.of(content)).document();
    }

    private SourceNode document() {
        int first = 0;
        while (first < lines.count() && lines.isBlankOrComment(first)) {
            first++;
        }
        line = nextContent(first < lines.count() && isDocumentStart(first) ? first + 1 : first);
        if (line == lines.count()) {
            throw new Unsupported("no content");
        }
        SourceNode root = blockNode(lines.start(line) + lines.indent(line));
        if (line != lines.count()) {
            throw new Unsupported("content after the root collection at line " + (line + 1));
        }
        return root;
    }

    /** "---" alone, or followed by spaces and a comment. */
    private boolean isDocumentStart(int at) {
        int start = lines.start(at);
        if (lines.end(at) - start < 3 || !text.startsWith("---", start)) {
            return false;
        }
        in.moveTo(at, start + 3);
        if (!in.atEnd() && !in.skipSpaces()) {
            return false;
        }
        return in.atEnd() || in.peek() == '#';
    }

    /** The first line from {@code from} on that holds content, or lines.count(). */
    private int nextContent(int from) {
        int n = lines.count();
        for (int l = from; l < n; l++) {
            if (lines.isBlankOrComment(l)) {
                continue;
            }
            int start = lines.start(l);
            if (lines.end(l) - start >= 3 && (text.startsWith("---", start) || text.startsWith("...", start))) {
                throw new Unsupported("a document marker at line " + (l + 1));
            }
            return l;
        }
        return n;
    }

    /** The block collection starting at {@code at} on the current line: a sequence at '-', else a mapping. */
    private SourceNode blockNode(int at) {
        int column = at - lines.start(line);
        if (isEntry(at)) {
            return sequence(column, false);
        }
        in.moveTo(line, at);
        return mapping(column, key());
    }

    private void enter() {
        if (++depth > YamlFlowParser.MAX_DEPTH) {
            throw new Unsupported("nesting deeper than " + YamlFlowParser.MAX_DEPTH);
        }
    }

    /** Whether a block sequence entry ('-' then a space or the end of the line) is at {@code at}. */
    private boolean isEntry(int at) {
        return text.charAt(at) == '-' && (at + 1 == lines.end(line) || text.charAt(at + 1) == ' ');
    }

    /**
     * The key at the reader's place, which must be followed by ':' and a space or the end of the line; leaves the
     * place at the ':'.
     */
    private SourceNode.Scalar key() {
        int start = in.pos;
        SourceNode.Scalar key = in.scalar(false);
        in.skipSpaces();
        if (in.atEnd() || in.peek() != ':' || !in.blankFollows()) {
            throw new Unsupported("expected a key at " + key.position());
        }
        checkKey(key, start);
        return key;
    }

    private void checkKey(SourceNode.Scalar key, int start) {
        if (key.isNull() || in.pos - start > YamlFlowParser.MAX_KEY_LENGTH) {
            throw new Unsupported("a null or long key at " + key.position());
        }
    }

    /**
     * A block mapping whose keys are at {@code indent}; its first key has been read and the reader is at its ':'.
     * Ends with the current line at the first line after it.
     */
    private SourceNode.Mapping mapping(int indent, SourceNode.Scalar firstKey) {
        enter();
        OrderedEntries.Builder entries = new OrderedEntries.Builder();
        SourceNode.Scalar key = firstKey;
        while (true) {
            SourceNode value = mappingValue(indent);
            if (entries.put(new SourceNode.Entry(key.text(), key.at(), value)) != null) {
                throw new Unsupported("duplicate key " + key.text() + " at " + key.position());
            }
            if (line == lines.count()) {
                break;
            }
            int next = lines.indent(line);
            if (next < indent) {
                break;
            }
            int at = lines.start(line) + next;
            if (next > indent || isEntry(at)) {
                throw new Unsupported("unexpected indentation at line " + (line + 1));
            }
            in.moveTo(line, at);
            key = key();
        }
        depth--;
        return new SourceNode.Mapping(firstKey.at(), entries.build()); // a block mapping is at its first key
    }

    /** The value after the ':' at the reader's place. */
    private SourceNode mappingValue(int indent) {
        int colon = in.pos;
        in.pos++;
        in.skipSpaces();
        if (!in.atEnd() && in.peek() != '#') {
            return inlineValue();
        }
        int keyLine = line;
        line = nextContent(line + 1);
        if (line < lines.count()) {
            int next = lines.indent(line);
            int at = lines.start(line) + next;
            if (next > indent) {
                return blockNode(at);
            }
            if (next == indent && isEntry(at)) {
                return sequence(indent, true);
            }
        }
        // An empty value is at the end mark of the ':' token: the column after it, whatever follows on the line.
        return new SourceNode.Scalar(lines.at(keyLine, colon + 1), "", SourceNode.ScalarType.NULL);
    }

    /**
     * A block sequence whose '-' are at {@code indent}, starting on the current line. An indentless one (the value
     * of a key at the same indentation) ends at the first line there that is not an entry.
     */
    private SourceNode.Sequence sequence(int indent, boolean indentless) {
        enter();
        long position = lines.at(line, lines.start(line) + indent); // at its first '-'
        List<SourceNode> items = new ArrayList<>();
        while (true) {
            items.add(item(lines.start(line) + indent));
            if (line == lines.count()) {
                break;
            }
            int next = lines.indent(line);
            if (next < indent) {
                break;
            }
            if (next == indent && isEntry(lines.start(line) + next)) {
                continue;
            }
            if (next == indent && indentless) {
                break;
            }
            throw new Unsupported("unexpected indentation at line " + (line + 1));
        }
        depth--;
        return new SourceNode.Sequence(position, items);
    }

    /** The item after the '-' at {@code dash}. */
    private SourceNode item(int dash) {
        in.moveTo(line, dash + 1);
        in.skipSpaces();
        if (!in.atEnd() && in.peek() != '#') {
            return inlineItem();
        }
        int itemLine = line;
        line = nextContent(line + 1);
        if (line < lines.count()) {
            int next = lines.indent(line);
            if (next > dash - lines.start(itemLine)) {
                return blockNode(lines.start(line) + next);
            }
        }
        // An empty item is at the end mark of the '-' token: the column after it.
        return new SourceNode.Scalar(lines.at(itemLine, dash + 1), "", SourceNode.ScalarType.NULL);
    }

    /** What follows "- " on the same line: a nested sequence, a mapping (its first key), a scalar or a flow collection. */
    private SourceNode inlineItem() {
        int at = in.pos;
        char ch = in.peek();
        if (ch == '[' || ch == '{') {
            return inlineValue();
        }
        if (isEntry(at)) {
            return sequence(at - lines.start(line), false);
        }
        SourceNode.Scalar scalar = in.scalar(false);
        in.skipSpaces();
        if (!in.atEnd() && in.peek() == ':' && in.blankFollows()) {
            checkKey(scalar, at);
            return mapping(at - lines.start(line), scalar);
        }
        endLine();
        return scalar;
    }

    /** A scalar or flow collection that is the rest of the line (but for a comment). */
    private SourceNode inlineValue() {
        char ch = in.peek();
        SourceNode value;
        if (ch == '[' || ch == '{') {
            value = flow.collection(depth + 1);
        } else {
            value = in.scalar(false);
        }
        endLine();
        return value;
    }

    /** Checks that only spaces and a comment follow on the line, and moves to the next line with content. */
    private void endLine() {
        in.skipSpaces();
        if (!in.atEnd() && !(in.peek() == '#' && text.charAt(in.pos - 1) == ' ')) {
            throw new Unsupported("unexpected '" + in.peek() + "' at " + in.position(in.pos));
        }
        line = nextContent(line + 1);
    }
}
