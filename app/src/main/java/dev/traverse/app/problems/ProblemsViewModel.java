package dev.traverse.app.problems;

import dev.traverse.app.io.OpenTopology;
import dev.traverse.app.state.AppState;
import dev.traverse.engine.io.Problem;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Problems to list, errors and warnings in the order given: those reading the open file found, or any list the
 * window keeps (the designer's validation of the document). Opening one (a click, Enter) hands it to the window,
 * which selects the element it is about. UI thread only.
 */
public final class ProblemsViewModel {

    private final ObservableList<Problem> problems;
    private final ObservableList<Problem> readOnlyProblems;
    private final StringBinding title;
    private Consumer<Problem> onOpen = problem -> { };

    /** Lists the problems of the file open in {@code state}. */
    public ProblemsViewModel(AppState state) {
        this(FXCollections.observableArrayList());
        Objects.requireNonNull(state, "state");
        state.openTopologyProperty().addListener((obs, old, now) -> problems.setAll(problemsOf(now)));
        problems.setAll(problemsOf(state.openTopologyProperty().get()));
    }

    /** Lists {@code problems} as they change; the list is read, never changed. */
    public ProblemsViewModel(ObservableList<Problem> problems) {
        this.problems = Objects.requireNonNull(problems, "problems");
        this.readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
        this.title = Bindings.createStringBinding(() -> title(problems), problems);
    }

    /** Sets what opening a problem does. */
    public void setOnOpen(Consumer<Problem> onOpen) {
        this.onOpen = Objects.requireNonNull(onOpen, "onOpen");
    }

    /** Hands {@code problem} to the window, which selects the element it is about. */
    public void open(Problem problem) {
        onOpen.accept(Objects.requireNonNull(problem, "problem"));
    }

    private static String title(List<Problem> problems) {
        return problems.isEmpty() ? "Problems" : "Problems (" + problems.size() + ")";
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
