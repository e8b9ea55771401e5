package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.incremental.WarmStart;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The preview's requests, runs and publishing, with the worker's tasks run by the test on its own thread. */
class PlacementPreviewTest {

    private final SimpleObjectProperty<Topology> topology = new SimpleObjectProperty<>(Topologies.retailMini());
    private final FakePlacement placement = new FakePlacement();
    private final ManualWorker worker = new ManualWorker();
    private PlacementPreview preview;
    private final List<PreviewSnapshot> published = new ArrayList<>();

    @BeforeEach
    void create() {
        preview = new PlacementPreview(topology, placement, worker, Runnable::run);
        preview.snapshotProperty().addListener((obs, old, now) -> published.add(now));
    }

    @Test
    void theFirstPreviewIsAFullRunStartedAtOnce() {
        assertThat(worker.scheduled()).singleElement().satisfies(t -> assertThat(t.delayMillis).isZero());
        assertThat(preview.runningProperty().get()).isTrue();
        assertThat(preview.statusProperty().get()).isEqualTo("No preview yet");

        worker.runAll();

        assertThat(placement.last().kind()).isEqualTo(RunKind.FULL);
        assertThat(placement.last().topology()).isSameAs(topology.get());
        assertThat(preview.runningProperty().get()).isFalse();
        assertThat(preview.outdatedProperty().get()).isFalse();
        assertThat(preview.statusProperty().get()).isEqualTo("Placed 1 replica in 12 ms");
        assertThat(preview.overlayProperty().get().chipsOn("aks-weu/general")).singleElement()
                .satisfies(chip -> assertThat(chip.id()).isEqualTo("checkout/0@aks-weu/general"));
        assertThat(preview.resultProperty().get().objectives().costPerHour()).isEqualTo(1.0);
    }

    @Test
    void anEditPlacesIncrementallyAfterTheDebounceFromTheLastRunsWarmStart() {
        worker.runAll();
        topology.set(Topologies.named("edited"));

        assertThat(preview.outdatedProperty().get()).isTrue();
        assertThat(worker.scheduled()).last()
                .satisfies(t -> assertThat(t.delayMillis).isEqualTo(PlacementPreview.DEBOUNCE_MILLIS));
        worker.runAll();

        FakePlacement.Call second = placement.last();
        assertThat(second.kind()).isEqualTo(RunKind.INCREMENTAL);
        assertThat(second.topology().name()).isEqualTo("edited");
        assertThat(preview.outdatedProperty().get()).isFalse();
    }

    @Test
    void eachRunStartsFromTheWarmStartTheRunBeforeReturned() {
        List<WarmStart> starts = new ArrayList<>();
        placement.answer = call -> {
            var answer = FakePlacement.answer(FakePlacement.result(call.number()));
            starts.add(answer.next());
            return answer;
        };
        worker.runAll();
        topology.set(Topologies.named("one"));
        worker.runAll();
        topology.set(Topologies.named("two"));
        worker.runAll();

        assertThat(placement.calls.get(1).start()).isSameAs(starts.get(0));
        assertThat(placement.calls.get(2).start()).isSameAs(starts.get(1));
    }

    @Test
    void aBurstOfEditsCostsOneRun() {
        worker.runAll();
        topology.set(Topologies.named("a"));
        topology.set(Topologies.named("b"));
        topology.set(Topologies.named("c"));

        assertThat(worker.waiting()).isEqualTo(1);
        worker.runAll();

        assertThat(placement.calls).hasSize(2);
        assertThat(placement.last().topology().name()).isEqualTo("c");
    }

    @Test
    void withAutoPreviewOffEditsWaitUntilItIsTurnedOnOrF5() {
        worker.runAll();
        preview.autoPreviewProperty().set(false);
        topology.set(Topologies.named("edited"));

        assertThat(worker.waiting()).isZero();
        assertThat(preview.outdatedProperty().get()).isTrue();

        preview.autoPreviewProperty().set(true);
        worker.runAll();
        assertThat(placement.last().topology().name()).isEqualTo("edited");
        assertThat(preview.outdatedProperty().get()).isFalse();
    }

