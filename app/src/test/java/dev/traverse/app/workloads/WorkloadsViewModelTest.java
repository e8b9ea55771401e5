package dev.traverse.app.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.palette.PaletteCatalog;
import dev.traverse.app.palette.PaletteItem;
import dev.traverse.app.testing.Fixtures;
import dev.traverse.app.testing.Samples;
import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Metadata;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class WorkloadsViewModelTest {

    private final PaletteCatalog catalog = PaletteCatalog.standard();
    private final DesignDocument document = Fixtures.document(Topologies.retailMini());
    private final SimpleObjectProperty<DesignDocument> open = new SimpleObjectProperty<>(document);
    private final WorkloadsViewModel viewModel = new WorkloadsViewModel(open, catalog);
    private final List<Set<String>> selections = new ArrayList<>();

    WorkloadsViewModelTest() {
        viewModel.setOnSelectionChanged(selections::add);
    }

    @Test
    void listsTheDocumentsWorkloadsInFileOrder() {
        assertThat(viewModel.rows()).extracting(WorkloadRow::name).containsExactly("vision", "checkout");
        assertThat(viewModel.rows().get(1)).isEqualTo(new WorkloadRow("checkout", "service", "4", "500m", "1Gi", "",
                ""));
        assertThat(viewModel.titleProperty().get()).isEqualTo("Workloads (2)");
    }

    @Test
    void listsEveryWorkloadOfTheRetailChainSample() {
        DesignDocument sample = Samples.document("retail-chain.yaml");
        open.set(sample);

        assertThat(viewModel.rows()).extracting(WorkloadRow::name)
                .containsExactlyElementsOf(sample.topology().workloads().stream().map(Workload::name).toList());
        assertThat(viewModel.rows()).anyMatch(r -> r.constraints().contains("spread zone"));
    }

    @Test
    void selectionIsInTableOrderAndTellsTheInspector() {
        viewModel.select(List.of("checkout", "vision", "ghost"));

        assertThat(viewModel.selection()).containsExactly("vision", "checkout");
        assertThat(selections).containsExactly(Set.of("vision", "checkout"));
        assertThat(viewModel.nothingSelectedProperty().get()).isFalse();
        viewModel.select(List.of("vision", "checkout"));
        assertThat(selections).as("the same selection is not announced twice").hasSize(1);
    }

    @Test
    void workloadsThatGoLeaveTheSelection() {
        viewModel.select(List.of("vision", "checkout"));

        document.edit("Drop vision", t -> new Topology(t.metadata(), t.objectives(), t.sites(), t.links(),
                t.workloads().subList(1, 2), t.layout()));

        assertThat(viewModel.rows()).extracting(WorkloadRow::name).containsExactly("checkout");
        assertThat(viewModel.selection()).containsExactly("checkout");
        assertThat(selections).as("the inspector drops what went by itself").hasSize(1);
    }

    @Test
    void anEditOfOneWorkloadReplacesOnlyItsRow() {
        List<String> changes = new ArrayList<>();
        viewModel.rows().addListener((ListChangeListener<WorkloadRow>) c -> {
            while (c.next()) {
                changes.add(c.wasReplaced() ? "replaced " + c.getFrom() : c.toString());
            }
        });
        WorkloadRow vision = viewModel.rows().get(0);

        document.edit("More checkout", t -> TopologyEdits.replaceWorkload(t, "checkout",
                withReplicas(t.workloads().get(1), 6)));

        assertThat(changes).containsExactly("replaced 1");
        assertThat(viewModel.rows().get(0)).isSameAs(vision);
        assertThat(viewModel.rows().get(1).replicas()).isEqualTo("6");
    }

    @Test
    void anEditThatLeavesTheWorkloadsAloneChangesNoRow() {
        List<ListChangeListener.Change<? extends WorkloadRow>> changes = new ArrayList<>();
        viewModel.rows().addListener((ListChangeListener<WorkloadRow>) changes::add);

        document.edit("Rename", t -> new Topology(new Metadata("renamed", t.metadata().description(),
                t.metadata().labels()), t.objectives(), t.sites(), t.links(), t.workloads(), t.layout()));

        assertThat(changes).isEmpty();
    }

    private static Workload withReplicas(Workload w, int replicas) {
        return new Workload(w.name(), w.kind(), w.image(), w.artifact(), replicas, w.priority(), w.resources(),
                w.limits(), w.arch(), w.os(), w.runtime(), w.gpuModel(), w.nodeSelector(), w.tolerations(),
                w.affinity(), w.antiAffinity(), w.spread(), w.latency(), w.jurisdictions(), w.target(),
                w.clusterAffinities(), w.replicaScheduling(), w.pins(), w.labels());
    }

    @Test
    void noDocumentListsNothingAndActionsSaySo() {
        open.set(null);
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.titleProperty().get()).isEqualTo("Workloads");
        viewModel.add(catalog.find("service").orElseThrow());
        assertThat(viewModel.messageProperty().get()).isEqualTo("Open or create a topology first.");
    }

    @Test
    void onlyWorkloadItemsCanBeAddedHere() {
        assertThat(viewModel.addableItems()).extracting(PaletteItem::id)
                .containsExactly("service", "job", "daemon", "ai-model", "firmware");
        viewModel.add(catalog.find("eks").orElseThrow());
        assertThat(viewModel.messageProperty().get()).isEqualTo("EKS is not a workload: drag it onto the canvas.");
        assertThat(document.commands().canUndoProperty().get()).isFalse();
    }

    @Test
    void aDuplicateLeavesItsOriginalsPinsBehind() {
        Workload pinned = new Workload("p", Topologies.retailMini().workloads().get(1).kind(), "example.com/p:1",
                null, 2, 0, Topologies.retailMini().workloads().get(1).resources(),
                dev.traverse.engine.model.Resources.NONE, List.of(), List.of(), null, null, java.util.Map.of(),
                List.of(), List.of(), List.of(), List.of(), null, List.of(), null, List.of(), null,
                List.of(new Pin(0, "gw")), java.util.Map.of());
        assertThat(WorkloadsViewModel.withoutPins(pinned).pins()).isEmpty();
        assertThat(WorkloadsViewModel.withoutPins(pinned).name()).isEqualTo("p");
    }

    // The tests below edit through TopologyEdits.

    @Test
    void addingFromThePaletteSelectsTheNewWorkload() {
        viewModel.add(catalog.find("service").orElseThrow());

        assertThat(viewModel.rows()).extracting(WorkloadRow::name).containsExactly("vision", "checkout", "service");
        assertThat(viewModel.selection()).containsExactly("service");
        assertThat(document.commands().undoDescription()).contains("Add service");
    }

    @Test
    void duplicatingCopiesEachSelectedWorkloadInOneStep() {
        viewModel.select(List.of("vision", "checkout"));

        viewModel.duplicate();

        assertThat(viewModel.rows()).hasSize(4);
        assertThat(viewModel.selection()).hasSize(2).doesNotContain("vision", "checkout");
        document.commands().undo();
        assertThat(viewModel.rows()).extracting(WorkloadRow::name).containsExactly("vision", "checkout");
    }

    @Test
    void deletingRemovesTheSelectedWorkloadsInOneStep() {
        viewModel.select(List.of("checkout"));

        viewModel.delete();

        assertThat(viewModel.rows()).extracting(WorkloadRow::name).containsExactly("vision");
        assertThat(viewModel.selection()).isEmpty();
        assertThat(document.commands().undoDescription()).contains("Delete checkout");
        document.commands().undo();
        assertThat(viewModel.rows()).hasSize(2);
    }
}
