package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.DirectTaskExecutor;
import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Explanations of replicas of a small topology with the real engine. */
class ExplanationViewModelTest {

    private static final PlacementOptions OPTIONS = new PlacementOptions(1, Duration.ZERO, Map.of());

    private final Topology topology = Topologies.retailMini();
    private final PlacementResult placed = PlacementEngine.place(topology, OPTIONS);
    private final SimpleObjectProperty<PreviewSnapshot> shown = new SimpleObjectProperty<>(snapshot(placed));
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final ExplanationViewModel model = new ExplanationViewModel(shown, executor,
            (t, workload, replica) -> PlacementEngine.explain(t, OPTIONS, workload, replica));

    @Test
    void explainsWhyThisHostWithItsScoresAndWhyNotTheOthers() {
        String host = ChipReplicas.hostOf(placed, "checkout", 1);
        String element = host.substring(0, host.lastIndexOf('-'));

        model.explainChip("checkout/1@" + element);

        ExplanationReport report = model.reportProperty().get();
        assertThat(model.subjectProperty().get()).isEqualTo("checkout/1");
        assertThat(report.title()).isEqualTo("checkout/1");
        assertThat(report.verdict()).isEqualTo("Runs on " + host + " (node pool " + element + ")");
        assertThat(report.note()).isEmpty();
        assertThat(report.scores()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.share()).isBetween(0.0, 1.0));
        assertThat(report.candidates()).isNotEmpty().hasSizeLessThanOrEqualTo(ExplanationReport.CANDIDATES_SHOWN);
        assertThat(report.candidates()).filteredOn(ExplanationReport.Candidate::chosen).hasSizeLessThanOrEqualTo(1);
        // 6 general, 2 gpu, 1 gateway, 4 cameras, 20 sensors
        assertThat(report.feasible() + report.refused()).isEqualTo(33);
        assertThat(report.refusals()).isNotEmpty();
        assertThat(report.refusals()).extracting(ExplanationReport.RefusalGroup::hosts)
                .isSortedAccordingTo((a, b) -> b - a);
        assertThat(report.refusals()).allSatisfy(g -> assertThat(g.reason()).contains(": "));
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void aChipOfSeveralReplicasExplainsTheLowestOnItsElement() {
        Map<String, List<Integer>> byElement = new java.util.HashMap<>();
        TopologyIndex index = TopologyIndex.of(topology);
        for (Assignment a : placed.assignments()) {
            if (a.workload().equals("checkout")) {
                byElement.computeIfAbsent(index.elementOfHost(a.node()), e -> new ArrayList<>()).add(a.replica());
            }
        }
        var entry = byElement.entrySet().iterator().next();

        model.explainChip("checkout@" + entry.getKey());

        int lowest = entry.getValue().stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertThat(model.reportProperty().get().title()).isEqualTo("checkout/" + lowest);
    }

    @Test
    void saysSoWhenThePreviewKeepsAReplicaElsewhereThanAFreshPlacement() {
        String host = ChipReplicas.hostOf(placed, "vision", 0);
        String elsewhere = host.equals("aks-weu/gpu-2") ? "aks-weu/gpu-1" : "aks-weu/gpu-2";
        List<Assignment> moved = new ArrayList<>();
        for (Assignment a : placed.assignments()) {
            moved.add(a.workload().equals("vision") ? new Assignment("vision", 0, elsewhere) : a);
        }
        shown.set(snapshot(new PlacementResult(moved, placed.unplaced(), placed.hosts(), placed.objectives(),
                placed.lowerBound(), placed.gap(), placed.elapsedMs())));

        model.explain("vision", 0);

        assertThat(model.reportProperty().get().note()).isEqualTo("The preview keeps it on " + elsewhere
                + " from before the last edits; a fresh placement (F5) would put it on " + host + ".");
    }

    @Test
    void anUnknownReplicaIsAMessage() {
        model.explain("checkout", 9);

        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.errorProperty().get()).startsWith("The explanation is not possible: ")
                .contains("checkout");
        model.explainChip("nonsense");
        assertThat(model.errorProperty().get()).isEqualTo("\"nonsense\" is not a workload chip of the preview shown");
        model.explainChip("checkout@store-017/cam");
        assertThat(model.errorProperty().get())
                .isEqualTo("The explanation is not possible: no replica of checkout runs on store-017/cam in the"
                        + " preview shown");
    }

    @Test
    void aNewerRequestDropsTheOlderAnswer() {
        executor.hold();
        model.explain("checkout", 0);
        model.explain("vision", 0);
        assertThat(model.runningProperty().get()).isTrue();

        executor.runPending();

        assertThat(model.reportProperty().get().title()).isEqualTo("vision/0");
        assertThat(model.runningProperty().get()).isFalse();
    }

    private PreviewSnapshot snapshot(PlacementResult result) {
        TopologyIndex index = TopologyIndex.of(topology);
        return new PreviewSnapshot(1, RunKind.FULL, index, result, OverlayBuilder.build(result, index),
                ObjectivesReport.NONE,
                PreviewSnapshot.statusOf(result));
    }
}
