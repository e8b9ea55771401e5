package dev.traverse.app.outline;

import dev.traverse.themes.TraverseStyles;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** An outline row: the element's icon, its name, and its details muted. */
final class OutlineCell extends TreeCell<OutlineItem> {

    private final FontIcon icon = new FontIcon();
    private final Label name = new Label(null, icon);
    private final Label detail = new Label();
    private final HBox content = new HBox(name, detail);

    OutlineCell() {
        content.getStyleClass().add(TraverseStyles.OUTLINE_CELL);
        name.getStyleClass().add(TraverseStyles.OUTLINE_NAME);
        detail.getStyleClass().add(TraverseStyles.OUTLINE_DETAIL);
    }

    @Override
    protected void updateItem(OutlineItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(null);
        name.setText(item.name());
        detail.setText(item.detail());
        icon.setIconCode(OutlineIcons.of(item));
        setGraphic(content);
    }
}
