package dev.traverse.app.main;

import dev.traverse.app.concurrent.TaskExecutor;
import dev.traverse.app.design.ProblemPaths;
import dev.traverse.app.designer.CanvasContextMenu;
import dev.traverse.app.designer.CanvasIntentHandler;
import dev.traverse.app.designer.DesignerActions;
import dev.traverse.app.designer.DesignerMenus;
import dev.traverse.app.designer.DesignerViewModel;
import dev.traverse.app.designer.FindView;
import dev.traverse.app.designer.FindViewModel;
import dev.traverse.app.designer.PreviewParts;
import dev.traverse.app.dialogs.DialogService;
import dev.traverse.app.inspector.InspectorView;
import dev.traverse.app.inspector.InspectorViewModel;
import dev.traverse.app.inspector.SelectionLinks;
import dev.traverse.app.log.LogView;
import dev.traverse.app.log.LogViewModel;
import dev.traverse.app.outline.OutlineView;
import dev.traverse.app.outline.OutlineViewModel;
import dev.traverse.app.palette.PaletteCatalog;
import dev.traverse.app.palette.PaletteDropHandler;
import dev.traverse.app.palette.PaletteView;
import dev.traverse.app.palette.PaletteViewModel;
import dev.traverse.app.preview.PreviewWorker;
import dev.traverse.app.problems.ProblemsView;
import dev.traverse.app.problems.ProblemsViewModel;
import dev.traverse.app.state.AppState;
import dev.traverse.app.summary.SummaryView;
import dev.traverse.app.summary.SummaryViewModel;
import dev.traverse.app.theme.ThemeMenu;
import dev.traverse.app.theme.ThemeViewModel;
import dev.traverse.app.ui.SelectedTabContent;
import dev.traverse.app.workloads.WorkloadsView;
import dev.traverse.app.workloads.WorkloadsViewModel;
import dev.traverse.canvas.Minimap;
import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.render.CanvasTheme;
import dev.traverse.themes.TraverseStyles;
import dev.traverse.themes.TraverseTheme;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Menu;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menus and tool bar, the designer's workspace (palette and outline, the canvas with its
 * objectives strip, minimap and failure banner, the bottom panels, the inspector), the empty state and the status
 * bar. It builds the feature views and wires them together; the stage is the caller's. FX thread only.
 */
public final class MainWindowView {

    /** The canvas's id, for tests. */
    public static final String CANVAS_ID = "topology-canvas";
    static final double MINIMAP_WIDTH = 200;
    static final double MINIMAP_HEIGHT = 130;

    private final BorderPane root = new BorderPane();
    private final TopologyCanvas canvas = new TopologyCanvas();
    private final MainWindowViewModel viewModel;
    private final DesignerViewModel designer;
    private final PreviewParts preview;
    private final LogViewModel log = new LogViewModel();
    private final TabPane right;
    private final TabPane bottom;
    private final Tab explanationTab;
    private final Tab inspectorTab;
    private final StackPane findBox;
    private final FindView find;

    /**
     * @param executor file reading and writing, explanations and what-ifs
     * @param compute  the thread the placement preview shares with the model checks
     */
    public MainWindowView(MainWindowViewModel viewModel, ThemeViewModel themes, AppState state, TaskExecutor executor,
                          PreviewWorker compute, DialogService dialogs, Runnable quit) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(quit, "quit");

        designer = new DesignerViewModel(canvas.selection(), this::refused);
        designer.documentProperty().bind(viewModel.documentProperty());
        canvas.setId(CANVAS_ID);
        canvas.diagramProperty().bind(designer.diagramProperty());
        themes.themeProperty().addListener((obs, old, now) -> followTheme(now));
        followTheme(themes.themeProperty().get());

        PaletteCatalog catalog = PaletteCatalog.standard();
        WorkloadsViewModel workloads = new WorkloadsViewModel(viewModel.documentProperty(), catalog);
        InspectorViewModel inspector = new InspectorViewModel(viewModel.documentProperty());
        SelectionLinks.connect(canvas.selection(), workloads, inspector);
        preview = new PreviewParts(designer.topologyProperty(), executor, compute,
                name -> workloads.select(List.of(name)));
        canvas.overlayProperty().bind(preview.whatIf().overlayProperty());

        // Panels
        PaletteViewModel palette = new PaletteViewModel(catalog);
        PaletteDropHandler drops = new PaletteDropHandler(catalog, viewModel.documentProperty(), dialogs);
        OutlineView outline = new OutlineView(new OutlineViewModel(state));
        ProblemsViewModel problems = new ProblemsViewModel(viewModel.problems());
        problems.setOnOpen(problem -> Optional.ofNullable(viewModel.topology())
                .filter(t -> viewModel.problemsAreTheDocuments())
                .flatMap(t -> ProblemPaths.elementId(t, problem.path())).ifPresent(this::reveal));

        FindViewModel findModel = new FindViewModel();
        designer.diagramProperty().addListener((obs, old, now) -> findModel.setDiagram(now));
        find = new FindView(findModel, this::reveal, this::closeFind);
        findBox = new StackPane(find.node());
        findBox.getStyleClass().add(TraverseStyles.FIND_BOX);
        findBox.setMaxSize(StackPane.USE_PREF_SIZE, StackPane.USE_PREF_SIZE);
        findBox.setVisible(false);
        StackPane.setAlignment(findBox, Pos.TOP_RIGHT);
        StackPane.setMargin(findBox, new Insets(12));

