package dev.traverse.app.inspector;

import atlantafx.base.theme.Styles;
import dev.traverse.app.elements.ElementType;
import dev.traverse.app.palette.PaletteStyles;
import dev.traverse.themes.TraverseStyles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The inspector: the selection's name and type, then its fields in sections, each a label beside an editor with the
 * model's message under it when a typed value was refused. Text commits on Enter or on leaving the field, choices on
 * picking; Escape puts the current value back. FX thread only.
 */
public final class InspectorView {

    /** The panel's id, for tests. */
    public static final String ID = "inspector";
    /** Prompt of a field whose selected elements differ. */
    static final String MIXED_PROMPT = "Mixed values";
    private static final String UNSET = "—";
    private static final double LABEL_WIDTH = 124;

    private final InspectorViewModel viewModel;
    private final VBox sections = new VBox();
    private final VBox root;

    public InspectorView(InspectorViewModel viewModel) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");

        FontIcon icon = new FontIcon();
        StackPane tile = new StackPane(icon);
        tile.getStyleClass().add(TraverseStyles.ICON_TILE);
        Label title = new Label();
        title.getStyleClass().add(TraverseStyles.INSPECTOR_TITLE);
        title.textProperty().bind(viewModel.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add(TraverseStyles.INSPECTOR_SUBTITLE);
        subtitle.textProperty().bind(viewModel.subtitleProperty());
        HBox header = new HBox(tile, new VBox(title, subtitle));
        header.getStyleClass().add(TraverseStyles.INSPECTOR_HEADER);
        header.visibleProperty().bind(viewModel.titleProperty().isNotEmpty());
        header.managedProperty().bind(header.visibleProperty());
        viewModel.typeProperty().addListener((obs, old, now) -> showType(tile, icon, now));
        showType(tile, icon, viewModel.typeProperty().get());

        sections.getStyleClass().add(TraverseStyles.INSPECTOR_GRID);
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);

        Label placeholder = new Label();
        placeholder.textProperty().bind(viewModel.placeholderProperty());
        placeholder.getStyleClass().add(TraverseStyles.PANEL_PLACEHOLDER);
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(viewModel.placeholderProperty().isNotEmpty());
        StackPane body = new StackPane(scroll, placeholder);
        StackPane.setAlignment(placeholder, Pos.TOP_CENTER);
        VBox.setVgrow(body, Priority.ALWAYS);

        viewModel.fields().addListener((ListChangeListener<InspectorField>) c -> rebuild());
        rebuild();

