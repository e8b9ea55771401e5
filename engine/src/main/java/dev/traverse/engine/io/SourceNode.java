package dev.traverse.engine.io;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON value with the place it was written: the reader binds these to model records so that every
 * problem can name its line and column.
 */
sealed interface SourceNode permits SourceNode.Scalar, SourceNode.Sequence, SourceNode.Mapping {

    SourcePosition position();

    /** How the node reads in an error message: the scalar quoted, or "a list" / "a map". */
    String describe();

    /** The kinds of scalar YAML and JSON tell apart. */
    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    record Scalar(SourcePosition position, String text, ScalarType type) implements SourceNode {
        @Override
        public String describe() {
            return type == ScalarType.NULL ? "nothing" : "\"" + text + "\"";
        }

        boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    record Sequence(SourcePosition position, List<SourceNode> items) implements SourceNode {
        public Sequence {
            items = Collections.unmodifiableList(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A key and its value, each with its position. */
    record Entry(String key, SourcePosition keyPosition, SourceNode value) {
    }

    record Mapping(SourcePosition position, Map<String, Entry> entries) implements SourceNode {
        public Mapping {
            entries = Collections.unmodifiableMap(entries); // built by the parsers, never changed afterwards
        }

        @Override
        public String describe() {
            return "a map";
        }
    }
}
