package dev.traverse.app.palette;

import dev.traverse.themes.TraverseStyles;
import dev.traverse.app.ui.CellTooltip;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.input.Dragboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;

/** A palette row: a group heading, or an item with its icon tile, title and defaults, which can be dragged. */
final class PaletteCell extends TreeCell<PaletteEntry> {

    private final PaletteViewModel viewModel;
    private final FontIcon icon = new FontIcon();
    private final StackPane tile = new StackPane(icon);
    private final Label title = new Label();
    private final Label detail = new Label();
    private final HBox itemContent = new HBox(tile, new VBox(title, detail));
    private final Label heading = new Label();
    private final CellTooltip tooltip = new CellTooltip(this);

    PaletteCell(PaletteViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        getStyleClass().add(TraverseStyles.PALETTE_CELL);
        tile.getStyleClass().add(TraverseStyles.ICON_TILE);
        title.getStyleClass().add(TraverseStyles.PALETTE_TITLE);
        detail.getStyleClass().add(TraverseStyles.PALETTE_DETAIL);
        itemContent.getStyleClass().add(TraverseStyles.PALETTE_ITEM);
        heading.getStyleClass().add(TraverseStyles.PALETTE_HEADING);
        // A zero preferred width sizes rows to the palette, not to the longest text, which then ellipsises.
        setPrefWidth(0);
        title.setMinWidth(0);
        detail.setMinWidth(0);
        setOnDragDetected(this::startDrag);
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && item() != null) {
                viewModel.requestAdd(item());
                event.consume();
            }
        });
    }

    @Override
    protected void updateItem(PaletteEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        setText(null);
        pseudoClassStateChanged(TraverseStyles.HEADING, !empty && entry != null && entry.isHeading());
        if (empty || entry == null) {
            setGraphic(null);
            tooltip.show(null);
            return;
        }
        if (entry.isHeading()) {
            heading.setText(entry.group().title().toUpperCase(Locale.ROOT));
            setGraphic(heading);
            tooltip.show(null);
            return;
        }
        PaletteItem item = entry.item();
        icon.setIconCode(item.icon());
        PaletteStyles.markKind(tile, item.template().type());
        title.setText(item.title());
        detail.setText(item.detail());
        setGraphic(itemContent);
        tooltip.show("Drag onto the canvas, or press Enter to add " + item.title());
    }

    private PaletteItem item() {
        PaletteEntry entry = getItem();
        return isEmpty() || entry == null ? null : entry.item();
    }

    private void startDrag(MouseEvent event) {
        PaletteItem item = item();
        if (item == null) {
            return;
        }
        Dragboard board = startDragAndDrop(TransferMode.COPY);
        board.setContent(PaletteDrag.content(item));
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        board.setDragView(itemContent.snapshot(parameters, null));
        event.consume();
    }
}
