package dev.traverse.engine.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes an {@link OutputTree} as pretty-printed JSON with two-space indentation and "\n" line ends. */
final class JsonEmitter {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonEmitter() {
    }

    static String emit(OutputTree.Mapping root) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(JsonStyle.prettyPrinter());
            value(g, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value instanceof OutputTree.Mapping m) {
            g.writeStartObject();
            for (int i = 0; i < m.size(); i++) {
                g.writeFieldName(m.key(i));
                value(g, m.value(i));
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof OutputTree.Number n) {
            g.writeNumber(n.text());
        } else if (value instanceof OutputTree.Whole w) {
            g.writeNumber(w.value());
        } else if (value instanceof OutputTree.Amount a) {
            g.writeString(a.quantity().text());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            throw new IllegalArgumentException("cannot write " + value);
        }
    }
}
