package dev.traverse.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyWriterTest {

    private static TopologyDocument read(String name, String text, FileFormat format) {
        ReadResult result = TopologyReader.read(name, text, format);
        assertThat(result.problems()).isEmpty();
        return result.document().orElseThrow();
    }

    @Test
    void anEmptyTopologyWritesAnEmptySpecThatReadsBack() {
        Topology empty = new Topology(new dev.traverse.engine.model.Metadata("empty", null, java.util.Map.of()),
                dev.traverse.engine.model.Objectives.DEFAULT, java.util.List.of(), java.util.List.of(),
                java.util.List.of(), dev.traverse.engine.model.Layout.EMPTY);

        String yaml = TopologyWriter.toYaml(TopologyDocument.of(empty));

        assertThat(yaml).endsWith("metadata:\n  name: empty\nspec: {}\n");
        ReadResult read = TopologyReader.read("empty.yaml", yaml, FileFormat.YAML);
        assertThat(read.problems()).isEmpty();
        assertThat(read.document()).hasValueSatisfying(d -> assertThat(d.topology()).isEqualTo(empty));
    }

    @Test
    void canonicalYamlReadsAndWritesBackByteForByte() {
        String canonical = TopologyWriter.toYaml(read("t.yaml", TopologyReaderTest.VALID, FileFormat.YAML));

        String again = TopologyWriter.toYaml(read("t.yaml", canonical, FileFormat.YAML));

        assertThat(again).isEqualTo(canonical);
    }

    @Test
    void writesSmallValueMapsInFlowStyleAndElementsInBlockStyle() {
        String yaml = TopologyWriter.toYaml(read("t.yaml", TopologyReaderTest.VALID, FileFormat.YAML));

        assertThat(yaml).contains(
                "          nodes:\n"
                + "            - name: general\n"
                + "              count: 3\n"
                + "              capacity: {cpu: 8, memory: 32Gi}\n");
        assertThat(yaml).contains(
                "  links:\n"
                + "    - between: [weu, store-1]\n"
                + "      latencyMs: 24\n");
    }

    @Test
    void keepsTheHeaderCommentAndDropsDefaults() {
        String text = "# Retail demo.\n#\n# Two sites.\n\n" + TopologyReaderTest.VALID
                .replace("      distribution: aks\n", "      distribution: kubernetes\n")
                .replace("      replicas: 2\n", "      replicas: 1\n");

        String yaml = TopologyWriter.toYaml(read("t.yaml", text, FileFormat.YAML));

        assertThat(yaml).startsWith("# Retail demo.\n#\n# Two sites.\napiVersion: traverse.dev/v1alpha1\n");
        assertThat(yaml).doesNotContain("distribution: kubernetes").doesNotContain("replicas:");
    }

    @Test
    void jsonAndYamlDescribeTheSameTopology() {
        TopologyDocument fromYaml = read("t.yaml", TopologyReaderTest.VALID, FileFormat.YAML);
        String json = TopologyWriter.toJson(fromYaml);

        TopologyDocument fromJson = read("t.json", json, FileFormat.JSON);

        assertThat(fromJson.topology()).isEqualTo(fromYaml.topology());
        assertThat(TopologyWriter.toJson(fromJson)).isEqualTo(json);
        assertThat(json).contains("\"capacity\": {\n");
    }

    @Test
    void quotesStringsThatAnotherYamlReaderWouldTakeForSomethingElse() {
        String text = TopologyReaderTest.VALID
                .replace("name: mini\n", "name: mini\n  description: \"yes: it is, #1\"\n  labels: {env: \"true\", tier: \"3.2\"}\n")
                .replace("jurisdiction: NL", "jurisdiction: \"NO\"");
        TopologyDocument doc = read("t.yaml", text, FileFormat.YAML);

        String yaml = TopologyWriter.toYaml(doc);

        assertThat(yaml).contains("description: \"yes: it is, #1\"", "labels: {env: \"true\", tier: \"3.2\"}",
                "jurisdiction: \"NO\"");
        Topology back = read("t.yaml", yaml, FileFormat.YAML).topology();
        assertThat(back).isEqualTo(doc.topology());
        assertThat(back.sites().get(0).jurisdiction()).isEqualTo("NO");
    }

    @Test
    void saveReplacesTheFileAtomicallyAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("topology.yaml");
        Files.writeString(file, "old content");
        TopologyDocument doc = read("t.yaml", TopologyReaderTest.VALID, FileFormat.YAML);

        TopologyWriter.save(file, doc);

        assertThat(Files.readString(file)).isEqualTo(TopologyWriter.toYaml(doc));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void saveKeepsTheReplacedFilesPermissionsAndGivesNewFilesTheUsualOnes(@TempDir Path dir) throws Exception {
        TopologyDocument doc = read("t.yaml", TopologyReaderTest.VALID, FileFormat.YAML);
        Path existing = dir.resolve("shared.yaml");
        Files.writeString(existing, "old");
        Files.setPosixFilePermissions(existing, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        Path fresh = dir.resolve("new.yaml");

        TopologyWriter.save(existing, doc);
        TopologyWriter.save(fresh, doc);

        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)))
                .isEqualTo("rw-rw-r--");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)))
                .isEqualTo("rw-r--r--");
    }

    @Test
    void saveWritesJsonForJsonFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("topology.json");
        TopologyDocument doc = read("t.yaml", TopologyReaderTest.VALID, FileFormat.YAML);

        TopologyWriter.save(file, doc);

        assertThat(Files.readString(file)).startsWith("{\n  \"apiVersion\": \"traverse.dev/v1alpha1\",");
        assertThat(TopologyReader.read(file).document().orElseThrow().topology()).isEqualTo(doc.topology());
    }
}
