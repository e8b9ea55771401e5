package dev.traverse.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the text, the reader returns either a model or a list of positioned problems, never another exception;
 * and whatever it accepts, the writer writes back in a form that reads as the same model.
 */
class ReaderRobustnessProperties {

    private static final String BASE = TopologyReaderTest.VALID;
    private static final List<String> FRAGMENTS = List.of(":", ": ", "-", "- ", "{", "}", "[", "]", ",", "\n", "  ",
            "#", "\"", "'", "&a", "*a", "!!int ", "~", "null", "true", "0", "-1", "1e999", "500m", "Gi", "name",
            "kind: ", "replicas: ", "\t", "é", "\u0000", "---\n", "...", "? ", "|\n", ">", "%");

    @Property(tries = 400)
    void yamlMutationsGiveAModelOrPositionedProblems(@ForAll("mutatedYaml") String text) {
        checkReaderContract(text, FileFormat.YAML);
    }

    @Property(tries = 200)
    void jsonMutationsGiveAModelOrPositionedProblems(@ForAll("mutatedJson") String text) {
        checkReaderContract(text, FileFormat.JSON);
    }

    @Property(tries = 200)
    void randomTextGivesAModelOrPositionedProblems(@ForAll("randomText") String text) {
        checkReaderContract(text, FileFormat.YAML);
    }

    private static void checkReaderContract(String text, FileFormat format) {
        ReadResult result = TopologyReader.read("m", text, format);

        long lines = text.chars().filter(c -> c == '\n').count() + 1;
        assertThat(result.document().isPresent()).isEqualTo(!result.hasErrors());
        for (Problem p : result.problems()) {
            assertThat(p.position().line()).isBetween(1, (int) lines + 1);
            assertThat(p.position().column()).isPositive();
            assertThat(p.message()).isNotBlank();
        }
        result.document().ifPresent(doc -> {
            String written = TopologyWriter.write(doc, format);
            ReadResult again = TopologyReader.read("m", written, format);
            assertThat(again.errors()).isEmpty();
            assertThat(again.document().orElseThrow().topology()).isEqualTo(doc.topology());
            assertThat(TopologyWriter.write(again.document().orElseThrow(), format)).isEqualTo(written);
        });
    }

    @Provide
    Arbitrary<String> mutatedYaml() {
        return mutationsOf(BASE);
    }

    @Provide
    Arbitrary<String> mutatedJson() {
        String json = TopologyWriter.toJson(TopologyReader.read("t", BASE, FileFormat.YAML).document().orElseThrow());
        return mutationsOf(json);
    }

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    private static Arbitrary<String> mutationsOf(String base) {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, base.length());
        Arbitrary<String> deletion = Combinators.combine(position, Arbitraries.integers().between(1, 40))
                .as((at, length) -> base.substring(0, at) + base.substring(Math.min(base.length(), at + length)));
        Arbitrary<String> insertion = Combinators.combine(position, Arbitraries.of(FRAGMENTS))
                .as((at, fragment) -> base.substring(0, at) + fragment + base.substring(at));
        Arbitrary<String> lineSwap = Combinators.combine(Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 60)).as((a, b) -> swapLines(base, a, b));
        Arbitrary<String> wordSwap = Combinators.combine(position, Arbitraries.of(FRAGMENTS))
                .as((at, word) -> replaceWordAt(base, at, word));
        Arbitrary<String> single = Arbitraries.oneOf(deletion, insertion, lineSwap, wordSwap);
        // Several mutations at once find interactions that one alone does not.
        return Arbitraries.oneOf(single, single.flatMap(once -> mutationsOfOnce(once)));
    }

    private static Arbitrary<String> mutationsOfOnce(String text) {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, text.length());
        return Combinators.combine(position, Arbitraries.of(FRAGMENTS))
                .as((at, fragment) -> text.substring(0, at) + fragment + text.substring(at));
    }

    private static String swapLines(String text, int a, int b) {
        String[] lines = text.split("\n", -1);
        int i = a % lines.length;
        int j = b % lines.length;
        String t = lines[i];
        lines[i] = lines[j];
        lines[j] = t;
        return String.join("\n", lines);
    }

    private static String replaceWordAt(String text, int at, String word) {
        int start = at;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(0, start) + word + text.substring(end);
    }
}
