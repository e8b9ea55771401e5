package dev.traverse.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Topology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologyReaderTest {

    /** A small valid topology; tests break one line of it at a time. */
    static final String VALID = """
            apiVersion: traverse.dev/v1alpha1
            kind: Topology
            metadata:
              name: mini
            spec:
              sites:
                - name: weu
                  kind: cloud-region
                  provider: azure
                  jurisdiction: NL
                  clusters:
                    - name: aks-weu
                      distribution: aks
                      nodes:
                        - name: general
                          count: 3
                          capacity: {cpu: 8, memory: 32Gi}
                - name: store-1
                  kind: store
                  provider: on-prem
                  clusters:
                    - name: store-1-k3s
                      distribution: k3s
                      nodes:
                        - name: gw
                          arch: arm64
                          capacity: {cpu: 4, memory: 8Gi}
                  devices:
                    - name: cam
                      count: 2
                      kind: camera
                      arch: arm64
                      gateway: gw
                      fleet: cams
              links:
                - between: [weu, store-1]
                  latencyMs: 24
              workloads:
                - name: web
                  kind: service
                  image: example.com/web:1
                  replicas: 2
                  resources: {cpu: 500m, memory: 1Gi}
                  affinity: [{sites: [weu]}]
                - name: cam-fw
                  kind: firmware
                  artifact: cam-fw-2.bin
                  target: {fleet: cams}
            """;

    private static ReadResult read(String yaml) {
        return TopologyReader.read("t.yaml", yaml, FileFormat.YAML);
    }

    /** "t.yaml:LINE:COLUMN" of the first occurrence of {@code text} (after {@code after}, if given). */
    static String at(String yaml, String text) {
        int index = yaml.indexOf(text);
        if (index < 0) {
            throw new IllegalArgumentException("not in the document: " + text);
        }
        int line = 1 + (int) yaml.substring(0, index).chars().filter(c -> c == '\n').count();
        int column = index - yaml.lastIndexOf('\n', index - 1);
        return "t.yaml:" + line + ":" + column;
    }

    static SourcePosition position(String yaml, String text) {
        String[] parts = at(yaml, text).split(":");
        return new SourcePosition(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    private static List<String> errors(String yaml) {
        return read(yaml).errors().stream().map(Problem::format).toList();
    }

    @Test
    void readsAValidTopology() {
        ReadResult result = read(VALID);

        assertThat(result.problems()).isEmpty();
        Topology t = result.document().orElseThrow().topology();
        assertThat(t.name()).isEqualTo("mini");
        Node general = t.sites().get(0).clusters().get(0).nodes().get(0);
        assertThat(general.memberNames()).containsExactly("general-1", "general-2", "general-3");
        assertThat(general.capacity().milli(Resources.CPU)).isEqualTo(8000);
        assertThat(general.capacity().whole(Resources.MEMORY)).isEqualTo(32L << 30);
        assertThat(t.sites().get(1).clusters().get(0).nodes().get(0).arch()).isEqualTo(Arch.ARM64);
        assertThat(t.workloads()).extracting(w -> w.name()).containsExactly("web", "cam-fw");
    }

    @Test
    void badQuantityIsReportedAtItsValueWithTheFieldPath() {
        String yaml = VALID.replace("capacity: {cpu: 8, memory: 32Gi}", "capacity: {cpu: 8, memory: lots}");

        assertThat(errors(yaml)).containsExactly(
                at(yaml, "lots") + ": spec.sites[0].clusters[0].nodes[0].capacity.memory: expected a quantity like 512Mi,"
                        + " got \"lots\"");
    }

    @Test
    void unknownFieldSuggestsTheKnownOne() {
        String yaml = VALID.replace("      replicas: 2", "      replica: 2");

        assertThat(errors(yaml)).singleElement().asString()
                .isEqualTo(at(yaml, "replica:") + ": spec.workloads[0].replica: unknown field replica (did you mean replicas?)");
    }

    @Test
    void wrongEnumValueListsTheChoicesAndSuggests() {
        String yaml = VALID.replaceFirst("arch: arm64", "arch: amr64");

        assertThat(errors(yaml)).singleElement().asString()
                .contains(at(yaml, "amr64") + ": spec.sites[1].clusters[0].nodes[0].arch: expected one of amd64, arm64")
                .endsWith("got \"amr64\" (did you mean arm64?)");
    }

    @Test
    void danglingReferenceNamesBothPlaces() {
        String yaml = VALID.replace("between: [weu, store-1]", "between: [weu, store-2]");

        ReadResult result = read(yaml);

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.format()).startsWith(at(yaml, "store-2") + ": spec.links[0].between[1]: no site named store-2"
                    + " (did you mean store-1?)");
            assertThat(p.related()).singleElement().satisfies(r -> {
                assertThat(r.position()).isEqualTo(position(yaml, "store-1\n"));
                assertThat(r.note()).isEqualTo("store-1 is defined here");
            });
        });
    }

    @Test
    void missingGatewayIsReportedWithTheSiteItWasLookedFor() {
        String yaml = VALID.replace("gateway: gw", "gateway: gw2");

        ReadResult result = read(yaml);

        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.format()).startsWith(at(yaml, "gw2") + ": spec.sites[1].devices[0].gateway: no gateway (node or"
                    + " gateway device) named gw2 in site store-1 (did you mean gw?); it has gw");
            assertThat(p.related()).extracting(Problem.Related::position).containsExactly(position(yaml, "store-1\n"));
        });
    }

    @Test
    void gatewayNamesThatTwoClustersShareMustSayWhichCluster() {
        String twoClusters = VALID.replace("      devices:\n", ""
                + "        - name: store-1-edge\n"
                + "          nodes:\n"
                + "            - name: gw\n"
                + "              capacity: {cpu: 2}\n"
                + "      devices:\n");

        assertThat(errors(twoClusters)).singleElement().asString().startsWith(at(twoClusters, "gw\n          fleet")
                + ": spec.sites[1].devices[0].gateway: gateway gw is ambiguous at site store-1: it could be"
                + " store-1-edge/gw or store-1-k3s/gw; name the node as cluster/node");
        assertThat(read(twoClusters.replace("gateway: gw", "gateway: store-1-edge/gw")).problems()).isEmpty();
        assertThat(errors(twoClusters.replace("gateway: gw", "gateway: aks-weu/general-1"))).singleElement().asString()
                .contains("no cluster named aks-weu at site store-1; a device's gateway is at its own site, which has"
                        + " store-1-edge, store-1-k3s");
    }

    @Test
    void referencesToWorkloadsFleetsAndNodesAreChecked() {
        String yaml = VALID
                .replace("affinity: [{sites: [weu]}]", "affinity: [{workload: api}, {nodes: [aks-weu/general-4]}]")
                .replace("target: {fleet: cams}", "target: {fleet: camz}");

        assertThat(errors(yaml)).satisfiesExactly(
                e -> assertThat(e).contains("spec.workloads[0].affinity[0].workload: no workload named api"),
                e -> assertThat(e).contains("spec.workloads[0].affinity[1].nodes: no node named general-4 in cluster"
                        + " aks-weu (did you mean general-1?); it has general-1, general-2, general-3, general"),
                e -> assertThat(e).contains("spec.workloads[1].target.fleet: no fleet named camz (did you mean cams?)"));
    }

    @Test
    void reportsEveryProblemInOnePassInFileOrder() {
        String yaml = VALID
                .replace("jurisdiction: NL", "jurisdiction: Netherlands")
                .replace("count: 3", "count: three")
                .replace("kind: camera", "kind: webcam")
                .replace("latencyMs: 24", "latencyMs: -24")
                .replace("image: example.com/web:1", "image: example.com/web:1\n      imagePullPolicy: Always");

        List<String> errors = errors(yaml);

        assertThat(errors).hasSize(5);
        assertThat(errors.get(0)).startsWith(at(yaml, "Netherlands") + ": spec.sites[0].jurisdiction: expected an ISO 3166");
        assertThat(errors.get(1)).startsWith(at(yaml, "three") + ": spec.sites[0].clusters[0].nodes[0].count: expected a"
                + " whole number, got \"three\"");
        assertThat(errors.get(2)).startsWith(at(yaml, "webcam") + ": spec.sites[1].devices[0].kind: expected one of");
        assertThat(errors.get(3)).startsWith(at(yaml, "-24") + ": spec.links[0].latencyMs: expected a number of at least 0");
        assertThat(errors.get(4)).startsWith(at(yaml, "imagePullPolicy") + ": spec.workloads[0].imagePullPolicy: unknown");
    }

    @Test
    void duplicateNamesPointAtTheFirstDefinition() {
        String yaml = VALID.replace("- name: store-1\n", "- name: weu\n");

        ReadResult result = read(yaml);

        assertThat(result.errors()).first().satisfies(p -> {
            assertThat(p.format()).startsWith(at(yaml, "weu\n  ").replace(":7:", ":18:")
                    + ": spec.sites[1]: duplicate name weu: a site already has it");
            assertThat(p.related()).extracting(Problem.Related::position).containsExactly(position(yaml, "weu\n"));
        });
    }

    @Test
    void siteAndClusterNamesShareOneNamespace() {
        String yaml = VALID.replace("- name: store-1-k3s", "- name: weu");

        assertThat(errors(yaml)).first().asString()
                .contains("duplicate name weu: a site already has it (sites and clusters share one set of names)");
    }

    @Test
    void duplicateKeysAreErrors() {
        String yaml = VALID.replace("  name: mini\n", "  name: mini\n  name: maxi\n");

        assertThat(errors(yaml)).singleElement().asString()
                .startsWith("t.yaml:5:3: duplicate key name: the second value would silently win")
                .contains("t.yaml:4:3: first name is here");
    }

    @Test
    void invalidYamlIsPositioned() {
        String yaml = VALID.replace("capacity: {cpu: 8, memory: 32Gi}", "capacity: {cpu: 8, memory: 32Gi");

        assertThat(errors(yaml)).singleElement().asString().startsWith("t.yaml:18:").contains("invalid YAML");
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        String yaml = VALID.replace("      kind: cloud-region\n", "");

        assertThat(errors(yaml)).singleElement().asString()
                .isEqualTo(at(yaml, "name: weu") + ": spec.sites[0]: missing field kind: expected one of cloud-region, on-prem-dc,"
                        + " edge-pop, store, factory, vehicle, home, office, other");
    }

    @Test
    void wrongShapeIsReportedNotThrown() {
        assertThat(errors(VALID.replace("  sites:\n", "  sites: 3\n  oldSites:\n")))
                .anySatisfy(e -> assertThat(e).contains("spec.sites: expected a list of sites, got \"3\""));
        assertThat(errors("- just\n- a list\n")).singleElement().asString()
                .isEqualTo("t.yaml:1:1: expected a Topology document (a map of fields), got a list");
        assertThat(errors("")).singleElement().asString().contains("the file is empty");
    }

    @Test
    void absurdNestingIsAProblemNotAStackOverflow() {
        String deep = "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
        String deepBlock = "a: " + "{b: ".repeat(3000) + "c" + "}".repeat(3000) + "\n";

        assertThat(errors(deep)).singleElement().asString().contains("nested deeper than 500 levels");
        assertThat(errors(deepBlock)).singleElement().asString().contains("nested deeper than 500 levels");
    }

    @Test
    void unsupportedApiVersionIsRefused() {
        assertThat(errors(VALID.replace("traverse.dev/v1alpha1", "traverse.dev/v9"))).singleElement().asString()
                .isEqualTo("t.yaml:1:13: apiVersion: unsupported apiVersion \"traverse.dev/v9\": this Traverse reads"
                        + " traverse.dev/v1alpha1");
    }

    @Test
    void recordRulesAreReportedAtTheirElement() {
        String yaml = VALID.replace("      artifact: cam-fw-2.bin\n", "");

        assertThat(errors(yaml)).singleElement().asString()
                .isEqualTo(at(yaml, "name: cam-fw") + ": spec.workloads[1]: a firmware workload needs an artifact");
    }

    @Test
    void jsonErrorsArePositionedToo() {
        String json = "{\n  \"apiVersion\": \"traverse.dev/v1alpha1\",\n  \"kind\": \"Topology\",\n"
                + "  \"metadata\": {\"name\": \"Bad Name\"},\n  \"spec\": {}\n}\n";

        ReadResult result = TopologyReader.read("t.json", json, FileFormat.JSON);

        assertThat(result.errors()).singleElement().asString()
                .startsWith("t.json:4:24: metadata.name: \"Bad Name\" is not a valid name");
    }

    @Test
    void staleLayoutEntriesAreWarningsOnly() {
        String yaml = VALID + "layout:\n  weu: {x: 1, y: 2}\n  gone: {x: -3.5, y: 4}\n";
        ReadResult result = read(yaml);

        assertThat(result.document()).isPresent();
        assertThat(result.warnings()).singleElement().asString().startsWith(at(yaml, "gone") + ": warning: layout.gone:");
    }

    @Test
    void missingFileAndNonUtf8AreProblemsNotExceptions(@TempDir Path dir) throws Exception {
        assertThat(TopologyReader.read(dir.resolve("nope.yaml")).errors()).singleElement().asString()
                .endsWith("nope.yaml:1:1: no such file");
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
        assertThat(TopologyReader.read(latin1).errors()).singleElement().asString().endsWith("not UTF-8 text");
    }
}
