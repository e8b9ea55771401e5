package dev.traverse.app.main;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.designer.CanvasIntentHandler;
import dev.traverse.app.designer.DesignerViewModel;
import dev.traverse.app.io.OpenTopology;
import dev.traverse.app.outline.OutlineView;
import dev.traverse.app.outline.OutlineViewModel;
import dev.traverse.app.problems.ProblemsView;
import dev.traverse.app.problems.ProblemsViewModel;
import dev.traverse.app.state.AppState;
import dev.traverse.app.summary.SummaryView;
import dev.traverse.app.summary.SummaryViewModel;
import dev.traverse.app.theme.ThemeMenu;
import dev.traverse.app.theme.ThemeViewModel;
import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.themes.TraverseStyles;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menu bar and tool bar, the designer's workspace (side panels around the canvas), the
 * empty state, and the status bar. It builds the feature views and wires them; the stage is the caller's.
 */
public final class MainWindowView {

    /** The canvas's id, for tests. */
    public static final String CANVAS_ID = "topology-canvas";

    private final BorderPane root = new BorderPane();
    private final TopologyCanvas canvas = new TopologyCanvas();
    private final DesignerViewModel designer;
    private final MainWindowViewModel viewModel;

    public MainWindowView(MainWindowViewModel viewModel, ThemeViewModel themes, AppState state, Runnable quit) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(quit, "quit");

        designer = new DesignerViewModel(canvas.selection(), viewModel::report);
        canvas.setId(CANVAS_ID);
        canvas.diagramProperty().bind(designer.diagramProperty());
        canvas.setIntents(new CanvasIntentHandler(designer));
        state.openTopologyProperty().addListener((obs, old, now) -> {
            designer.documentProperty().set(document(now));
            Platform.runLater(canvas::fitToContent); // after the layout pass has sized the canvas
        });

        OutlineView outline = new OutlineView(new OutlineViewModel(state));
        SummaryView summary = new SummaryView(new SummaryViewModel(state));
        ProblemsView problems = new ProblemsView(new ProblemsViewModel(state));

        TabPane left = tabs(new Tab("Outline", outline.node()));
        TabPane bottom = tabs(new Tab("Problems", problems.node()));
        VBox right = new VBox(summary.node());
        right.getStyleClass().add(TraverseStyles.SIDE_PANEL);

        WorkspaceView workspace = new WorkspaceView(left, new StackPane(canvas), bottom, right);
        workspace.node().visibleProperty().bind(viewModel.emptyProperty().not());
        StackPane centre = new StackPane(workspace.node(), new EmptyStateView(viewModel).node());

        MainMenuView menu = new MainMenuView(viewModel, new ThemeMenu(themes), quit);
        MainToolBarView toolBar = new MainToolBarView(viewModel, outline);

        root.getStyleClass().add(TraverseStyles.MAIN_WINDOW);
        root.setTop(new VBox(menu.menuBar(), toolBar.toolBar()));
        root.setCenter(centre);
        root.setBottom(new StatusBarView(viewModel).bar());
    }

    private static DesignDocument document(OpenTopology opened) {
        if (opened == null) {
            return null;
        }
        return opened.result().document().map(d -> new DesignDocument(d, opened.file())).orElse(null);
    }

    private static TabPane tabs(Tab... tabs) {
        TabPane pane = new TabPane(tabs);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pane;
    }

    public Parent root() {
        return root;
    }

    public MainWindowViewModel viewModel() {
        return viewModel;
    }

    public TopologyCanvas canvas() {
        return canvas;
    }

    public DesignerViewModel designer() {
        return designer;
    }
}
