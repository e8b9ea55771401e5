package dev.traverse.app.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.canvas.intent.PaletteTransfer;
import dev.traverse.themes.Themes;
import dev.traverse.themes.TraverseTheme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The palette as users meet it, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class PaletteViewTest {

    private final List<String> added = new ArrayList<>();
    private final List<Object> dropped = new ArrayList<>();
    private PaletteViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new PaletteViewModel(PaletteCatalog.standard());
        viewModel.setOnAdd(item -> added.add(item.id()));
        PaletteView view = new PaletteView(viewModel);
        Pane target = new Pane();
        target.setId("target");
        target.setPrefSize(300, 700);
        target.setOnDragOver(event -> {
            if (event.getDragboard().hasContent(PaletteTransfer.FORMAT)) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        target.setOnDragDropped(event -> {
            dropped.add(event.getDragboard().getContent(PaletteTransfer.FORMAT));
            event.setDropCompleted(true);
            event.consume();
        });
        HBox root = new HBox(view.node(), target);
        ((javafx.scene.layout.Region) view.node()).setPrefSize(300, 700);
        Scene scene = new Scene(root, 600, 700);
        Themes.apply(TraverseTheme.DEFAULT);
        Themes.addAppStylesheet(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void typingInTheSearchFieldFiltersTheItemsAndEnterAddsTheFirst(FxRobot robot) {
        robot.clickOn("#" + PaletteView.SEARCH_ID).write("gpu");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(leaves(robot)).containsExactly("CoreWeave region", "GPU pool", "AI model");
        assertThat(headings(robot)).containsExactly(PaletteGroup.SITES, PaletteGroup.NODES, PaletteGroup.WORKLOADS);

        robot.type(KeyCode.ENTER);
        assertThat(added).containsExactly("coreweave-region");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(leaves(robot)).hasSize(PaletteCatalog.standard().items().size());
    }

    @Test
    void enterOnAnItemAsksToAddIt(FxRobot robot) {
        robot.clickOn("#" + PaletteView.SEARCH_ID).write("camera");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        assertThat(added).containsExactly("camera");
    }

    @Test
    void aDragCarriesTheItemsIdInThePaletteFormat(FxRobot robot) throws TimeoutException {
        PaletteItem eks = PaletteCatalog.standard().find("eks").orElseThrow();
        ClipboardContent content = PaletteDrag.content(eks);
        assertThat(content.get(PaletteTransfer.FORMAT)).isEqualTo("eks");
        assertThat(content.getString()).isEqualTo("EKS");

        robot.clickOn("#" + PaletteView.SEARCH_ID).write("eks");
        WaitForAsyncUtils.waitForFxEvents();
        TreeCell<?> cell = robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getItem() instanceof PaletteEntry e && !e.isHeading() && e.item().id().equals("eks"))
                .findFirst().orElseThrow();
        robot.drag(cell).moveTo("#target").release(javafx.scene.input.MouseButton.PRIMARY);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> dropped.contains("eks"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> leaves(FxRobot robot) {
        TreeView<PaletteEntry> tree = robot.lookup("#" + PaletteView.TREE_ID).queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream().flatMap(g -> g.getChildren().stream())
                .map(TreeItem::getValue).map(e -> e.item().title()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<PaletteGroup> headings(FxRobot robot) {
        TreeView<PaletteEntry> tree = robot.lookup("#" + PaletteView.TREE_ID).queryAs(TreeView.class);
        return tree.getRoot().getChildren().stream().map(g -> g.getValue().group()).toList();
    }
}