        root = new VBox(header, body);
        root.setId(ID);
        root.getStyleClass().addAll(TraverseStyles.DESIGNER_PANEL, TraverseStyles.INSPECTOR);
    }

    public Node node() {
        return root;
    }

    private void rebuild() {
        Map<String, GridPane> grids = new LinkedHashMap<>();
        for (InspectorField field : viewModel.fields()) {
            GridPane grid = grids.computeIfAbsent(field.section(), s -> grid());
            addRow(grid, field);
        }
        sections.getChildren().clear();
        grids.forEach((section, grid) -> {
            Label heading = new Label(section);
            heading.getStyleClass().add(TraverseStyles.INSPECTOR_SECTION);
            sections.getChildren().addAll(heading, grid);
        });
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        ColumnConstraints labels = new ColumnConstraints(LABEL_WIDTH);
        ColumnConstraints editors = new ColumnConstraints();
        editors.setHgrow(Priority.ALWAYS);
        editors.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, editors);
        return grid;
    }

    private void addRow(GridPane grid, InspectorField field) {
        // Two rows per field, the second for its message; counted from the labels, as hidden messages are not.
        int row = 2 * (int) grid.getChildren().stream()
                .filter(n -> n.getStyleClass().contains(TraverseStyles.INSPECTOR_LABEL)).count();
        Label label = new Label(field.label());
        label.getStyleClass().add(TraverseStyles.INSPECTOR_LABEL);
        label.setMinWidth(0);
        Node editor = editor(field);
        label.setLabelFor(editor);
        Label message = new Label();
        message.getStyleClass().add(TraverseStyles.INSPECTOR_MESSAGE);
        message.setWrapText(true);
        // Wrapped labels in a grid get one line's height unless their minimum follows their preferred height.
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.setGraphic(new FontIcon(Material2OutlinedAL.ERROR_OUTLINE));
        message.textProperty().bind(field.errorProperty());
        message.visibleProperty().bind(field.errorProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        message.setId(ID + "-" + field.key() + "-message");
        GridPane.setValignment(label, VPos.CENTER);
        GridPane.setHalignment(label, HPos.LEFT);
        grid.add(label, 0, row);
        grid.add(editor, 1, row);
        grid.add(message, 1, row + 1);
    }

    private Node editor(InspectorField field) {
        Node editor = switch (field.editor()) {
            case TEXT -> textEditor(field);
            case CHOICE -> choiceEditor(field);
            case MULTI_CHOICE -> multiChoiceEditor(field);
            case READ_ONLY -> readOnly(field);
        };
        editor.setId(ID + "-" + field.key());
        return editor;
    }

    private static Node textEditor(InspectorField field) {
        TextField text = new TextField(field.value());
        text.setMaxWidth(Double.MAX_VALUE);
        text.promptTextProperty().bind(Bindings.when(field.mixedProperty())
                .then(MIXED_PROMPT).otherwise(field.prompt()));
        field.valueProperty().addListener((obs, old, now) -> text.setText(now));
        field.errorProperty().addListener((obs, old, now) -> text.pseudoClassStateChanged(Styles.STATE_DANGER,
                now != null));
        text.setOnAction(event -> field.commit(text.getText()));
        text.focusedProperty().addListener((obs, was, now) -> {
            // Leaving the field commits it, unless it lost focus because its row was replaced (an undo, a new
            // selection): the typed text belonged to what was shown before.
            if (!now && text.getScene() != null && field.error() == null) {
                field.commit(text.getText());
            }
        });
        text.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                text.setText(field.value());
                field.revert();
                event.consume();
            }
        });
        Tooltip mixed = new Tooltip("The selected elements differ; a value typed here sets all of them.");
        text.tooltipProperty().bind(Bindings.when(field.mixedProperty()).then(mixed).otherwise((Tooltip) null));
        return text;
    }

    private static Node choiceEditor(InspectorField field) {
        String unset = field.unsetText().isEmpty() ? UNSET : field.unsetText();
        ComboBox<String> choice = new ComboBox<>();
        choice.getItems().setAll(field.options());
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : value.isEmpty() ? unset : value;
            }

            @Override
            public String fromString(String text) {
                return unset.equals(text) ? "" : text;
            }
        });
        choice.setPromptText(MIXED_PROMPT);
        boolean[] showing = {false};
        Runnable show = () -> {
            showing[0] = true;
            choice.setValue(field.isMixed() ? null : field.value());
            showing[0] = false;
        };
        show.run();
        field.valueProperty().addListener((obs, old, now) -> show.run());
        field.mixedProperty().addListener((obs, old, now) -> show.run());
        field.errorProperty().addListener((obs, old, now) -> choice.pseudoClassStateChanged(Styles.STATE_DANGER,
                now != null));
        choice.valueProperty().addListener((obs, old, now) -> {
            if (!showing[0] && now != null) {
                field.commit(now);
            }
        });
        revertOnEscape(choice, field, show);
        return choice;
    }

    /** Check boxes in a drop-down; each check or uncheck commits the checked options, in their own order. */
    private static Node multiChoiceEditor(InspectorField field) {
        CheckComboBox<String> choice = new CheckComboBox<>();
        choice.getItems().setAll(field.options());
        choice.setMaxWidth(Double.MAX_VALUE);
        boolean[] showing = {false};
        Runnable show = () -> {
            showing[0] = true;
            List<String> chosen = FieldText.items(field.value());
            choice.getCheckModel().clearChecks();
            chosen.forEach(choice.getCheckModel()::check);
            choice.setTitle(field.isMixed() ? MIXED_PROMPT : chosen.isEmpty() ? field.unsetText() : null);
            showing[0] = false;
        };
        show.run();
        field.valueProperty().addListener((obs, old, now) -> show.run());
        field.mixedProperty().addListener((obs, old, now) -> show.run());
        field.errorProperty().addListener((obs, old, now) -> choice.pseudoClassStateChanged(Styles.STATE_DANGER,
                now != null));
        choice.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> {
            if (!showing[0]) {
                List<String> checked = field.options().stream()
                        .filter(choice.getCheckModel().getCheckedItems()::contains).toList();
                choice.setTitle(checked.isEmpty() ? field.unsetText() : null);
                field.commit(String.join(", ", checked));
            }
        });
        revertOnEscape(choice, field, show);
        return choice;
    }

    /** Escape on a refused choice shows the current value again and forgets the refusal. */
    private static void revertOnEscape(Node editor, InspectorField field, Runnable show) {
        editor.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && field.error() != null) {
                show.run();
                field.revert();
                event.consume();
            }
        });
    }

    private static Node readOnly(InspectorField field) {
        Label value = new Label();
        value.getStyleClass().add(TraverseStyles.INSPECTOR_VALUE);
        value.setWrapText(true);
        value.textProperty().bind(Bindings.createStringBinding(
                () -> field.isMixed() ? MIXED_PROMPT : field.value().isEmpty() ? UNSET : field.value(),
                field.valueProperty(), field.mixedProperty()));
        return value;
    }

    private static void showType(StackPane tile, FontIcon icon, ElementType type) {
        PaletteStyles.markKind(tile, type);
        icon.setIconCode(iconOf(type));
    }

    private static Ikon iconOf(ElementType type) {
        if (type == null) {
            return Material2OutlinedAL.LIBRARY_BOOKS;
        }
        return switch (type) {
            case SITE -> Material2OutlinedAL.LOCATION_ON;
            case CLUSTER -> Material2OutlinedMZ.WIDGETS;
            case NODE_POOL -> Material2OutlinedAL.DNS;
            case DEVICE_GROUP -> Material2OutlinedAL.DEVICES_OTHER;
            case LINK -> Material2OutlinedAL.LINK;
            case WORKLOAD -> Material2OutlinedAL.LAYERS;
        };
    }

    /** The fields' sections in display order, for tests. */
    static List<String> sectionsOf(List<InspectorField> fields) {
        return fields.stream().map(InspectorField::section).distinct().toList();
    }
}
