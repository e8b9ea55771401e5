package dev.traverse.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.elements.ElementRef;
import dev.traverse.app.palette.PaletteCatalog;
import dev.traverse.app.testing.Fixtures;
import dev.traverse.app.testing.Topologies;
import dev.traverse.app.workloads.WorkloadsViewModel;
import dev.traverse.canvas.selection.SelectionModel;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class SelectionLinksTest {

    private final DesignDocument document = Fixtures.document(Topologies.retailMini());
    private final SimpleObjectProperty<DesignDocument> open = new SimpleObjectProperty<>(document);
    private final SelectionModel canvas = new SelectionModel();
    private final WorkloadsViewModel workloads = new WorkloadsViewModel(open, PaletteCatalog.standard());
    private final InspectorViewModel inspector = new InspectorViewModel(open);

    SelectionLinksTest() {
        SelectionLinks.connect(canvas, workloads, inspector);
    }

    @Test
    void theInspectorShowsWhicheverWasSelectedLastAndTheOtherIsCleared() {
        canvas.select("store-017");
        assertThat(inspector.titleProperty().get()).isEqualTo("store-017");

        workloads.select(List.of("checkout"));
        assertThat(canvas.isEmpty()).isTrue();
        assertThat(inspector.inspected()).containsExactly(ElementRef.workload("checkout"));

        canvas.select("aks-weu");
        assertThat(workloads.selection()).isEmpty();
        assertThat(inspector.titleProperty().get()).isEqualTo("aks-weu");

        canvas.clear();
        assertThat(inspector.fields()).isEmpty();
    }

    @Test
    void clearingTheTableSelectionClearsTheInspector() {
        workloads.select(List.of("vision"));
        workloads.select(List.of());
        assertThat(inspector.inspected()).isEmpty();
    }

    // Edits through TopologyEdits.
    @Test
    void aWorkloadRenamedInTheInspectorStaysSelectedAndShown() {
        workloads.select(List.of("checkout"));

        assertThat(inspector.field("name").orElseThrow().commit("checkout-api")).isTrue();

        assertThat(workloads.selection()).containsExactly("checkout-api");
        assertThat(inspector.inspected()).containsExactly(ElementRef.workload("checkout-api"));
        assertThat(inspector.field("replicas").orElseThrow().value()).isEqualTo("4");
    }
}
