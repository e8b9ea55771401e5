package dev.traverse.app.workloads;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.traverse.app.palette.PaletteDrag;
import dev.traverse.app.palette.PaletteItem;
import dev.traverse.app.ui.CellTooltip;
import dev.traverse.canvas.intent.PaletteTransfer;
import dev.traverse.themes.TraverseStyles;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The workloads panel: a table of the topology's workloads with their replicas, requests and constraints, and Add
 * (the palette's workload items), Duplicate and Delete. Workload items dragged from the palette onto the table are
 * added too. Selecting rows selects the workloads for the inspector. FX thread only.
 */
public final class WorkloadsView {

    /** The table's id, for tests. */
    public static final String TABLE_ID = "workloads";

    private final WorkloadsViewModel viewModel;
    private final TableView<WorkloadRow> table = new TableView<>();
    private final VBox root;
    private boolean syncing;

    public WorkloadsView(WorkloadsViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");

        Label title = new Label();
        title.textProperty().bind(viewModel.titleProperty());
        title.getStyleClass().add(TraverseStyles.PANEL_TITLE);
        Label message = new Label();
        message.textProperty().bind(viewModel.messageProperty());
        message.getStyleClass().add(Styles.DANGER);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, message, spacer, addMenu(), duplicateButton(), deleteButton());
        header.getStyleClass().add(TraverseStyles.PANEL_HEADER);

        table.setId(TABLE_ID);
        table.getStyleClass().addAll(TraverseStyles.WORKLOADS_TABLE, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        // Sorting by a column reorders a view of the rows, never the view model's list.
        SortedList<WorkloadRow> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setRowFactory(t -> draggableRow());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Name", WorkloadRow::name, 160, Styles.TEXT_BOLD),
                column("Kind", WorkloadRow::kind, 80, null),
                column("Replicas", WorkloadRow::replicas, 92, Tweaks.ALIGN_RIGHT),
                column("CPU", WorkloadRow::cpu, 66, Tweaks.ALIGN_RIGHT),
                column("Memory", WorkloadRow::memory, 82, Tweaks.ALIGN_RIGHT),
                column("GPU", WorkloadRow::gpu, 52, Tweaks.ALIGN_RIGHT),
                column("Constraints", WorkloadRow::constraints, 320, TraverseStyles.MUTED_CELL)));
        Label placeholder = new Label("No workloads yet. Add one, or drag one from the palette.");
        placeholder.getStyleClass().add(TraverseStyles.PANEL_PLACEHOLDER);
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<WorkloadRow>) c -> {
            if (!syncing) {
                viewModel.select(table.getSelectionModel().getSelectedItems().stream().map(WorkloadRow::name)
                        .toList());
            }
        });
        viewModel.selection().addListener((ListChangeListener<String>) c -> showSelection());
        table.getItems().addListener((ListChangeListener<WorkloadRow>) c -> showSelection());
        table.sceneProperty().addListener((obs, old, now) -> showSelection());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                viewModel.delete();
                event.consume();
            }
        });
        acceptPaletteDrops();

        root = new VBox(header, table);
        root.getStyleClass().addAll(TraverseStyles.DESIGNER_PANEL, TraverseStyles.WORKLOADS);
    }

    public Node node() {
        return root;
    }

    /** A row that can be dragged onto a site, cluster or node pool on the canvas to give its workload an affinity. */
    private static TableRow<WorkloadRow> draggableRow() {
        TableRow<WorkloadRow> row = new TableRow<>();
        row.setOnDragDetected(event -> {
            if (!row.isEmpty() && row.getItem() != null) {
                Dragboard board = row.startDragAndDrop(TransferMode.COPY);
                board.setContent(PaletteDrag.workload(row.getItem().name()));
                event.consume();
            }
        });
        return row;
    }

    private MenuButton addMenu() {
        MenuButton add = new MenuButton("Add", new FontIcon(Material2OutlinedAL.ADD));
        for (PaletteItem item : viewModel.addableItems()) {
            MenuItem menuItem = new MenuItem(item.title(), new FontIcon(item.icon()));
            menuItem.setOnAction(event -> viewModel.add(item));
            add.getItems().add(menuItem);
        }
        add.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        add.setTooltip(new Tooltip("Add a workload"));
        return add;
    }

    private Button duplicateButton() {
        Button duplicate = iconButton(Material2OutlinedAL.CONTENT_COPY, "Duplicate the selected workloads");
        duplicate.setOnAction(event -> viewModel.duplicate());
        return duplicate;
    }

    private Button deleteButton() {
        Button delete = iconButton(Material2OutlinedAL.DELETE, "Delete the selected workloads");
        delete.setOnAction(event -> viewModel.delete());
        return delete;
    }

    private Button iconButton(Ikon icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        button.setTooltip(new Tooltip(tip));
        button.disableProperty().bind(viewModel.nothingSelectedProperty());
        return button;
    }

    private static TableColumn<WorkloadRow, String> column(String name, Function<WorkloadRow, String> value,
                                                           double width, String styleClass) {
        TableColumn<WorkloadRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        column.setPrefWidth(width);
        // Every column keeps its width but the constraints, which takes what is left and ellipsises.
        column.setMinWidth(name.equals("Constraints") ? 120 : width);
        column.setCellFactory(c -> {
            TableCell<WorkloadRow, String> cell = new TableCell<>() {
                private final CellTooltip tooltip = new CellTooltip(this);

                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item);
                    tooltip.show(empty ? null : item);
                }
            };
            if (styleClass != null && !Tweaks.ALIGN_RIGHT.equals(styleClass)) {
                cell.getStyleClass().add(styleClass);
            }
            return cell;
        });
        if (Tweaks.ALIGN_RIGHT.equals(styleClass)) {
            // Right-aligned columns hold amounts, which sort by value.
            column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
            column.setComparator(WorkloadRow.BY_AMOUNT);
        }
        return column;
    }

    /**
     * Selects the rows of the selected workloads. Skipped while the table is hidden (its tab not chosen): selecting
     * rows one by one in a large table cost every edit milliseconds; the table catches up when it is shown.
     */
    private void showSelection() {
        if (table.getScene() == null) {
            return;
        }
        syncing = true;
        try {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (viewModel.selection().contains(table.getItems().get(i).name())) {
                    table.getSelectionModel().select(i);
                }
            }
        } finally {
            syncing = false;
        }
    }

    private void acceptPaletteDrops() {
        table.setOnDragOver(event -> {
            Object id = event.getDragboard().getContent(PaletteTransfer.FORMAT);
            if (id instanceof String itemId && viewModel.addableItems().stream()
                    .anyMatch(i -> i.id().equals(itemId))) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        table.setOnDragDropped(event -> {
            Object id = event.getDragboard().getContent(PaletteTransfer.FORMAT);
            boolean done = false;
            for (PaletteItem item : viewModel.addableItems()) {
                if (item.id().equals(id)) {
                    viewModel.add(item);
                    done = true;
                }
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }
}
