package dev.traverse.engine.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses YAML or JSON text into {@link SourceNode}s that remember their line and column. Syntax errors and duplicate
 * keys become problems; nothing else is checked here.
 */
final class SourceTreeParser {

    private static final YAMLFactory YAML = yamlFactory();
    private static final JsonFactory JSON = new JsonFactory();

    private final Problems problems;
    private JsonParser parser;

    private SourceTreeParser(Problems problems) {
        this.problems = problems;
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        // Generated topologies with 100,000 nodes are tens of megabytes; SnakeYAML's default stops at 3 MB.
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setAllowDuplicateKeys(true); // reported by this parser, with both positions
        return YAMLFactory.builder().loaderOptions(options).build();
    }

    /** The root node, or empty when the text is not well-formed (the reason is in the problems). */
    static Optional<SourceNode> parse(String content, FileFormat format, Problems problems) {
        return format == FileFormat.YAML ? YamlTreeParser.parse(content, problems)
                : new SourceTreeParser(problems).parse(content, format);
    }

    private Optional<SourceNode> parse(String content, FileFormat format) {
        try (JsonParser p = (format == FileFormat.JSON ? JSON : YAML).createParser(content)) {
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
        Map<String, SourceNode.Entry> entries = new LinkedHashMap<>();
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
            entries.put(key, new SourceNode.Entry(key, keyAt, value));
        }
        if (token != JsonToken.END_OBJECT) {
            throw new IllegalStateException("unbalanced mapping at " + position());
        }
        return new SourceNode.Mapping(at, entries);
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
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            SourcePosition at = new SourcePosition(yaml.getProblemMark().getLine() + 1, yaml.getProblemMark().getColumn() + 1);
            String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
            problems.error(at, "", "invalid YAML: " + yaml.getProblem() + context);
            return;
        }
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        problems.error(toPosition(e.getLocation()), "", "invalid syntax: " + (newline < 0 ? message : message.substring(0, newline)));
    }
}
