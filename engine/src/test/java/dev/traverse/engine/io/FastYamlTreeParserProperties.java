package dev.traverse.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * The fast parser never gives a different tree than SnakeYAML: whenever it reads a text, SnakeYAML reads the same text
 * without a problem into an equal tree, positions included. And it is of use: it reads what the canonical writer
 * writes and what people typically write by hand.
 */
class FastYamlTreeParserProperties {

    private static final List<String> SAMPLES = YamlTrees.sampleTopologies();

    @Property(tries = 400)
    void readsHandWrittenVariantsAsSnakeYamlDoes(@ForAll long seed) {
        String text = YamlVariants.document(seed);

        assertThat(YamlTrees.fastAgreesWithSnakeYaml(text)).as("read by the fast parser:%n%s", text).isTrue();
    }

    @Property(tries = 30)
    void readsCanonicalFilesAsSnakeYamlDoes(@ForAll @IntRange(min = 1, max = 8) int sites,
                                            @ForAll @IntRange(max = 150) int nodes,
                                            @ForAll @IntRange(max = 60) int devices,
                                            @ForAll @IntRange(max = 150) int workloads,
                                            @ForAll long seed) {
        String text = canonical(sites, nodes, devices, workloads, seed);

        assertThat(YamlTrees.fastAgreesWithSnakeYaml(text)).as("read by the fast parser:%n%s", text).isTrue();
    }

    @Property(tries = 2500)
    void whateverItReadsSnakeYamlReadsTheSame(@ForAll("mutated") String text) {
        boolean read = YamlTrees.fastAgreesWithSnakeYaml(text);

        // Most edits make the text invalid or leave the subset; the ones that do not are those that test something.
        Statistics.label("fast parser").collect(read ? "read" : "unsupported")
                .coverage(c -> c.check("read").percentage(p -> p > 20));
    }

    @Property(tries = 3000)
    void whateverItReadsOfRandomlyIndentedLinesSnakeYamlReadsTheSame(@ForAll("indentedLines") String text) {
        boolean read = YamlTrees.fastAgreesWithSnakeYaml(text);

        Statistics.label("fast parser").collect(read ? "read" : "unsupported")
                .coverage(c -> c.check("read").percentage(p -> p > 5));
    }

    /** Lines of keys, entries and values at random indentation: most are wrong, some nest in unusual ways. */
    @Provide
    Arbitrary<String> indentedLines() {
        Arbitrary<String> line = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.of("- ", "- - ", "-   ", "a: ", "b:", "-", "\"c\": ", "d : ", "e:", "- f: ", "- g:", "'h':"),
                Arbitraries.of("", "x", "[y, z]", "{k: v}", "\"q\"", "'s'", " # c", "~", "1", "a b"))
                .as((indent, head, tail) -> " ".repeat(indent) + head + tail + "\n");
        return line.list().ofMinSize(1).ofMaxSize(10).map(lines -> String.join("", lines));
    }

    @Property(tries = 1000)
    void whateverItReadsOfRandomFragmentsSnakeYamlReadsTheSame(@ForAll("fragments") String text) {
        boolean read = YamlTrees.fastAgreesWithSnakeYaml(text);

        Statistics.label("fast parser").collect(read ? "read" : "unsupported")
                .coverage(c -> c.check("read").percentage(p -> p > 2));
    }

    @Provide
    Arbitrary<String> fragments() {
        return Arbitraries.of("a", "b", ":", ": ", "-", "- ", " ", "  ", "\n", "\n  ", "\n- ", "#", " #", "{", "}",
                "[", "]", ",", "\"", "'", "~", "null", "\\", "é", "\r\n", "---\n", "?").list().ofMaxSize(30)
                .map(parts -> "k: v\n" + String.join("", parts));
    }

    /** The samples, the writer's output and hand-written variants, each edited once to three times. */
    @Provide
    Arbitrary<String> mutated() {
        Arbitrary<String> base = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(SAMPLES)),
                Tuple.of(3, Combinators.combine(Arbitraries.integers().between(1, 4),
                        Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 20),
                        Arbitraries.integers().between(0, 40), Arbitraries.longs())
                        .as(FastYamlTreeParserProperties::canonical)),
                Tuple.of(4, Arbitraries.longs().map(YamlVariants::document)));
        Arbitrary<Integer> edits = Arbitraries.frequency(Tuple.of(6, 1), Tuple.of(3, 2), Tuple.of(1, 3));
        return Combinators.combine(base, Arbitraries.longs(), edits)
                .as((text, seed, count) -> YamlMutations.mutate(text, new Random(seed), count));
    }

    static String canonical(int sites, int nodes, int devices, int workloads, long seed) {
        return TopologyWriter.toYaml(TopologyDocument.of(
                TopologyGenerator.generate(new GeneratorSpec(sites, nodes, devices, workloads, seed))));
    }
}
