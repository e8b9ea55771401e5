package dev.traverse.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupFileTest {

    @TempDir
    Path cwd;

    @TempDir
    Path project;

    @Test
    void aRequestedFileIsResolvedAgainstTheWorkingDirectory() {
        assertThat(StartupFile.resolve("topos/a.yaml", cwd, project.toString()))
                .isEqualTo(cwd.resolve("topos/a.yaml"));
        assertThat(StartupFile.resolve("/abs/b.yaml", cwd, null)).isEqualTo(Path.of("/abs/b.yaml"));
    }

    @Test
    void theDefaultSampleComesFromTheWorkingDirectoryWhenItIsThere() throws IOException {
        Path sample = cwd.resolve(StartupFile.DEFAULT_SAMPLE);
        Files.createDirectories(sample.getParent());
        Files.writeString(sample, "");

        assertThat(StartupFile.resolve(null, cwd, project.toString())).isEqualTo(sample);
    }

    @Test
    void otherwiseFromTheProjectRoot() {
        assertThat(StartupFile.resolve("", cwd, project.toString()))
                .isEqualTo(project.resolve(StartupFile.DEFAULT_SAMPLE));
    }

    @Test
    void withoutAProjectRootTheWorkingDirectorysSampleEvenIfMissing() {
        assertThat(StartupFile.resolve(null, cwd, null)).isEqualTo(cwd.resolve(StartupFile.DEFAULT_SAMPLE));
    }
}
