package dev.traverse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TraverseCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TraverseCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void versionPrintsTheVersionAndSucceeds() {
        assertThat(run("--version")).isZero();
        // Tests run from classes, not the jar: no manifest version.
        assertThat(out.toString().strip()).isEqualTo("traverse dev");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpListsTheSubCommandsAndSucceeds() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: traverse").contains("--version", "open", "help");
    }

    @Test
    void unknownFlagIsAOneLineErrorPlusUsageWithExitCode2() {
        assertThat(run("--bogus")).isEqualTo(2);
        String[] lines = err.toString().split("\\R");
        assertThat(lines[0]).isEqualTo("traverse: Unknown option: '--bogus'");
        assertThat(lines[1]).startsWith("Usage: traverse");
        assertThat(lines).hasSize(3);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void misspeltFlagSuggestsTheRightOneOnTheSameLine() {
        assertThat(run("--verison")).isEqualTo(2);
        assertThat(err.toString().lines().findFirst())
                .contains("traverse: Unknown option: '--verison' (did you mean --version?)");
    }

    @Test
    void unknownFlagOfASubCommandNamesTheSubCommand() {
        assertThat(run("open", "--bogus")).isEqualTo(2);
        assertThat(err.toString()).startsWith("traverse open: Unknown option: '--bogus'")
                .contains("Usage: traverse open");
    }

    @Test
    void unknownSubCommandIsAUsageError() {
        assertThat(run("opn")).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).startsWith("traverse: ").contains("'opn'", "did you mean open?"));
    }
}
