package dev.traverse.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FastYamlTreeParserTest {

    @Test
    void readsEverySampleTopologyAsSnakeYamlDoes() {
        for (String sample : YamlTrees.sampleTopologies()) {
            assertThat(YamlTrees.fastAgreesWithSnakeYaml(sample)).isTrue();
        }
    }

    @Test
    void readsWhatTheWriterWritesAsSnakeYamlDoes() {
        assertThat(YamlTrees.fastAgreesWithSnakeYaml(TopologyReaderTest.VALID)).isTrue();
        assertThat(YamlTrees.fastAgreesWithSnakeYaml(FastYamlTreeParserProperties.canonical(1, 0, 0, 0, 1))).isTrue();
        assertThat(YamlTrees.fastAgreesWithSnakeYaml(FastYamlTreeParserProperties.canonical(12, 600, 200, 800, 42)))
                .isTrue();
    }

    static Stream<String> handWritten() {
        return Stream.of(
                "key:\n- a\n- b\nother: c\n",
                "key:\n-\n- b\nother:\n",
                "# header\n\n# more\napiVersion: v1 # trailing\n  # indented comment\nkind:   Topology\n",
                "a:   b\nc:      d\n",
                "list:\n  - {a: 1}\n  - [x, {y: z}]\n  - {}\n  - []\n  - { }\n",
                "app.kubernetes.io/part-of: x\nnode.kubernetes.io/instance-type: y\n",
                "image: registry.example.com/app:1.2\nflow: {image: registry.example.com/app:1.2, url: http://x/y}\n",
                "a: \"y\"\nb: 'it''s'\nc: \"tab\\tquote\\\"back\\\\ \\x41 \\u00e9\"\n\"quoted key\": 1\n'single': 2\n",
                "a: ~\nb: null\nc: Null\nd: NULL\ne: nULL\nf: \"null\"\ng:\n",
                "- a: 1\n  b: 2\n- - x\n  - y\n-   c: 3\n    d: 4\n-\n  e: 5\n- # comment\n  - f\n",
                "a:\n    deep:\n        deeper: x\n    back: y\nz: w",
                "a: b\r\nc:\r\n- d\r\n- {e: f}\r\n",
                "---\na: b\n",
                "--- # the document\na: b\n",
                "  indented: root\n  second: line\n",
                "😀: x\ny: {c: 😀, d: e}\nz: [é, ü]\n",
                "a : b\n\"c\"  : d\ne: {f : g, \"h\":i}\n",
                "a: x y  z   # c\nb: x#y\nc: -1\nd: [-1, -2.5]\ne: a,b\nf: a[1]{2}\n");
    }

    @ParameterizedTest
    @MethodSource("handWritten")
    void readsHandWrittenYamlAsSnakeYamlDoes(String text) {
        assertThat(YamlTrees.fastAgreesWithSnakeYaml(text)).isTrue();
    }

    @Test
    void positionsAreSnakeYamlStartMarks() {
        SourceNode.Mapping root = (SourceNode.Mapping) FastYamlTreeParser.parse(
                "a:\n- x\n-\nb:\nc: {d: [e]}\nf:\n  - g: h\n").orElseThrow();

        assertThat(root.position()).isEqualTo(new SourcePosition(1, 1)); // a block mapping: its first key
        SourceNode.Sequence a = (SourceNode.Sequence) root.entries().get("a").value();
        assertThat(a.position()).isEqualTo(new SourcePosition(2, 1)); // an (indentless) block sequence: its first '-'
        assertThat(a.items().get(1).position()).isEqualTo(new SourcePosition(3, 2)); // an empty item: after its '-'
        assertThat(root.entries().get("b").value().position()).isEqualTo(new SourcePosition(4, 3)); // after ':'
        SourceNode.Mapping c = (SourceNode.Mapping) root.entries().get("c").value();
        assertThat(c.position()).isEqualTo(new SourcePosition(5, 4)); // a flow mapping: its '{'
        assertThat(c.entries().get("d").value().position()).isEqualTo(new SourcePosition(5, 8)); // '['
        SourceNode.Sequence f = (SourceNode.Sequence) root.entries().get("f").value();
        assertThat(f.items().get(0).position()).isEqualTo(new SourcePosition(7, 5)); // compact mapping: its key
    }

    static Stream<String> unsupported() {
        return Stream.of(
                "a:\tb\n", "a:\n\tb: c\n", "a: \"x\ty\"\n",
                "a: &x b\nc: d\n", "a: &x {b: c}\n", "a: *x\n", "- *x\n",
                "a: !!str 1\n", "a: !t b\n", "!t\na: b\n",
                "a: |\n  x\n", "a: >\n  x\n", "a: |-\n  x\n", "- >\n  x\n",
                "a: b\n  c\n", "- a\n  - b\n", "a: b\n\n  c\n",
                "a: \"b\n  c\"\n", "a: 'b\n  c'\n", "a: \"b\\\n  c\"\n",
                "a: b\n---\nc: d\n", "a: b\n...\n", "--- a: b\n", "---\n---\na: b\n", "a: b\n--- \n",
                "? a\n: b\n", "a: {? b: c}\n", "? [a]\n: b\n",
                "%YAML 1.1\n---\na: b\n",
                "a: [b,\n  c]\n", "a: {b: c,\n  d: e}\n", "a: [b, # c\n  d]\n",
                "a: 1\na: 2\n", "a: {b: 1, b: 2}\n", "a: 1\n\"a\": 2\n", "- a: 1\n  a: 2\n",
                "\ufeffa: b\n",
                "", "# only a comment\n", "hello\n", "[a, b]\n", "{a: b}\n", "\"quoted\"\n",
                "~: a\n", "null: a\n", "x" + "y".repeat(1100) + ": v\n",
                "a: " + "[".repeat(150) + "]".repeat(150) + "\n",
                "a: b\rc: d\n", "a: b\u0085c: d\n", "a: b\u2028\n", "a: \u0001\n", "a: \ud800\n",
                "a: \"\\/\"\n", "a: \"\\x4g\"\n", "a: [b, ]\n", "a: [b,,c]\n", "a: [b: c]\n", "a: {b: }\n", "a: {b}\n",
                "a:b\n", "a: b: c\n", "a: - b\n", "a: -\n", "a:\n  b\n", "a:\n  b: 1\n c: 2\n", "a: 1\n- b\n",
                "a: \"b\"#c\n", "a: \"b\n", "a: 'b\n", "a: [b] c\n", "a: ]\n", "a: @b\n", "a: `b\n", "a: %b\n",
                "- a\nb: c\n", "a:\n  - b\n c: d\n", "a: b\n  d: e\n");
    }

    @ParameterizedTest
    @MethodSource("unsupported")
    void answersUnsupportedOutsideTheSubset(String text) {
        assertThat(FastYamlTreeParser.parse(text)).isEmpty();
    }

    @Test
    void snakeYamlReadsWhatTheFastParserDoesNot() {
        Problems problems = new Problems("t.yaml");
        Optional<SourceNode> tree = YamlTreeParser.parse("a: &x b\nc: *x\n", problems);

        SourceNode.Mapping root = (SourceNode.Mapping) tree.orElseThrow();
        assertThat(((SourceNode.Scalar) root.entries().get("c").value()).text()).isEqualTo("b");
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void snakeYamlReportsTheProblems() {
        Problems problems = new Problems("t.yaml");
        YamlTreeParser.parse("a: 1\nb: 2\na: 3\n", problems);

        List<Problem> found = problems.sorted();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).message()).startsWith("duplicate key a");
        assertThat(found.get(0).position()).isEqualTo(new SourcePosition(3, 1));
    }
}
