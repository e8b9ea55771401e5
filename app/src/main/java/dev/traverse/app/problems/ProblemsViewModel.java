package dev.traverse.app.problems;

import dev.traverse.app.io.OpenTopology;
import dev.traverse.app.state.AppState;
import dev.traverse.engine.io.Problem;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The problems reading the open file found, errors and warnings in file order. UI thread only. */
public final class ProblemsViewModel {

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private final StringBinding title =
            Bindings.createStringBinding(() -> problems.isEmpty() ? "Problems" : "Problems (" + problems.size() + ")",
                    problems);

    public ProblemsViewModel(AppState state) {
        Objects.requireNonNull(state, "state");
        state.openTopologyProperty().addListener((obs, old, now) -> problems.setAll(problemsOf(now)));
        problems.setAll(problemsOf(state.openTopologyProperty().get()));
    }

    public ObservableList<Problem> problems() {
        return readOnlyProblems;
    }

    /** "Problems", with the count when there are any. */
    public StringBinding titleProperty() {
        return title;
    }

    /**
     * The text a problem is shown with: {@code LINE:COLUMN: PATH: MESSAGE} and an indented line per related place.
     * The file name is left out; the window shows which file is open.
     */
    public static String text(Problem problem) {
        StringBuilder text = new StringBuilder().append(problem.position()).append(": ");
        if (!problem.path().isEmpty()) {
            text.append(problem.path()).append(": ");
        }
        text.append(problem.message());
        for (Problem.Related related : problem.related()) {
            text.append('\n').append("    ").append(related.position()).append(": ").append(related.note());
        }
        return text.toString();
    }

    private static List<Problem> problemsOf(OpenTopology open) {
        return open == null ? List.of() : open.problems();
    }
}
