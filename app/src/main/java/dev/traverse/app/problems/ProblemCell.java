package dev.traverse.app.problems;

import dev.traverse.engine.io.Problem;
import dev.traverse.themes.TraverseStyles;
import dev.traverse.app.ui.CellTooltip;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * A problem with an error or warning icon, its text wrapped to the list's width; the pseudo-class lets the theme
 * colour it.
 */
final class ProblemCell extends ListCell<Problem> {

    private final FontIcon icon = new FontIcon();
    // The text sits in its own label: a cell's own wrapped text with a graphic gets its height wrong and truncates.
    private final Label text = new Label();
    private final HBox content = new HBox(icon, text);
    private final CellTooltip tooltip = new CellTooltip(this);

    ProblemCell() {
        getStyleClass().add(TraverseStyles.PROBLEM_CELL);
        content.getStyleClass().add(TraverseStyles.PROBLEM_CONTENT);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // A zero preferred width lets the list size cells to its own width instead of the longest message.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Problem problem, boolean empty) {
        super.updateItem(problem, empty);
        boolean error = !empty && problem != null && problem.isError();
        pseudoClassStateChanged(TraverseStyles.ERROR, error);
        pseudoClassStateChanged(TraverseStyles.WARNING, !empty && problem != null && !error);
        if (empty || problem == null) {
            setGraphic(null);
            tooltip.show(null);
            return;
        }
        icon.setIconCode(error ? Material2OutlinedAL.ERROR_OUTLINE : Material2OutlinedMZ.WARNING);
        text.setText(ProblemsViewModel.text(problem));
        setGraphic(content);
        tooltip.show(problem.format());
    }
}
