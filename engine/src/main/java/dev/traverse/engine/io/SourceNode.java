package dev.traverse.engine.io;

import java.util.List;
import java.util.Map;

/**
 * A YAML or JSON value with the place it was written: the reader binds these to model records so that every
 * problem can name its line and column. Places are kept packed in a long ({@link SourcePosition#pack}) and mappings
 * in {@link OrderedEntries}: the designer reads a large file again after each edit, and the fewer objects that read
 * holds, the less a collection meanwhile has to copy.
 */
sealed interface SourceNode permits SourceNode.Scalar, SourceNode.Sequence, SourceNode.Mapping {

    SourcePosition position();

    /** How the node reads in an error message: the scalar quoted, or "a list" / "a map". */
    String describe();

    /** The kinds of scalar YAML and JSON tell apart. */
    enum ScalarType { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    record Scalar(long at, String text, ScalarType type) implements SourceNode {
        Scalar(SourcePosition position, String text, ScalarType type) {
            this(position.packed(), text, type);
        }

        @Override
        public SourcePosition position() {
            return SourcePosition.unpack(at);
        }

        @Override
        public String describe() {
            return type == ScalarType.NULL ? "nothing" : "\"" + text + "\"";
        }

        boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    record Sequence(long at, List<SourceNode> items) implements SourceNode {
        public Sequence {
            items = List.copyOf(items);
        }

        Sequence(SourcePosition position, List<SourceNode> items) {
            this(position.packed(), items);
        }

        @Override
        public SourcePosition position() {
            return SourcePosition.unpack(at);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A key and its value, each with its position. */
    record Entry(String key, long keyAt, SourceNode value) {
        Entry(String key, SourcePosition keyPosition, SourceNode value) {
            this(key, keyPosition.packed(), value);
        }

        SourcePosition keyPosition() {
            return SourcePosition.unpack(keyAt);
        }
    }

    /** Its entries in the order they were written, unmodifiable. */
    record Mapping(long at, Map<String, Entry> entries) implements SourceNode {
        public Mapping {
            entries = OrderedEntries.copyOf(entries);
        }

        Mapping(SourcePosition position, Map<String, Entry> entries) {
            this(position.packed(), entries);
        }

        @Override
        public SourcePosition position() {
            return SourcePosition.unpack(at);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }
}