        DesignerActions actions = new DesignerActions(designer, canvas, new SystemClipboard(), this::openFind,
                preview.whatIf());
        CanvasContextMenu contextMenu = new CanvasContextMenu(actions, preview.whatIf(), preview.pins(),
                this::explainChip);
        inspectorTab = new Tab("Inspector", new InspectorView(inspector).node());
        explanationTab = new Tab("Explanation", preview.explanationView().node());
        CanvasIntentHandler intents = new CanvasIntentHandler(designer, drops, preview.preview(), preview.pins(),
                this::explainChip, id -> showInspector(), contextMenu,
                this::refused);
        canvas.setIntents(intents);
        palette.setOnAdd(item -> intents.show(drops.drop(item.id(), designer.selection().lead(), centreOfView())));

        Minimap minimap = new Minimap(canvas);
        minimap.setPrefSize(MINIMAP_WIDTH, MINIMAP_HEIGHT);
        minimap.setMaxSize(MINIMAP_WIDTH, MINIMAP_HEIGHT);
        minimap.visibleProperty().bind(actions.minimapShown());
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(12));
        Node banner = preview.banner().node();
        StackPane.setAlignment(banner, Pos.TOP_CENTER);
        StackPane.setMargin(banner, new Insets(12));
        StackPane canvasArea = new StackPane(canvas, banner, minimap, findBox);
        VBox centre = new VBox(preview.strip().node(), canvasArea);
        VBox.setVgrow(canvasArea, javafx.scene.layout.Priority.ALWAYS);

        TabPane left = tabs(new Tab("Palette", new PaletteView(palette).node()), new Tab("Outline", outline.node()));
        Tab problemsTab = new Tab();
        problemsTab.textProperty().bind(problems.titleProperty());
        problemsTab.setContent(panel(new ProblemsView(problems).node()));
        Tab placementTab = new Tab();
        placementTab.textProperty().bind(preview.panelModel().titleProperty());
        placementTab.setContent(preview.panel().node());
        Tab workloadsTab = new Tab();
        workloadsTab.textProperty().bind(workloads.titleProperty());
        workloadsTab.setContent(new WorkloadsView(workloads).node());
        bottom = tabs(placementTab, problemsTab, workloadsTab, new Tab("Log", new LogView(log).node()));
        right = tabs(inspectorTab, explanationTab,
                new Tab("Overview", new SummaryView(new SummaryViewModel(state)).node()));

        WorkspaceView workspace = new WorkspaceView(left, centre, bottom, right);
        workspace.node().visibleProperty().bind(viewModel.emptyProperty().not());
        StackPane content = new StackPane(workspace.node(), new EmptyStateView(viewModel).node());

        DesignerMenus designerMenus = new DesignerMenus(actions);
        List<Menu> menus = List.of(designerMenus.edit(), designerMenus.view(new ThemeMenu(themes).menu()),
                designerMenus.arrange(), designerMenus.placement(preview.preview(), preview.whatIf()));
        MainMenuView menu = new MainMenuView(viewModel, menus, quit);
        MainToolBarView toolBar = new MainToolBarView(viewModel, actions, preview.preview());

        root.getStyleClass().add(TraverseStyles.MAIN_WINDOW);
        root.setTop(new VBox(menu.menuBar(), toolBar.toolBar()));
        root.setCenter(content);
        root.setBottom(new StatusBarView(viewModel).bar());

        logOutcomes();
        viewModel.documentProperty().addListener((obs, old, now) -> {
            if (now != null) {
                preview.restart();
                javafx.application.Platform.runLater(canvas::fitToContent); // once the layout pass sized it
            }
        });
    }

    private void logOutcomes() {
        viewModel.statusProperty().addListener((obs, old, now) -> log.info(now));
        preview.preview().statusProperty().addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                log.info(now);
            }
        });
        preview.preview().errorProperty().addListener((obs, old, now) -> {
            if (now != null) {
                log.error(now);
            }
        });
    }

    private void refused(String message) {
        viewModel.report(message);
        log.warning(message);
    }

    private void followTheme(TraverseTheme theme) {
        canvas.setCanvasTheme(theme != null && theme.isDark() ? CanvasTheme.DARK : CanvasTheme.LIGHT);
    }

    private void showInspector() {
        right.getSelectionModel().select(inspectorTab);
    }

    private void explainChip(String chipId) {
        preview.explanation().explainChip(chipId);
        right.getSelectionModel().select(explanationTab);
    }

    /** Selects an element and brings it into view. */
    private void reveal(String id) {
        canvas.reveal(id);
        canvas.requestFocus();
    }

    private void openFind() {
        findBox.setVisible(true);
        find.focus();
    }

    private void closeFind() {
        findBox.setVisible(false);
        canvas.requestFocus();
    }

    private Point centreOfView() {
        return canvas.viewport().toCanvas(canvas.getWidth() / 2, canvas.getHeight() / 2);
    }

    private static Node panel(Node content) {
        StackPane pane = new StackPane(content);
        pane.getStyleClass().add(TraverseStyles.DESIGNER_PANEL);
        return pane;
    }

    private static TabPane tabs(Tab... tabs) {
        TabPane pane = new TabPane(tabs);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SelectedTabContent.install(pane);
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

    public PreviewParts preview() {
        return preview;
    }

    /** The system clipboard as plain text. */
    private static final class SystemClipboard implements DesignerActions.TextClipboard {
        @Override
        public Optional<String> text() {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            return clipboard.hasString() ? Optional.of(clipboard.getString()) : Optional.empty();
        }

        @Override
        public void setText(String text) {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
