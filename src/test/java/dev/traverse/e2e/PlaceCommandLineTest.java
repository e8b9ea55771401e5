package dev.traverse.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.traverse.app.cli.TraverseCli;
import dev.traverse.engine.io.TopologyReader;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code traverse place} as a user or a pipeline runs it on the sample topologies. */
class PlaceCommandLineTest {

    /** Longest summary: header, objectives, a cut fill table, ten unplaced entries with three fixes each. */
    private static final int MOST_LINES = 70;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run traverse(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TraverseCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static List<Path> samples() throws IOException {
        try (var list = Files.list(ProjectFiles.root().resolve("sample-topologies"))) {
            return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void placesEverySampleWithAReadableSummary(Path sample) {
        Run run = traverse("place", sample.toString());

        assertThat(run.exitCode()).isIn(0, 3);
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("[a-z0-9-]+: \\d+ of \\d+ replicas placed(, \\d+ unplaced,)? in \\d+ ms"
                + "( \\(\\d+ improvement steps?\\))?");
        assertThat(lines.get(1)).startsWith("objectives: cost ");
        assertThat(lines).hasSizeLessThanOrEqualTo(MOST_LINES).noneMatch(l -> l.contains("Exception"));
        assertThat(run.out()).contains("hosts used");
        assertThat(run.exitCode() == 3).isEqualTo(run.out().contains("\nunplaced: "));
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void writesJsonThatMatchesTheEnginesResult(Path sample, @TempDir Path dir) throws IOException {
        Path json = dir.resolve("result.json");

        Run run = traverse("place", sample.toString(), "--seed", "3", "--time-limit", "0", "-o", json.toString());

        Topology topology = TopologyReader.read(sample).document().orElseThrow().topology();
        PlacementResult expected = PlacementEngine.place(topology, new PlacementOptions(3, Duration.ZERO, Map.of()));
        JsonNode actual = new ObjectMapper().readTree(json.toFile());
        assertThat(run.exitCode()).isEqualTo(expected.unplaced().isEmpty() ? 0 : 3);
        assertThat(assignments(actual)).isEqualTo(expected.assignments());
        assertThat(unplaced(actual)).isEqualTo(expected.unplaced());
        assertThat(actual.get("hosts")).hasSize(expected.hosts().size());
        assertThat(actual.get("objectives").get("costPerHour").asDouble())
                .isEqualTo(expected.objectives().costPerHour());
        assertThat(actual.get("elapsedMs").isIntegralNumber()).isTrue();
        assertThat(actual.get("lowerBound").asDouble()).isEqualTo(expected.lowerBound());
        assertThat(actual.get("gap").asDouble()).isEqualTo(expected.gap()).isGreaterThanOrEqualTo(0.0);
    }

    private static List<PlacementResult.Assignment> assignments(JsonNode result) {
        List<PlacementResult.Assignment> out = new ArrayList<>();
        result.get("assignments").forEach(a -> out.add(new PlacementResult.Assignment(a.get("workload").asText(),
                a.get("replica").asInt(), a.get("node").asText())));
        return out;
    }

    private static List<PlacementResult.UnplacedReplica> unplaced(JsonNode result) {
        List<PlacementResult.UnplacedReplica> out = new ArrayList<>();
        result.get("unplaced").forEach(u -> {
            List<PlacementResult.ReasonCount> reasons = new ArrayList<>();
            u.get("reasons").forEach(r -> reasons.add(new PlacementResult.ReasonCount(r.get("reason").asText(),
                    r.get("hosts").asInt())));
            List<String> fixes = new ArrayList<>();
            u.get("fixes").forEach(f -> fixes.add(f.asText()));
            out.add(new PlacementResult.UnplacedReplica(u.get("workload").asText(), u.get("replica").asInt(),
                    u.get("summary").asText(), reasons, fixes));
        });
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--time-limit|2m|expected a duration such as 200ms, 1.5s or 0",
            "--time-limit|-1s|expected a duration such as 200ms, 1.5s or 0",
            "--weights|cost|expected OBJECTIVE=WEIGHT,... such as cost=1,latency=2",
            "--weights|speed=3|expected OBJECTIVE=WEIGHT,... such as cost=1,latency=2",
            "--seed|lucky|'lucky' is not a long"})
    void aBadOptionIsAOneLineErrorWithExitCode2(String option, String value, String expected) throws IOException {
        Run run = traverse("place", samples().get(0).toString(), option, value);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(0)).startsWith("traverse place: Invalid value for option '" + option + "'")
                .contains(expected);
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Try 'traverse place --help' for more information.");
    }

    @Test
    void aMissingFileIsAFileErrorWithExitCode2() {
        Run run = traverse("place", "no-such-topology.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("no-such-topology.yaml:");
    }
}
