package dev.traverse.app.recent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.MemoryPreferences;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private final Preferences preferences = new MemoryPreferences();

    @Test
    void newestFirstWithoutDuplicatesAndRememberedForTheNextStart() {
        RecentFiles recent = new RecentFiles(preferences);
        Path a = Path.of("/t/a.yaml");
        Path b = Path.of("/t/b.yaml");

        recent.add(a);
        recent.add(b);
        recent.add(a);

        assertThat(recent.files()).containsExactly(a, b);
        assertThat(new RecentFiles(preferences).files()).containsExactly(a, b);
    }

    @Test
    void keepsAtMostTheNewestTen() {
        RecentFiles recent = new RecentFiles(preferences);
        IntStream.rangeClosed(1, 12).forEach(i -> recent.add(Path.of("/t/" + i + ".yaml")));

        assertThat(recent.files()).hasSize(RecentFiles.MAX).first().isEqualTo(Path.of("/t/12.yaml"));
        assertThat(recent.files()).last().isEqualTo(Path.of("/t/3.yaml"));
    }

    @Test
    void clearForgetsThem() {
        RecentFiles recent = new RecentFiles(preferences);
        recent.add(Path.of("/t/a.yaml"));
        recent.clear();

        assertThat(recent.files()).isEmpty();
        assertThat(new RecentFiles(preferences).files()).isEmpty();
    }
}
