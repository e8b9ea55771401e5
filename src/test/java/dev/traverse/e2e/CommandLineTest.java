package dev.traverse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.cli.TraverseCli;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.io.TopologyWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user or a CI pipeline runs it: exit codes, what goes to standard output and error. */
class CommandLineTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run traverse(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TraverseCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> samples() throws IOException {
        List<String> files = new ArrayList<>();
        try (var list = Files.list(ProjectFiles.root().resolve("sample-topologies"))) {
            list.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> files.add(p.toString()));
        }
        return files;
    }

    @Test
    void validateAcceptsEverySample() throws IOException {
        List<String> args = new ArrayList<>(List.of("validate"));
        args.addAll(samples());

        Run run = traverse(args.toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSize(samples().size()).allMatch(l -> l.contains(": valid ("));
    }

    @Test
    void validateReportsEveryProblemWithItsPlaceAndExits2(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, """
                apiVersion: traverse.dev/v1alpha1
                kind: Topology
                metadata:
                  name: broken
                spec:
                  sites:
                    - name: weu
                      kind: cloud-region
                      provider: azure
                      clusters:
                        - name: aks
                          nodes:
                            - name: general
                              capacity: {cpu: 8, memory: lots}
                  links:
                    - between: [weu, nowhere]
                      latencyMs: 5
                  workloads:
                    - name: web
                      kind: service
                      image: example.com/web:1
                      replica: 2
                """);

        Run run = traverse("validate", broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly(
                broken + ":14:42: spec.sites[0].clusters[0].nodes[0].capacity.memory: expected a quantity like 512Mi,"
                        + " got \"lots\"",
                broken + ":16:22: spec.links[0].between[1]: no site named nowhere",
                "    " + broken + ":7:13: the sites are defined from here (weu)",
                broken + ":22:7: spec.workloads[0].replica: unknown field replica (did you mean replicas?)",
                broken + ": 3 errors");
    }

    @Test
    void invalidYamlIsAPositionedProblemNotAStackTrace(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "apiVersion: traverse.dev/v1alpha1\nkind: [Topology\nmetadata: {}\n");

        Run run = traverse("validate", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith(bad + ":3:").contains("invalid YAML").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void wrongFlagIsAOneLineErrorWithUsage() {
        Run run = traverse("validate", "--strcit", "x.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElseThrow()).contains("--strcit");
    }

    @Test
    void fmtCheckPassesOnTheSamplesAndCatchesAFileThatIsNotCanonical(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(List.of("fmt", "--check"));
        args.addAll(samples());
        assertThat(traverse(args.toArray(String[]::new)).exitCode()).isZero();

        Path messy = dir.resolve("messy.yaml");
        Files.writeString(messy, Files.readString(Path.of(samples().get(0)))
                .replace("apiVersion: traverse.dev/v1alpha1\nkind: Topology\n", "kind: Topology\napiVersion: traverse.dev/v1alpha1\n"));
        Run check = traverse("fmt", "--check", messy.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("messy.yaml: not in canonical form");

        Run fmt = traverse("fmt", messy.toString());
        assertThat(fmt.exitCode()).isZero();
        assertThat(Files.readString(messy)).isEqualTo(Files.readString(Path.of(samples().get(0))));
        assertThat(traverse("fmt", "--check", messy.toString()).exitCode()).isZero();
    }

    @Test
    void fmtLeavesAFileWithCommentsBelowTheHeaderAloneUnlessForced(@TempDir Path dir) throws IOException {
        Path commented = dir.resolve("commented.yaml");
        String original = Files.readString(Path.of(samples().get(0)))
                .replaceFirst("\nspec:\n", "\nspec:   # the sites come first\n")
                .replaceFirst("apiVersion: traverse.dev/v1alpha1\nkind: Topology\n", "kind: Topology\napiVersion: traverse.dev/v1alpha1\n");
        Files.writeString(commented, original);

        Run refused = traverse("fmt", commented.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("left alone: reformatting would drop 1 comment below the header");
        assertThat(Files.readString(commented)).isEqualTo(original);
        assertThat(traverse("fmt", "--force", commented.toString()).exitCode()).isZero();
        assertThat(Files.readString(commented)).doesNotContain("# the sites come first");
    }

    @Test
    void generatedTopologiesAreValidAndRoundTripByteForByte(@TempDir Path dir) throws IOException {
        Path generated = dir.resolve("generated.yaml");

        Run gen = traverse("generate", "--sites", "12", "--nodes", "400", "--devices", "300", "--workloads", "500",
                "--seed", "7", "-o", generated.toString());

        assertThat(gen.exitCode()).isZero();
        assertThat(gen.err()).contains("400 nodes", "300 devices", "500 workloads");
        assertThat(traverse("validate", "--strict", generated.toString()).exitCode()).isZero();
        String text = Files.readString(generated);
        assertThat(TopologyWriter.toYaml(TopologyReader.read(generated).document().orElseThrow())).isEqualTo(text);
        Path again = dir.resolve("again.yaml");
        traverse("generate", "--sites", "12", "--nodes", "400", "--devices", "300", "--workloads", "500", "--seed", "7",
                "-o", again.toString());
        assertThat(Files.readString(again)).isEqualTo(text);
    }

    @Test
    void generateWithAConstraintMixWritesOnlyThoseConstraints(@TempDir Path dir) throws IOException {
        Path generated = dir.resolve("spread.yaml");

        Run gen = traverse("generate", "--sites", "4", "--nodes", "60", "--devices", "0", "--workloads", "40",
                "--constraints", "spread", "-o", generated.toString());
        Run wrong = traverse("generate", "--constraints", "spready");

        assertThat(gen.exitCode()).isZero();
        assertThat(traverse("validate", "--strict", generated.toString()).exitCode()).isZero();
        String text = Files.readString(generated);
        assertThat(text).contains("maxSkew: 1", "--seed 1 --constraints spread).").doesNotContain("antiAffinity:",
                "latency: {");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).isEqualTo("traverse generate: --constraints must be one of all, plain, spread,"
                + " anti-affinity, got 'spready'" + System.lineSeparator());
    }

    @Test
    void explainShowsTheChosenHostTheCandidatesAndTheRefusals() throws IOException {
        String sample = ProjectFiles.root().resolve("sample-topologies/telco-mec.yaml").toString();

        Run run = traverse("explain", sample, "amf/1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("amf/1 -> core-fra-ocp/").contains("could take it, best first",
                "refused it, by reason", "NodeAffinity: node(s) didn't match affinity to clusters core-fra-ocp");
        Run missing = traverse("explain", sample, "amf/9");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("traverse explain: amf has replicas 0 to 2, not 9" + System.lineSeparator());
    }

    @Test
    void placeWithFailShowsWhatAFailureWouldMove() throws IOException {
        String sample = ProjectFiles.root().resolve("sample-topologies/retail-chain.yaml").toString();

        Run run = traverse("place", sample, "--fail", "site/azure-westeurope");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("what if site/azure-westeurope fails: ").contains("objectives: cost",
                "moved:", "aks-weu/");
        assertThat(run.out().lines().filter(l -> l.contains(" -> ") && l.startsWith("  ")))
                .allMatch(l -> !l.substring(l.indexOf(" -> ")).contains("aks-weu/"));
        Run nothing = traverse("place", sample, "--fail", "site/mars");
        assertThat(nothing.exitCode()).isEqualTo(2);
        assertThat(nothing.err()).contains("nothing to fail: the topology has no site named mars");
    }

    @Test
    void showSummarisesATopology() throws IOException {
        Run run = traverse("show", ProjectFiles.root().resolve("sample-topologies/retail-chain.yaml").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("retail-chain: ").contains("sites          44", "devices", "capacity   cpu");
    }
}
