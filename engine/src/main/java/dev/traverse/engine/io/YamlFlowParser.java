package dev.traverse.engine.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads flow collections ({@code [a, b]}, {@code {a: b, c: [d]}}) for {@link FastYamlTreeParser}: nested ones too,
 * but each must close on the line it opens. Empty entries, trailing commas, single-pair mappings in a sequence
 * ({@code [a: b]}), complex keys and comments inside are unsupported.
 *
 * <p>Positions (SnakeYAML's start marks): a flow collection is at its '[' or '{', a scalar at its first character or
 * opening quote, a key likewise.
 */
final class YamlFlowParser {

    /** Deeper nesting is left to SnakeYAML, which then behaves as it did before this parser existed. */
    static final int MAX_DEPTH = 100;

    /**
     * SnakeYAML forgets a possible simple key more than 1024 code points before its ':', which changes what the text
     * means; well below that is safe.
     */
    static final int MAX_KEY_LENGTH = 1000;

    private final YamlScalarReader in;

    YamlFlowParser(YamlScalarReader in) {
        this.in = in;
    }

    /** The flow collection at the reader's place, which is at '[' or '{'. Leaves the place after its end. */
    SourceNode collection(int depth) {
        if (depth > MAX_DEPTH) {
            throw new FastYamlTreeParser.Unsupported("nesting deeper than " + MAX_DEPTH);
        }
        return in.peek() == '[' ? sequence(depth) : mapping(depth);
    }

    private SourceNode node(int depth) {
        char ch = in.peek();
        return ch == '[' || ch == '{' ? collection(depth + 1) : in.scalar(true);
    }

    private SourceNode.Sequence sequence(int depth) {
        long at = in.at(in.pos);
        in.pos++;
        List<SourceNode> items = new ArrayList<>();
        if (openedEmpty(']')) {
            return new SourceNode.Sequence(at, items);
        }
        do {
            items.add(node(depth));
        } while (next(']'));
        return new SourceNode.Sequence(at, items);
    }

    private SourceNode.Mapping mapping(int depth) {
        long at = in.at(in.pos);
        in.pos++;
        OrderedEntries.Builder entries = new OrderedEntries.Builder();
        if (openedEmpty('}')) {
            return new SourceNode.Mapping(at, entries.build());
        }
        do {
            int keyStart = in.pos;
            SourceNode.Scalar key = in.scalar(true);
            in.skipSpaces();
            if (in.atEnd() || in.peek() != ':' || key.isNull() || in.pos - keyStart > MAX_KEY_LENGTH) {
                throw new FastYamlTreeParser.Unsupported("a flow mapping entry that is not 'key: value' at " + key.position());
            }
            in.pos++;
            in.skipSpaces();
            if (in.atEnd() || in.peek() == ',' || in.peek() == '}') {
                throw new FastYamlTreeParser.Unsupported("an empty value in a flow mapping at " + key.position());
            }
            SourceNode value = node(depth);
            if (entries.put(new SourceNode.Entry(key.text(), key.at(), value)) != null) {
                throw new FastYamlTreeParser.Unsupported("duplicate key " + key.text() + " at " + key.position());
            }
        } while (next('}'));
        return new SourceNode.Mapping(at, entries.build());
    }

    /** Skips spaces after the opening bracket; consumes the closing one when the collection is empty. */
    private boolean openedEmpty(char close) {
        in.skipSpaces();
        if (in.atEnd()) {
            throw new FastYamlTreeParser.Unsupported("a flow collection over several lines at " + in.position(in.pos));
        }
        if (in.peek() == close) {
            in.pos++;
            return true;
        }
        return false;
    }

    /** After an entry: true after a ',' followed by another entry, false after the closing bracket. */
    private boolean next(char close) {
        in.skipSpaces();
        if (in.atEnd()) {
            throw new FastYamlTreeParser.Unsupported("a flow collection over several lines at " + in.position(in.pos));
        }
        char ch = in.peek();
        in.pos++;
        if (ch == close) {
            return false;
        }
        if (ch != ',') {
            throw new FastYamlTreeParser.Unsupported("'" + ch + "' in a flow collection at " + in.position(in.pos - 1));
        }
        in.skipSpaces();
        if (in.atEnd() || in.peek() == ',' || in.peek() == close) {
            throw new FastYamlTreeParser.Unsupported("an empty flow entry at " + in.position(in.pos));
        }
        return true;
    }
}
