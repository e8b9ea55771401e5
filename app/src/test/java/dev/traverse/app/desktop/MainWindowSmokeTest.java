package dev.traverse.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.design.RecoveryStore;
import dev.traverse.app.main.MainWindowViewModel;
import dev.traverse.app.outline.OutlineItem;
import dev.traverse.app.outline.OutlineView;
import dev.traverse.app.summary.SummaryView;
import dev.traverse.app.testing.DirectTaskExecutor;
import dev.traverse.app.testing.MemoryPreferences;
import dev.traverse.themes.TraverseTheme;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The desktop window as the application builds it, reading a real file, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class MainWindowSmokeTest {

    @TempDir
    static Path recovery;

    private MainWindowViewModel viewModel;
    private Stage stage;

    @Start
    void start(Stage stage) throws URISyntaxException {
        this.stage = stage;
        viewModel = DesktopWindow.show(stage, new DirectTaskExecutor(), new MemoryPreferences(),
                new RecoveryStore(recovery), stage::close).viewModel();
        viewModel.open(Path.of(getClass().getResource("/dev/traverse/app/two-sites.yaml").toURI()));
    }

    @Test
    void showsTheTopologysSitesInTheOutline(FxRobot robot) {
        robot.clickOn("Outline");
        TreeView<OutlineItem> tree = robot.lookup("#" + OutlineView.ID).queryAs(TreeView.class);
        TreeItem<OutlineItem> root = tree.getRoot();

        assertThat(root.getValue().name()).isEqualTo("two-sites");
        assertThat(root.getChildren()).extracting(item -> item.getValue().name())
                .containsExactly("aws-eu-central", "store-042");
        assertThat(robot.from(tree).lookup(".tree-cell").queryAllAs(TreeCell.class))
                .extracting(cell -> cell.getItem() == null ? null : ((OutlineItem) cell.getItem()).name())
                .contains("two-sites", "aws-eu-central", "eks-fra", "general", "store-042", "cam");
        assertThat(stage.getTitle()).isEqualTo("two-sites — two-sites.yaml — Traverse");
    }

    @Test
    void countsNodesAndDevicesWithTheirMembers(FxRobot robot) {
        robot.clickOn("Overview");
        GridPane summary = robot.lookup("#" + SummaryView.ID).queryAs(GridPane.class);

        assertThat(summary.getChildren()).extracting(node -> ((Label) node).getText())
                .containsSequence("Nodes", "4")
                .containsSequence("Devices", "2");
    }

    @Test
    void switchingThemeFromTheViewMenuAppliesIt(FxRobot robot) throws TimeoutException {
        robot.clickOn("View").clickOn("Theme").clickOn(TraverseTheme.NORD_DARK.displayName());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () ->
                TraverseTheme.NORD_DARK.userAgentStylesheet().equals(Application.getUserAgentStylesheet()));
    }
}
