package dev.traverse.app.designer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.testing.Topologies;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.selection.SelectionModel;
import dev.traverse.engine.io.TopologyDocument;
import dev.traverse.engine.model.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DesignerViewModelTest {

    private final SelectionModel selection = new SelectionModel();
    private final List<String> reports = new ArrayList<>();
    private DesignerViewModel viewModel;
    private DesignDocument document;

    @BeforeEach
    void open() {
        viewModel = new DesignerViewModel(selection, reports::add);
        document = new DesignDocument(TopologyDocument.of(Topologies.retailMini()), null);
        viewModel.documentProperty().set(document);
    }

    @Test
    void drawsEverySiteClusterPoolAndDeviceGroup() {
        assertThat(viewModel.diagramProperty().get().elements()).extracting(DiagramElement::id)
                .containsExactly("azure-westeurope", "aks-weu", "aks-weu/general", "aks-weu/gpu", "store-017",
                        "store-017-k3s", "store-017-k3s/gw", "store-017/cam", "store-017/shelf");
        assertThat(viewModel.diagramProperty().get().links()).singleElement()
                .satisfies(link -> assertThat(link.id()).isEqualTo("azure-westeurope <-> store-017"));
    }

    @Test
    void aMoveIsOneUndoStepAndRedrawsTheDiagram() {
        viewModel.move(Map.of("store-017", new Point(400, 500)), false);

        assertThat(document.topology().layout().positions()).containsEntry("store-017", new Position(400, 500));
        assertThat(viewModel.diagramProperty().get().element("store-017").orElseThrow().bounds().x()).isEqualTo(400);
        assertThat(document.commands().undoDescription()).contains("Move store-017");

        document.commands().undo();
        assertThat(document.topology().layout().positions()).doesNotContainKey("store-017");
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void arrowKeyMovesMergeIntoOneStep() {
        viewModel.move(Map.of("store-017", new Point(10, 0)), true);
        viewModel.move(Map.of("store-017", new Point(20, 0)), true);
        viewModel.move(Map.of("store-017", new Point(30, 0)), true);

        document.commands().undo();
        assertThat(document.topology().layout().positions()).doesNotContainKey("store-017");
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void deletingASiteTakesItsLinkAndIsUndoable() {
        selection.select("store-017");

        viewModel.deleteSelection();

        assertThat(document.topology().sites()).extracting(s -> s.name()).containsExactly("azure-westeurope");
        assertThat(document.topology().links()).isEmpty();
        assertThat(selection.isEmpty()).isTrue();
        document.commands().undo();
        assertThat(document.topology().links()).hasSize(1);
        assertThat(viewModel.diagramProperty().get().element("store-017/cam")).isPresent();
    }

    @Test
    void aRefusedLinkChangesNothingAndSaysWhy() {
        viewModel.connect("store-017", "store-017");

        assertThat(document.isDirty()).isFalse();
        assertThat(reports).singleElement().asString().startsWith("Cannot link store-017 and store-017");
    }

    @Test
    void aNewLinkIsSelected() {
        viewModel.connect("store-017/cam", "store-017");

        assertThat(document.topology().links()).hasSize(2);
        assertThat(selection.selected()).containsExactly("store-017/cam <-> store-017");
    }

    @Test
    void selectAllTakesEveryElement() {
        viewModel.selectAll();

        assertThat(selection.selected()).hasSize(9);
    }
}
