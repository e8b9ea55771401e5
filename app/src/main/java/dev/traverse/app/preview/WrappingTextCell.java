package dev.traverse.app.preview;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell whose text wraps within its column, so long engine messages stay readable: a {@link Text} wrapped
 * at the column's width, whose height the row then takes. FX thread only.
 */
final class WrappingTextCell<S> extends TableCell<S, S> {

    /** Room the cell's padding takes from the column's width. */
    private static final double PADDING = 16;

    private final Function<S, String> text;
    private final Text shown = new Text();

    WrappingTextCell(TableColumn<S, S> column, Function<S, String> text, String styleClass) {
        this.text = text;
        shown.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
        shown.getStyleClass().add(PreviewStyles.CELL_TEXT);
        if (styleClass != null) {
            shown.getStyleClass().add(styleClass);
        }
        // Long messages make tall rows; every column's text starts at the top so a row reads across.
        setAlignment(Pos.TOP_LEFT);
        setGraphic(null);
    }

    @Override
    protected void updateItem(S item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            shown.setText(text.apply(item));
            setGraphic(shown);
        }
    }
}
