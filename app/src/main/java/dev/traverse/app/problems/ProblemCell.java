package dev.traverse.app.problems;

import dev.traverse.app.ui.Icons;
import dev.traverse.engine.io.Problem;
import dev.traverse.themes.TraverseStyles;
import javafx.scene.control.ListCell;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** A problem with an error or warning icon; the pseudo-class lets the theme colour it. */
final class ProblemCell extends ListCell<Problem> {

    ProblemCell() {
        getStyleClass().add(TraverseStyles.PROBLEM_CELL);
        setWrapText(true);
    }

    @Override
    protected void updateItem(Problem problem, boolean empty) {
        super.updateItem(problem, empty);
        boolean error = !empty && problem != null && problem.isError();
        pseudoClassStateChanged(TraverseStyles.ERROR, error);
        pseudoClassStateChanged(TraverseStyles.WARNING, !empty && problem != null && !error);
        if (empty || problem == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(ProblemsViewModel.text(problem));
        setGraphic(Icons.of(error ? Material2OutlinedAL.ERROR_OUTLINE : Material2OutlinedMZ.WARNING));
    }
}
