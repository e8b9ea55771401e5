package dev.traverse.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.design.DesignWorkspace;
import dev.traverse.app.design.RecoveryStore;
import dev.traverse.app.recent.RecentFiles;
import dev.traverse.app.state.AppState;
import dev.traverse.app.testing.DirectTaskExecutor;
import dev.traverse.app.testing.ManualUiTimer;
import dev.traverse.app.testing.MemoryPreferences;
import dev.traverse.app.testing.Samples;
import dev.traverse.app.testing.ScriptedDialogs;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's frame over the design workspace: title, status, empty state, problems and the app state. */
class MainWindowViewModelTest {

    @TempDir
    Path dir;

    private final AppState state = new AppState();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ManualUiTimer timer = new ManualUiTimer();
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private MainWindowViewModel viewModel;

    @BeforeEach
    void setUp() {
        DesignWorkspace workspace = DesignWorkspace.create(executor, executor, dialogs,
                new RecentFiles(new MemoryPreferences()), new RecoveryStore(dir.resolve("recovery")), timer,
                Duration.ofSeconds(30));
        viewModel = new MainWindowViewModel(state, workspace);
    }

    @Test
    void startsEmptyWithThePlainTitle() {
        assertThat(viewModel.titleProperty().get()).isEqualTo("Traverse");
        assertThat(viewModel.emptyProperty().get()).isTrue();
        assertThat(state.openTopology()).isEmpty();
    }

    @Test
    void openingAFileShowsItEverywhere() {
        Path file = Samples.directory().resolve("retail-chain.yaml");

        viewModel.open(file);

        assertThat(viewModel.emptyProperty().get()).isFalse();
        assertThat(viewModel.titleProperty().get()).isEqualTo("retail-chain — retail-chain.yaml — Traverse");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Opened retail-chain.yaml");
        assertThat(viewModel.currentFileProperty().get()).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(state.openTopology().flatMap(o -> o.topology()).orElseThrow().name()).isEqualTo("retail-chain");
    }

    @Test
    void anEditReachesTheOutlineAndMarksTheTitle() {
        viewModel.open(Samples.directory().resolve("retail-chain.yaml"));

        viewModel.documentProperty().get().edit("Rename", t -> TopologyEdits.rename(t, "store-001", "store-100"));

        assertThat(viewModel.titleProperty().get()).startsWith("● retail-chain");
        assertThat(state.openTopology().flatMap(o -> o.topology()).orElseThrow().sites())
                .anyMatch(s -> s.name().equals("store-100"));
    }

    @Test
    void aMovedBoxLeavesTheOutlineAlone() {
        viewModel.open(Samples.directory().resolve("retail-chain.yaml"));
        var shown = state.openTopology().orElseThrow();

        viewModel.documentProperty().get().edit("Move", t -> TopologyEdits.move(t,
                Map.of("store-001", new Position(5, 5))));

        assertThat(viewModel.titleProperty().get()).startsWith("● retail-chain");
        assertThat(state.openTopology()).containsSame(shown);
    }

    @Test
    void aFileWithErrorsLeavesTheEmptyStateWithItsProblems() throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "apiVersion: traverse.dev/v1alpha1\nkind: Topology\nmetadata: {name: Bad_Name}\n");

        viewModel.open(broken);

        assertThat(viewModel.emptyProperty().get()).isTrue();
        assertThat(viewModel.emptyMessageProperty().get()).startsWith("broken.yaml has");
        assertThat(viewModel.problems()).isNotEmpty();
    }

    @Test
    void problemsOfAFileThatFailedToOpenAreNotTheOpenDocuments() throws IOException {
        viewModel.open(Samples.directory().resolve("retail-chain.yaml"));
        assertThat(viewModel.problemsAreTheDocuments()).isTrue();
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "apiVersion: traverse.dev/v1alpha1\nkind: Topology\nmetadata: {name: Bad_Name}\n");

        viewModel.open(broken);

        assertThat(viewModel.topology().name()).isEqualTo("retail-chain");
        assertThat(viewModel.problems()).isNotEmpty();
        assertThat(viewModel.problemsAreTheDocuments()).isFalse();
    }

    @Test
    void aMissingFileIsReported() {
        viewModel.open(dir.resolve("nowhere.yaml"));

        assertThat(viewModel.emptyMessageProperty().get()).isEqualTo("nowhere.yaml was not found in " + dir);
    }

    @Test
    void newDocumentIsUntitledAndNotEmpty() {
        viewModel.newDocument();

        assertThat(viewModel.emptyProperty().get()).isFalse();
        assertThat(viewModel.titleProperty().get()).isEqualTo("new-topology — not saved — Traverse");
        assertThat(viewModel.currentFileProperty().get()).isNull();
    }

    @Test
    void saveAsMovesTheDocumentToTheChosenFile() {
        viewModel.newDocument();
        dialogs.fileToSave = java.util.Optional.of(dir.resolve("lab.yaml"));

        viewModel.saveAs();

        assertThat(dir.resolve("lab.yaml")).exists();
        assertThat(viewModel.currentFileProperty().get()).isEqualTo(dir.resolve("lab.yaml"));
    }
}
