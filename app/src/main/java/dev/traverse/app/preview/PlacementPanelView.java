package dev.traverse.app.preview;

import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import dev.traverse.app.ui.BusySpinner;
import dev.traverse.app.ui.Icons;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Placement panel at the bottom of the designer: the preview's summary, auto-preview and F5, and a table of the
 * replicas that fit nowhere with the engine's kube-scheduler style reason and its suggested fixes. Double-click a
 * row to select its workload. FX thread only.
 */
public final class PlacementPanelView {

    /** The table's id, for tests. */
    public static final String TABLE_ID = "unplaced-replicas";
    /** The summary label's id, for tests. */
    public static final String SUMMARY_ID = "placement-summary";

    /** Places afresh: F5, as in browsers and IDEs. */
    public static final KeyCombination PREVIEW_NOW = new KeyCodeCombination(KeyCode.F5);

    private final VBox panel;
    private final PlacementPanelViewModel viewModel;

    public PlacementPanelView(PlacementPanelViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        Label title = new Label();
        title.textProperty().bind(viewModel.titleProperty());
        title.getStyleClass().add(PreviewStyles.PLACEMENT_TITLE);

        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.getStyleClass().add(PreviewStyles.PLACEMENT_SUMMARY);
        summary.setMinWidth(0);
        viewModel.failedProperty().addListener((obs, was, failed) ->
                summary.pseudoClassStateChanged(PreviewStyles.FAILED, failed));
        summary.pseudoClassStateChanged(PreviewStyles.FAILED, viewModel.failedProperty().get());

        Node spinner = BusySpinner.showWhile(viewModel.runningProperty(), 14);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        ToggleSwitch auto = new ToggleSwitch("Auto-preview");
        auto.selectedProperty().bindBidirectional(viewModel.autoPreviewProperty());
        auto.setTooltip(new Tooltip("Place again after every edit"));

        Button now = new Button("Preview", Icons.of(Material2AL.AUTORENEW));
        now.getStyleClass().addAll(Styles.SMALL);
        now.setTooltip(new Tooltip("Place afresh, improving the placement (F5)"));
        now.setOnAction(e -> viewModel.previewNow());

        HBox header = new HBox(title, spinner, summary, spacer, auto, now);
        header.getStyleClass().add(PreviewStyles.PLACEMENT_HEADER);

        TableView<UnplacedReplica> table = new TableView<>(viewModel.unplaced());
        table.setId(TABLE_ID);
        table.getStyleClass().add(PreviewStyles.UNPLACED_TABLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Every replica has a host."));
        table.getColumns().add(column("Workload", 150, UnplacedReplica::workload, PreviewStyles.WORKLOAD_CELL));
        TableColumn<UnplacedReplica, UnplacedReplica> replica = column("Replica", 70,
                u -> Integer.toString(u.replica()), PreviewStyles.MUTED_CELL);
        replica.setMinWidth(60);
        replica.setMaxWidth(80);
        table.getColumns().add(replica);
        table.getColumns().add(column("Why it fits nowhere", 420, UnplacedReplica::summary, null));
        table.getColumns().add(column("Suggested fixes", 300, PlacementPanelViewModel::fixesText,
                PreviewStyles.MUTED_CELL));
        table.setRowFactory(t -> {
            TableRow<UnplacedReplica> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.select(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        panel = new VBox(header, table);
        panel.getStyleClass().add(PreviewStyles.PLACEMENT_PANEL);
        PreviewStyles.addStylesheet(panel);
    }

    private static TableColumn<UnplacedReplica, UnplacedReplica> column(String name, double width,
                                                                        Function<UnplacedReplica, String> text,
                                                                        String styleClass) {
        TableColumn<UnplacedReplica, UnplacedReplica> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new WrappingTextCell<>(c, text, styleClass));
        column.setSortable(false);
        return column;
    }

    /** Makes {@link #PREVIEW_NOW} place afresh anywhere in {@code scene}. */
    public void installShortcut(Scene scene) {
        scene.getAccelerators().put(PREVIEW_NOW, viewModel::previewNow);
    }

    public Node node() {
        return panel;
    }
}
