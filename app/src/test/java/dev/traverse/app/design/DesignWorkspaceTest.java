package dev.traverse.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.recent.RecentFiles;
import dev.traverse.app.testing.DirectTaskExecutor;
import dev.traverse.app.testing.ManualUiTimer;
import dev.traverse.app.testing.MemoryPreferences;
import dev.traverse.app.testing.ScriptedDialogs;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void thePartsFollowTheOpenDocument() {
        ManualUiTimer timer = new ManualUiTimer();
        DirectTaskExecutor executor = new DirectTaskExecutor();
        RecoveryStore recovery = new RecoveryStore(dir);
        DesignWorkspace workspace = DesignWorkspace.create(executor, executor, new ScriptedDialogs(),
                new RecentFiles(new MemoryPreferences()), recovery, timer, Duration.ofSeconds(5));

        workspace.files().newDocument();
        DesignDocument doc = workspace.files().document();
        assertThat(workspace.title().titleProperty().get()).isEqualTo("new-topology — not saved — Traverse");

        doc.edit("Add site", t -> TopologyEdits.addSite(t, new Site("lab", SiteKind.OFFICE, Provider.ON_PREM, null,
                null, null, Map.of(), List.of(), List.of()), new Position(0, 0)).topology());
        assertThat(workspace.title().titleProperty().get()).startsWith("● new-topology");

        timer.advance(Duration.ofSeconds(5));
        assertThat(recovery.fileFor(workspace.autosave().keyOf(doc))).exists();
        assertThat(workspace.validator().problems()).isEmpty();
    }
}
