package dev.traverse.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Compares the fast parser's trees with SnakeYAML's, for the tests of {@link FastYamlTreeParser}. */
final class YamlTrees {

    private YamlTrees() {
    }

    /**
     * When the fast parser reads the text, SnakeYAML reads it without a problem into the same tree: same shapes,
     * texts, scalar types, positions and key order. Returns whether the fast parser read it.
     */
    static boolean fastAgreesWithSnakeYaml(String text) {
        Optional<SourceNode> fast = FastYamlTreeParser.parse(text);
        if (fast.isEmpty()) {
            return false;
        }
        Problems problems = new Problems("t.yaml");
        Optional<SourceNode> snake = YamlTreeParser.parseWithSnakeYaml(text, problems);
        assertThat(problems.sorted()).as("SnakeYAML's problems with a text the fast parser read").isEmpty();
        assertThat(snake).isPresent();
        assertThat(describe(fast.get())).isEqualTo(describe(snake.get()));
        assertThat(fast.get()).isEqualTo(snake.get());
        return true;
    }

    /** The tree as text, one node a line, keys in their order (record equality ignores the order of map entries). */
    static String describe(SourceNode node) {
        StringBuilder out = new StringBuilder();
        describe(node, "", out);
        return out.toString();
    }

    private static void describe(SourceNode node, String indent, StringBuilder out) {
        out.append(indent).append(node.position()).append(' ');
        if (node instanceof SourceNode.Scalar s) {
            out.append(s.type()).append(" \"").append(escape(s.text())).append("\"\n");
        } else if (node instanceof SourceNode.Sequence s) {
            out.append("sequence\n");
            s.items().forEach(item -> describe(item, indent + "  ", out));
        } else {
            out.append("mapping\n");
            for (SourceNode.Entry e : ((SourceNode.Mapping) node).entries().values()) {
                out.append(indent).append("  key ").append(e.keyPosition()).append(" \"").append(escape(e.key())).append("\"\n");
                describe(e.value(), indent + "    ", out);
            }
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == '"' || cp == '\\' || cp >= 0x7f && cp < 0xa0 || cp == 0x2028 || cp == 0x2029) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The sample topologies of the repository. */
    static List<String> sampleTopologies() {
        Path dir = Stream.of(Path.of("..", "sample-topologies"), Path.of("sample-topologies"))
                .filter(Files::isDirectory).findFirst().orElseThrow(() -> new IllegalStateException("no sample-topologies"));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> texts = files.filter(f -> f.toString().endsWith(".yaml")).sorted().map(YamlTrees::read).toList();
            assertThat(texts).hasSizeGreaterThanOrEqualTo(5);
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
