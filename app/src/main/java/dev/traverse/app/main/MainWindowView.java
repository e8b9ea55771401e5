package dev.traverse.app.main;

import dev.traverse.app.outline.OutlineView;
import dev.traverse.app.outline.OutlineViewModel;
import dev.traverse.app.problems.ProblemsView;
import dev.traverse.app.problems.ProblemsViewModel;
import dev.traverse.app.state.AppState;
import dev.traverse.app.summary.SummaryView;
import dev.traverse.app.summary.SummaryViewModel;
import dev.traverse.app.theme.ThemeMenu;
import dev.traverse.app.theme.ThemeViewModel;
import dev.traverse.themes.TraverseStyles;
import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: menu bar and tool bar, the outline beside a panel of counts and problems (until the
 * canvas takes the centre), the empty state, and the status bar. It builds the feature views; the stage is the
 * caller's.
 */
public final class MainWindowView {

    private static final double SIDE_PANEL_MIN_WIDTH = 300;
    private static final double OUTLINE_SHARE = 0.62;

    private final BorderPane root = new BorderPane();

    public MainWindowView(MainWindowViewModel viewModel, ThemeViewModel themes, AppState state, Runnable quit) {
        Objects.requireNonNull(viewModel, "viewModel");
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(quit, "quit");

        OutlineView outline = new OutlineView(new OutlineViewModel(state));
        SummaryView summary = new SummaryView(new SummaryViewModel(state));
        ProblemsView problems = new ProblemsView(new ProblemsViewModel(state));

        VBox sidePanel = new VBox(summary.node(), problems.node());
        sidePanel.getStyleClass().add(TraverseStyles.SIDE_PANEL);
        sidePanel.setMinWidth(SIDE_PANEL_MIN_WIDTH);

        SplitPane content = new SplitPane(outline.node(), sidePanel);
        content.setDividerPositions(OUTLINE_SHARE);
        SplitPane.setResizableWithParent(sidePanel, false);
        content.visibleProperty().bind(viewModel.emptyProperty().not());

        StackPane centre = new StackPane(content, new EmptyStateView(viewModel).node());

        MainMenuView menu = new MainMenuView(viewModel, new ThemeMenu(themes), quit);
        MainToolBarView toolBar = new MainToolBarView(viewModel, outline);

        root.getStyleClass().add(TraverseStyles.MAIN_WINDOW);
        root.setTop(new VBox(menu.menuBar(), toolBar.toolBar()));
        root.setCenter(centre);
        root.setBottom(new StatusBarView(viewModel).bar());
    }

    public Parent root() {
        return root;
    }
}