    @Test
    void f5PlacesAfreshWithTheImprovementPassEvenWithAutoPreviewOff() {
        worker.runAll();
        preview.autoPreviewProperty().set(false);
        preview.previewNow();
        worker.runAll();

        assertThat(placement.last().kind()).isEqualTo(RunKind.FULL);
        assertThat(placement.calls).hasSize(2);
    }

    @Test
    void anF5FollowedByAnEditStillRunsFull() {
        worker.runAll();
        preview.previewNow();
        topology.set(Topologies.named("edited"));
        worker.runAll();

        assertThat(placement.calls).hasSize(2);
        assertThat(placement.last().kind()).isEqualTo(RunKind.FULL);
        topology.set(Topologies.named("again"));
        worker.runAll();
        assertThat(placement.last().kind()).isEqualTo(RunKind.INCREMENTAL);
    }

    @Test
    void aRunOvertakenByAnEditIsCancelledAndNeverPublishes() {
        worker.runAll();
        published.clear();
        // The edit arrives while the run is under way, as it would from the FX thread.
        placement.answer = call -> {
            if (call.number() == 2) {
                assertThat(call.cancelled().getAsBoolean()).isFalse();
                topology.set(Topologies.named("newer"));
                assertThat(call.cancelled().getAsBoolean()).isTrue();
            }
            return FakePlacement.answer(FakePlacement.result(call.number()));
        };
        topology.set(Topologies.named("older"));
        worker.runAll();

        assertThat(placement.calls).hasSize(3);
        assertThat(published).singleElement()
                .satisfies(s -> assertThat(s.topology().name()).isEqualTo("newer"));
        assertThat(preview.resultProperty().get().objectives().costPerHour()).isEqualTo(3.0);
    }

    @Test
    void theObjectivesCompareWithThePreviewShownBefore() {
        worker.runAll();
        assertThat(preview.objectivesProperty().get().reading(ObjectivesReport.Objective.COST).change())
                .isEqualTo(ObjectivesReport.Change.NONE);

        topology.set(Topologies.named("dearer"));
        worker.runAll();

        ObjectivesReport.Reading cost = preview.objectivesProperty().get().reading(ObjectivesReport.Objective.COST);
        assertThat(cost.value()).isEqualTo("2.00/h");
        assertThat(cost.changeText()).isEqualTo("▲ +1.00");
        assertThat(cost.change()).isEqualTo(ObjectivesReport.Change.UP);
        assertThat(preview.objectivesProperty().get().reading(ObjectivesReport.Objective.CARBON).changeText())
                .isEqualTo("—");
    }

    @Test
    void aTopologyTheEngineRefusesGivesAMessageNotAStackTrace() {
        worker.runAll();
        PlacementResult before = preview.resultProperty().get();
        placement.answer = call -> {
            throw new IllegalArgumentException("the topology has no host for workload checkout");
        };
        topology.set(Topologies.named("broken"));
        worker.runAll();

        assertThat(preview.errorProperty().get())
                .isEqualTo("Placement is not possible: the topology has no host for workload checkout");
        assertThat(preview.statusProperty().get()).isEqualTo("Placement failed");
        assertThat(preview.runningProperty().get()).isFalse();
        assertThat(preview.resultProperty().get()).isSameAs(before);

        placement.answer = call -> FakePlacement.answer(FakePlacement.result(9));
        topology.set(Topologies.named("fixed"));
        worker.runAll();
        assertThat(preview.errorProperty().get()).isNull();
    }

    @Test
    void anUnexpectedFailureSaysSoWithoutAStackTrace() {
        placement.answer = call -> {
            throw new IllegalStateException("index 7 out of bounds");
        };
        worker.runAll();

        assertThat(preview.errorProperty().get()).startsWith("Placement failed unexpectedly (IllegalStateException:")
                .doesNotContain("\tat ");
    }

    @Test
    void disposingStopsEverything() {
        preview.dispose();
        topology.set(Topologies.named("after"));

        assertThat(worker.shutDown).isTrue();
        assertThat(worker.waiting()).isZero();
        assertThat(preview.runningProperty().get()).isFalse();
        assertThat(placement.calls).isEmpty();
    }
}
