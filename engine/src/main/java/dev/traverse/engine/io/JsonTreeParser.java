package dev.traverse.engine.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses JSON text into {@link SourceNode}s that remember their line and column, as {@link YamlTreeParser} does for
 * YAML. Syntax errors and duplicate keys become problems; nothing else is checked here.
 */
final class JsonTreeParser {

    private static final JsonFactory JSON = new JsonFactory();

    private final Problems problems;
    private JsonParser parser;

    private JsonTreeParser(Problems problems) {
        this.problems = problems;
    }

    /** The root node, or empty when the text is not well-formed (the reason is in the problems). */
    static Optional<SourceNode> parse(String content, Problems problems) {
        return new JsonTreeParser(problems).parse(content);
    }

    private Optional<SourceNode> parse(String content) {
        try (JsonParser p = JSON.createParser(content)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.error(SourcePosition.START, "", "the file is empty: expected a Topology document");
                return Optional.empty();
            }
            SourceNode root = readValue(first);
            JsonToken next = p.nextToken();
            if (next != null) {
                problems.error(position(), "", "the file holds more than one document: keep one topology per file");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            syntaxError(e);
            return Optional.empty();
        } catch (IOException e) {
            problems.error(SourcePosition.START, "", "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private SourceNode readValue(JsonToken token) throws IOException {
        SourcePosition at = position();
        switch (token) {
            case START_OBJECT:
                return readMapping(at);
            case START_ARRAY:
                return readSequence(at);
            case VALUE_STRING:
                return new SourceNode.Scalar(at, parser.getText(), SourceNode.ScalarType.STRING);
            case VALUE_NUMBER_INT:
                return new SourceNode.Scalar(at, parser.getText(), SourceNode.ScalarType.INTEGER);
            case VALUE_NUMBER_FLOAT:
                return new SourceNode.Scalar(at, parser.getText(), SourceNode.ScalarType.FLOAT);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new SourceNode.Scalar(at, parser.getText(), SourceNode.ScalarType.BOOLEAN);
            case VALUE_NULL:
                return new SourceNode.Scalar(at, "", SourceNode.ScalarType.NULL);
            default:
                // Embedded objects and other exotic tokens have no place in a topology file.
                return new SourceNode.Scalar(at, parser.getText(), SourceNode.ScalarType.STRING);
        }
    }

    private SourceNode.Mapping readMapping(SourcePosition at) throws IOException {
        OrderedEntries.Builder entries = new OrderedEntries.Builder();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourcePosition keyAt = position();
            SourceNode value = readValue(parser.nextToken());
            SourceNode.Entry previous = entries.get(key);
            if (previous != null) {
                problems.error(keyAt, "", "duplicate key " + key + ": the second value would silently win",
                        new Problem.Related(previous.keyPosition(), "first " + key + " is here"));
                continue;
            }
            entries.put(new SourceNode.Entry(key, keyAt, value));
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unbalanced mapping at " + position());
        }
        return new SourceNode.Mapping(at, entries.build());
    }

    private SourceNode.Sequence readSequence(SourcePosition at) throws IOException {
        List<SourceNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new IllegalStateException("unbalanced list at " + position());
            }
            items.add(readValue(token));
        }
        return new SourceNode.Sequence(at, items);
    }

    private SourcePosition position() {
        return toPosition(parser.currentTokenLocation());
    }

    private static SourcePosition toPosition(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourcePosition.START;
        }
        return new SourcePosition(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private void syntaxError(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        problems.error(toPosition(e.getLocation()), "", "invalid JSON: "
                + (newline < 0 ? message : message.substring(0, newline)));
    }
}
