package dev.traverse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TraverseCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private static String resource(String name) {
        try {
            return Path.of(PlaceCommandTest.class.getResource(name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String TOO_SMALL = resource("too-small.yaml");
    private static final String TWO_SITES = resource("/dev/traverse/app/two-sites.yaml");

    @Test
    void everythingPlacedExitsZeroWithASummary() {
        assertThat(run("place", TWO_SITES)).isZero();

        assertThat(out.toString().lines().findFirst().orElseThrow())
                .matches("two-sites: 2 of 2 replicas placed in \\d+ ms( \\(\\d+ improvement steps?\\))?");
        assertThat(out.toString()).contains("objectives: cost ", "  eks-fra ").doesNotContain("unplaced");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void unplacedReplicasExitThreeWithTheirReasonsAndFixes() {
        assertThat(run("place", TOO_SMALL)).isEqualTo(PlaceCommand.UNPLACED);

        String text = out.toString();
        assertThat(text.lines().findFirst().orElseThrow())
                .matches("too-small: 13 of 25 replicas placed, 12 unplaced, in \\d+ ms( \\(\\d+ improvement steps?\\))?");
        assertThat(text).contains("unplaced: 12 replicas of 3 workloads",
                "  big/0-2: 0/4 nodes are available: 4 Insufficient cpu.",
                "    fix: add 20 cpu to a node of node pool lab-k3s/pi");
    }

    @Test
    void outputWritesTheResultAsJson(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("result.json");

        assertThat(run("place", TOO_SMALL, "--seed", "7", "--time-limit", "0", "-o", json.toString()))
                .isEqualTo(PlaceCommand.UNPLACED);

        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertThat(result.get("kind").asText()).isEqualTo("PlacementResult");
        assertThat(result.get("assignments")).hasSize(13);
        assertThat(result.get("unplaced")).hasSize(12);
        assertThat(result.get("unplaced").get(0).get("reasons").get(0).get("reason").asText())
                .isNotBlank();
        assertThat(err.toString()).isEqualTo("wrote " + json + System.lineSeparator());
    }

    @Test
    void aBadTimeLimitIsAOneLineErrorNamingTheFormWithExitCode2() {
        assertThat(run("place", TOO_SMALL, "--time-limit", "5")).isEqualTo(2);

        assertThat(err.toString().lines().findFirst().orElseThrow()).isEqualTo("traverse place: Invalid value for"
                + " option '--time-limit': expected a duration such as 200ms, 1.5s or 0, got \"5\"");
        assertThat(err.toString()).contains("Usage: traverse place");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aStepLimitMakesTheRunRepeatableAndIsReported(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        run("place", TOO_SMALL, "--steps", "500", "--time-limit", "60s", "-o", first.toString());
        run("place", TOO_SMALL, "--steps", "500", "--time-limit", "60s", "-o", second.toString());

        JsonNode a = new ObjectMapper().readTree(first.toFile());
        JsonNode b = new ObjectMapper().readTree(second.toFile());
        assertThat(a.get("improvementSteps").asLong()).isBetween(1L, 500L);
        assertThat(b.get("assignments")).isEqualTo(a.get("assignments"));
        assertThat(b.get("improvementSteps")).isEqualTo(a.get("improvementSteps"));
    }

    @Test
    void aNegativeStepLimitIsAOneLineErrorWithExitCode2() {
        assertThat(run("place", TOO_SMALL, "--steps", "-1")).isEqualTo(2);

        assertThat(err.toString().lines().findFirst().orElseThrow()).isEqualTo("traverse place: Invalid value for"
                + " option '--steps': expected a whole number of steps of at least 0, got \"-1\"");
    }

    @Test
    void badWeightsAreAOneLineErrorNamingTheFormWithExitCode2() {
        assertThat(run("place", TOO_SMALL, "--weights", "cost=1,latncy=2")).isEqualTo(2);

        assertThat(err.toString().lines().findFirst().orElseThrow())
                .startsWith("traverse place: Invalid value for option '--weights': expected OBJECTIVE=WEIGHT,...")
                .contains("cost=1,latency=2", "got \"cost=1,latncy=2\"");
    }

    @Test
    void aFileWithErrorsExits2WithItsProblems(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "apiVersion: traverse.dev/v1alpha1\nkind: Topology\n");

        assertThat(run("place", broken.toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith(broken + ":");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnwritableOutputIsAFileErrorWithExitCode2(@TempDir Path dir) {
        Path nowhere = dir.resolve("missing-folder").resolve("result.json");

        assertThat(run("place", TWO_SITES, "-o", nowhere.toString())).isEqualTo(2);

        assertThat(err.toString()).startsWith("traverse place: cannot write " + nowhere + ": ");
    }
}
