package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import dev.traverse.engine.placement.PlacementResult.ReasonCount;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The Placement panel's and the objectives strip's models over a preview run by the test. */
class PlacementPanelViewModelTest {

    private static final UnplacedReplica TRAINER = new UnplacedReplica("trainer", 1,
            "0/4 nodes are available: 4 Insufficient gpu.", List.of(new ReasonCount("Insufficient gpu", 4)),
            List.of("add 1 gpu to a node of node pool lab-k3s/pi", "add 1 gpu to a node of node pool lab-k3s/gpu"));

    private final SimpleObjectProperty<Topology> topology = new SimpleObjectProperty<>(Topologies.retailMini());
    private final FakePlacement placement = new FakePlacement();
    private final ManualWorker worker = new ManualWorker();
    private final PlacementPreview preview = new PlacementPreview(topology, placement, worker, Runnable::run);
    private final List<String> selected = new ArrayList<>();
    private final PlacementPanelViewModel panel = new PlacementPanelViewModel(preview, selected::add);

    @Test
    void showsTheSummaryAndTheUnplacedReplicasOfThePreviewShown() {
        assertThat(panel.summaryProperty().get()).isEqualTo("No preview yet · placing…");
        placement.answer = call -> FakePlacement.answer(new PlacementResult(List.of(), List.of(TRAINER), List.of(),
                new ObjectiveSummary(0, 0, 0, 0, 0), 0, 0, 84));
        worker.runAll();

        assertThat(panel.summaryProperty().get()).isEqualTo("Placed 0 replicas in 84 ms · 1 unplaced");
        assertThat(panel.titleProperty().get()).isEqualTo("Placement (1 unplaced)");
        assertThat(panel.unplaced()).containsExactly(TRAINER);
        assertThat(PlacementPanelViewModel.fixesText(TRAINER)).isEqualTo(
                "• add 1 gpu to a node of node pool lab-k3s/pi\n• add 1 gpu to a node of node pool lab-k3s/gpu");
    }

    @Test
    void keepsItsRowsWhenAPreviewLeavesTheSameReplicasUnplaced() {
        placement.answer = call -> FakePlacement.answer(new PlacementResult(List.of(), List.of(TRAINER), List.of(),
                new ObjectiveSummary(0, 0, 0, 0, 0), 0, 0, 84));
        worker.runAll();
        List<String> changes = new ArrayList<>();
        panel.unplaced().addListener((javafx.collections.ListChangeListener<UnplacedReplica>) c ->
                changes.add(c.toString()));

        panel.previewNow();
        worker.runAll();
        assertThat(changes).isEmpty();

        placement.answer = call -> FakePlacement.answer(new PlacementResult(List.of(), List.of(), List.of(),
                new ObjectiveSummary(0, 0, 0, 0, 0), 0, 0, 84));
        panel.previewNow();
        worker.runAll();
        assertThat(changes).hasSize(1);
        assertThat(panel.unplaced()).isEmpty();
    }

    @Test
    void doubleClickingAReplicaSelectsItsWorkload() {
        panel.select(TRAINER);
        panel.select(null);

        assertThat(selected).containsExactly("trainer");
    }

    @Test
    void saysWhenThePreviewIsOutOfDateOrFailed() {
        worker.runAll();
        panel.autoPreviewProperty().set(false);
        topology.set(Topologies.named("edited"));
        assertThat(panel.summaryProperty().get()).isEqualTo("Placed 1 replica in 12 ms · out of date (F5 to place"
                + " again)");

        placement.answer = call -> {
            throw new IllegalArgumentException("no sites");
        };
        panel.previewNow();
        worker.runAll();
        assertThat(panel.summaryProperty().get()).isEqualTo("Placement is not possible: no sites");
        assertThat(panel.failedProperty().get()).isTrue();
        assertThat(panel.titleProperty().get()).isEqualTo("Placement");
    }

    @Test
    void theObjectivesStripFollowsThePreviewAndDimsWhileOutOfDate() {
        ObjectivesStripViewModel strip = new ObjectivesStripViewModel(preview);
        assertThat(strip.readings()).isEmpty();

        worker.runAll();
        assertThat(strip.readings()).extracting(ObjectivesReport.Reading::value).startsWith("1.00/h");
        assertThat(strip.staleProperty().get()).isFalse();

        topology.set(Topologies.named("edited"));
        assertThat(strip.staleProperty().get()).isTrue();
        worker.runAll();
        assertThat(strip.readings()).extracting(ObjectivesReport.Reading::changeText).startsWith("▲ +1.00");
        assertThat(strip.staleProperty().get()).isFalse();
    }
}
