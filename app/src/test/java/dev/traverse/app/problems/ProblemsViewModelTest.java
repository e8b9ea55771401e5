package dev.traverse.app.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.io.OpenTopology;
import dev.traverse.app.state.AppState;
import dev.traverse.engine.io.Problem;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.Severity;
import dev.traverse.engine.io.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ProblemsViewModelTest {

    @Test
    void listsTheOpenFilesProblemsInOrderAndCountsThemInTheTitle() {
        AppState state = new AppState();
        ProblemsViewModel viewModel = new ProblemsViewModel(state);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Problems");

        Problem error = new Problem(Severity.ERROR, "t.yaml", new SourcePosition(4, 7),
                "spec.sites[0].kind", "unknown site kind \"shop\"", List.of());
        Problem warning = new Problem(Severity.WARNING, "t.yaml", new SourcePosition(9, 3), "", "unused", List.of());
        state.setOpenTopology(new OpenTopology(Path.of("t.yaml"),
                new ReadResult(Optional.empty(), List.of(error, warning))));

        assertThat(viewModel.problems()).containsExactly(error, warning);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Problems (2)");
        assertThat(ProblemsViewModel.text(error)).isEqualTo("4:7: spec.sites[0].kind: unknown site kind \"shop\"");
        assertThat(ProblemsViewModel.text(warning)).isEqualTo("9:3: unused");

        state.setOpenTopology(null);
        assertThat(viewModel.problems()).isEmpty();
    }

    @Test
    void followsAListTheWindowKeepsAndHandsOpenedProblemsBack() {
        ObservableList<Problem> source = FXCollections.observableArrayList();
        ProblemsViewModel viewModel = new ProblemsViewModel(source);
        List<Problem> opened = new ArrayList<>();
        viewModel.setOnOpen(opened::add);
        Problem problem = new Problem(Severity.ERROR, "t.yaml", new SourcePosition(2, 3), "spec.sites[1]",
                "no cluster", List.of());

        source.add(problem);
        viewModel.open(problem);

        assertThat(viewModel.problems()).containsExactly(problem);
        assertThat(viewModel.titleProperty().get()).isEqualTo("Problems (1)");
        assertThat(opened).containsExactly(problem);
        source.clear();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Problems");
    }
}
