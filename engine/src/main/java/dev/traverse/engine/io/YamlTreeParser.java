package dev.traverse.engine.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Parses YAML into {@link SourceNode}s straight from SnakeYAML's events. Reading the events directly, rather than
 * through a data-binding layer, skips the implicit-type resolution of every scalar (the binder reads scalars as text
 * and decides what they mean), which is most of the cost on large files. Anchors and aliases are resolved.
 */
final class YamlTreeParser {

    private final Problems problems;
    private final Map<String, SourceNode> anchors = new HashMap<>();
    private Parser parser;

    private YamlTreeParser(Problems problems) {
        this.problems = problems;
    }

    /**
     * The tree of the text, from {@link FastYamlTreeParser} when the text is within its subset (which gives the very
     * same tree, and is much faster before the JIT warms up), else from SnakeYAML, which also reports the problems.
     */
    static Optional<SourceNode> parse(String content, Problems problems) {
        Optional<SourceNode> fast;
        try {
            fast = FastYamlTreeParser.parse(content);
        } catch (RuntimeException e) {
            fast = Optional.empty(); // a bug in the fast path must not cost the user the file: SnakeYAML still reads it
        }
        return fast.isPresent() ? fast : parseWithSnakeYaml(content, problems);
    }

    /** The tree of the text read through SnakeYAML's events alone. */
    static Optional<SourceNode> parseWithSnakeYaml(String content, Problems problems) {
        return new YamlTreeParser(problems).parse(content);
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        // Generated topologies with 100,000 nodes are tens of megabytes; SnakeYAML's default stops at 3 MB.
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }

    private Optional<SourceNode> parse(String content) {
        try {
            parser = new ParserImpl(new StreamReader(content), options());
            expect(Event.ID.StreamStart);
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                problems.error(SourcePosition.START, "", "the file is empty: expected a Topology document");
                return Optional.empty();
            }
            expect(Event.ID.DocumentStart);
            if (parser.checkEvent(Event.ID.DocumentEnd)) {
                problems.error(SourcePosition.START, "", "the file is empty: expected a Topology document");
                return Optional.empty();
            }
            SourceNode root = readNode();
            expect(Event.ID.DocumentEnd);
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                problems.error(position(parser.peekEvent().getStartMark()), "",
                        "the file holds more than one document: keep one topology per file");
            }
            return Optional.of(root);
        } catch (TooDeep e) {
            problems.error(e.at, "", "nested deeper than " + MAX_DEPTH + " levels: a topology never needs that");
            return Optional.empty();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.error(mark == null ? SourcePosition.START : position(mark), "",
                    "invalid YAML: " + e.getProblem() + context);
            return Optional.empty();
        } catch (YAMLException e) {
            problems.error(SourcePosition.START, "", "invalid YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void expect(Event.ID id) {
        Event event = parser.getEvent();
        if (!event.is(id)) {
            throw new IllegalStateException("expected " + id + " at " + position(event.getStartMark()) + ", got " + event);
        }
    }

    /** Deeper than any topology goes; a guard so that a hostile file gets a problem, not a stack overflow. */
    static final int MAX_DEPTH = 500;

    /** Thrown to stop reading a file nested deeper than {@link #MAX_DEPTH}; reported as a problem. */
    private static final class TooDeep extends RuntimeException {
        private final transient SourcePosition at;

        TooDeep(SourcePosition at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    private int depth;

    private SourceNode readNode() {
        Event event = parser.getEvent();
        SourcePosition at = position(event.getStartMark());
        if (++depth > MAX_DEPTH) {
            throw new TooDeep(at);
        }
        try {
            return readNode(event, at);
        } finally {
            depth--;
        }
    }

    private SourceNode readNode(Event event, SourcePosition at) {
        SourceNode node;
        switch (event.getEventId()) {
            case Alias:
                return alias((AliasEvent) event, at);
            case Scalar:
                node = scalar((ScalarEvent) event, at);
                break;
            case SequenceStart:
                node = readSequence(at);
                break;
            case MappingStart:
                node = readMapping(at);
                break;
            default:
                throw new IllegalStateException("unexpected " + event + " at " + at);
        }
        String anchor = event instanceof CollectionStartEvent c ? c.getAnchor() : ((NodeEvent) event).getAnchor();
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    private SourceNode alias(AliasEvent event, SourcePosition at) {
        SourceNode target = anchors.get(event.getAnchor());
        if (target == null) {
            problems.error(at, "", "alias *" + event.getAnchor() + " names no anchor defined before it");
            return new SourceNode.Scalar(at, "", SourceNode.ScalarType.NULL);
        }
        return target;
    }

    private static SourceNode scalar(ScalarEvent event, SourcePosition at) {
        String value = event.getValue();
        boolean plain = event.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        if (plain && (value.isEmpty() || value.equals("~") || value.equals("null") || value.equals("Null")
                || value.equals("NULL"))) {
            return new SourceNode.Scalar(at, "", SourceNode.ScalarType.NULL);
        }
        return new SourceNode.Scalar(at, value, SourceNode.ScalarType.STRING);
    }

    private SourceNode.Sequence readSequence(SourcePosition at) {
        List<SourceNode> items = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            items.add(readNode());
        }
        parser.getEvent();
        return new SourceNode.Sequence(at, items);
    }

    private SourceNode.Mapping readMapping(SourcePosition at) {
        OrderedEntries.Builder entries = new OrderedEntries.Builder();
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            SourceNode keyNode = readNode();
            SourceNode value = readNode();
            if (!(keyNode instanceof SourceNode.Scalar key)) {
                problems.error(keyNode.position(), "", "a key must be a plain value, not " + keyNode.describe());
                continue;
            }
            SourceNode.Entry previous = entries.get(key.text());
            if (previous != null) {
                problems.error(key.position(), "", "duplicate key " + key.text() + ": the second value would silently win",
                        new Problem.Related(previous.keyPosition(), "first " + key.text() + " is here"));
                continue;
            }
            entries.put(new SourceNode.Entry(key.text(), key.position(), value));
        }
        parser.getEvent();
        return new SourceNode.Mapping(at, entries.build());
    }

    private static SourcePosition position(Mark mark) {
        return new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
    }
}
