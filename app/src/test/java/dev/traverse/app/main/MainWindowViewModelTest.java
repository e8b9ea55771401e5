package dev.traverse.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.io.TopologyLoader;
import dev.traverse.app.recent.RecentFiles;
import dev.traverse.app.state.AppState;
import dev.traverse.app.testing.DirectTaskExecutor;
import dev.traverse.app.testing.MemoryPreferences;
import dev.traverse.app.testing.ScriptedDialogs;
import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.io.Problem;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.Severity;
import dev.traverse.engine.io.SourcePosition;
import dev.traverse.engine.io.TopologyDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {

    @TempDir
    Path dir;

    private final AppState state = new AppState();
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final Map<Path, ReadResult> files = new HashMap<>();
    private final List<Path> read = new ArrayList<>();
    private Optional<Path> chosen = Optional.empty();
    private RecentFiles recent;
    private MainWindowViewModel viewModel;

    @BeforeEach
    void setUp() {
        TopologyLoader loader = file -> {
            read.add(file);
            ReadResult result = files.get(file);
            if (result == null) {
                throw new IOException("permission denied");
            }
            return result;
        };
        ScriptedDialogs dialogs = new ScriptedDialogs() {
            @Override
            public Optional<Path> chooseTopologyFile(Path initialDirectory) {
                return chosen;
            }
        };
        recent = new RecentFiles(new MemoryPreferences());
        viewModel = new MainWindowViewModel(state, loader, executor, dialogs, recent);
    }

    private Path file(String name, ReadResult result) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "# stands in for a topology");
        files.put(file, result);
        return file;
    }

    private static ReadResult topology(String name, Problem... problems) {
        return new ReadResult(Optional.of(TopologyDocument.of(Topologies.named(name))), List.of(problems));
    }

    private static ReadResult problems(Problem... problems) {
        return new ReadResult(Optional.empty(), List.of(problems));
    }

    private static Problem problem(Severity severity) {
        return new Problem(severity, "t.yaml", new SourcePosition(3, 5), "spec.sites[0]", "something", List.of());
    }

    @Test
    void startsEmptyWithThePlainTitle() {
        assertThat(viewModel.titleProperty().get()).isEqualTo("Traverse");
        assertThat(viewModel.emptyProperty().get()).isTrue();
    }

    @Test
    void openingAFileShowsItsTopologyInTheTitleAndState() throws IOException {
        Path file = file("a.yaml", topology("retail-mini"));

        viewModel.open(file);

        assertThat(state.openTopology()).hasValueSatisfying(open -> assertThat(open.file()).isEqualTo(file));
        assertThat(viewModel.titleProperty().get()).isEqualTo("Traverse — retail-mini");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Opened a.yaml · no problems");
        assertThat(viewModel.emptyProperty().get()).isFalse();
        assertThat(viewModel.loadingProperty().get()).isFalse();
        assertThat(recent.files()).containsExactly(file);
    }

    @Test
    void statusCountsErrorsAndWarnings() throws IOException {
        Path file = file("a.yaml", new ReadResult(Optional.empty(),
                List.of(problem(Severity.ERROR), problem(Severity.WARNING), problem(Severity.ERROR))));

        viewModel.open(file);

        assertThat(viewModel.statusProperty().get()).isEqualTo("Opened a.yaml · 2 errors, 1 warning");
        assertThat(viewModel.titleProperty().get()).isEqualTo("Traverse — a.yaml");
        assertThat(viewModel.emptyProperty().get()).as("problems are shown, not the empty state").isFalse();
    }

    @Test
    void statusLeavesOutKindsWithoutProblems() {
        assertThat(MainWindowViewModel.problemSummary(problems(problem(Severity.ERROR)))).isEqualTo("1 error");
        assertThat(MainWindowViewModel.problemSummary(problems(problem(Severity.WARNING), problem(Severity.WARNING))))
                .isEqualTo("2 warnings");
    }

    @Test
    void isLoadingUntilTheReadFinishes() throws IOException {
        Path file = file("a.yaml", topology("t"));
        executor.hold();

        viewModel.open(file);

        assertThat(viewModel.loadingProperty().get()).isTrue();
        assertThat(viewModel.emptyProperty().get()).isFalse();
        assertThat(read).isEmpty();
        executor.runPending();
        assertThat(viewModel.loadingProperty().get()).isFalse();
    }

    @Test
    void aMissingFileLeavesTheEmptyStateWithTheReason() {
        Path missing = dir.resolve("sample-topologies/retail-chain.yaml");

        viewModel.open(missing);

        assertThat(viewModel.emptyProperty().get()).isTrue();
        assertThat(viewModel.emptyMessageProperty().get())
                .isEqualTo("retail-chain.yaml was not found in " + missing.getParent() + ".");
        assertThat(viewModel.titleProperty().get()).isEqualTo("Traverse");
        assertThat(read).as("the loader is not asked for a missing file").isEmpty();
        assertThat(recent.files()).isEmpty();
    }

    @Test
    void anUnreadableFileIsReported() throws IOException {
        Path file = dir.resolve("locked.yaml");
        Files.writeString(file, "x");

        viewModel.open(file);

        assertThat(viewModel.emptyMessageProperty().get()).isEqualTo("Could not read locked.yaml: permission denied");
        assertThat(viewModel.emptyProperty().get()).isTrue();
    }

    @Test
    void aFailedOpenKeepsWhatWasOpen() throws IOException {
        Path good = file("good.yaml", topology("good"));
        viewModel.open(good);

        viewModel.open(dir.resolve("gone.yaml"));

        assertThat(state.openTopology()).hasValueSatisfying(open -> assertThat(open.file()).isEqualTo(good));
        assertThat(viewModel.titleProperty().get()).isEqualTo("Traverse — good");
        assertThat(viewModel.currentFileProperty().get()).isEqualTo(good);
        assertThat(viewModel.statusProperty().get()).startsWith("gone.yaml was not found");
    }

    @Test
    void aSlowReadFinishingLastDoesNotReplaceANewerOne() throws IOException {
        Path first = file("first.yaml", topology("first"));
        Path second = file("second.yaml", topology("second"));
        executor.hold();

        viewModel.open(first);
        viewModel.open(second);
        executor.runLast();
        executor.runPending();

        assertThat(viewModel.titleProperty().get()).isEqualTo("Traverse — second");
        assertThat(state.openTopology()).hasValueSatisfying(open -> assertThat(open.file()).isEqualTo(second));
    }

    @Test
    void openWithDialogOpensTheChosenFileAndCancelDoesNothing() throws IOException {
        viewModel.openWithDialog();
        assertThat(read).isEmpty();

        Path file = file("chosen.yaml", topology("chosen"));
        chosen = Optional.of(file);
        viewModel.openWithDialog();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Traverse — chosen");
    }

    @Test
    void reloadReadsTheCurrentFileAgain() throws IOException {
        Path file = file("a.yaml", topology("before"));
        viewModel.open(file);
        files.put(file, topology("after"));

        viewModel.reload();

        assertThat(read).containsExactly(file, file);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Traverse — after");
    }
}
