package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.DirectTaskExecutor;
import dev.traverse.app.testing.SampleTopologies;
import dev.traverse.canvas.overlay.Chip;
import dev.traverse.canvas.overlay.ChipStyle;
import dev.traverse.canvas.overlay.ElementMark;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementOptions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** What-ifs of the sample topologies with the real engine, run at once by a direct executor. */
class WhatIfPreviewTest {

    private static final PlacementOptions OPTIONS = new PlacementOptions(1, Duration.ZERO, Map.of());
    private static final Pattern TIMES = Pattern.compile(" ×(\\d+)$");

    private final SimpleObjectProperty<Topology> topology =
            new SimpleObjectProperty<>(SampleTopologies.load("retail-chain"));
    private final Overlay live = new Overlay(Map.of(), Map.of(), Map.of("dc-lyon", ElementMark.WARNING),
            java.util.Set.of(), List.of());
    private final SimpleObjectProperty<Overlay> liveOverlay = new SimpleObjectProperty<>(live);
    private final DirectTaskExecutor executor = new DirectTaskExecutor();
    private final WhatIfPreview whatIf = new WhatIfPreview(topology, liveOverlay, executor,
            (t, failure) -> dev.traverse.engine.placement.PlacementEngine.whatIf(t, OPTIONS, failure));

    @Test
    void aFailedSiteIsMarkedFailedWithEverythingInItAndItsLinks() {
        whatIf.simulate("store-001");

        WhatIfReport report = whatIf.reportProperty().get();
        Overlay overlay = whatIf.overlayProperty().get();
        assertThat(overlay).isSameAs(report.overlay());
        assertThat(overlay.marks()).containsEntry("store-001", ElementMark.FAILED)
                .containsEntry("store-001-k3s", ElementMark.FAILED)
                .containsEntry("store-001-k3s/gw", ElementMark.FAILED)
                .containsEntry("store-001/cam", ElementMark.FAILED)
                .containsEntry("store-001/shelf", ElementMark.FAILED);
        assertThat(overlay.failedLinks()).isNotEmpty()
                .allSatisfy(id -> assertThat(id).contains("store-001"));
        assertThat(whatIf.headlineProperty().get()).startsWith("Failure of site store-001: ")
                .contains(report.result().lost().size() + " cannot be placed");
        assertThat(whatIf.detailProperty().get()).startsWith("cost ");
        assertThat(whatIf.showingProperty().get()).isTrue();
        assertThat(whatIf.runningProperty().get()).isFalse();
    }

    @Test
    void replicasThatFindNoHostAreLostOnTheElementTheyLeft() {
        whatIf.simulate("store-001");

        WhatIfReport report = whatIf.reportProperty().get();
        assertThat(report.result().lost()).isNotEmpty();
        assertThat(report.overlay().chipsOn("store-001-k3s/gw")).filteredOn(c -> c.style() == ChipStyle.LOST)
                .extracting(c -> ChipId.parse(c.id()).orElseThrow().workload())
                .contains("store-edge-agent", "pos-sync");
        assertThat(report.overlay().chipsOn("store-001-k3s/gw")).filteredOn(c -> c.style() == ChipStyle.LOST)
                .allSatisfy(c -> {
                    assertThat(c.id()).endsWith("#lost");
                    assertThat(c.draggable()).isFalse();
                });
        int lostChips = report.overlay().chips().values().stream().flatMap(List::stream)
                .filter(c -> c.style() == ChipStyle.LOST).mapToInt(WhatIfPreviewTest::replicasOf).sum();
        assertThat(lostChips).isEqualTo(report.result().lost().size());
    }

    @Test
    void replicasThatMoveAreDrawnMovedOnTheirNewElementAndNotTwice() {
        whatIf.simulate("aks-weu/apps-z1");

        WhatIfReport report = whatIf.reportProperty().get();
        assertThat(report.result().moved()).isNotEmpty();
        Overlay overlay = report.overlay();
        assertThat(overlay.marks()).containsEntry("aks-weu/apps-z1", ElementMark.FAILED);
        int movedChips = overlay.chips().values().stream().flatMap(List::stream)
                .filter(c -> c.style() == ChipStyle.MOVED).mapToInt(WhatIfPreviewTest::replicasOf).sum();
        assertThat(movedChips).isEqualTo(report.result().moved().size());
        int allChips = overlay.chips().values().stream().flatMap(List::stream)
                .filter(c -> c.style() != ChipStyle.LOST).mapToInt(WhatIfPreviewTest::replicasOf).sum();
        assertThat(allChips).isEqualTo(report.result().after().assignments().size());
        TopologyIndex index = TopologyIndex.of(topology.get());
        report.result().moved().forEach(m -> assertThat(overlay.chipsOn(index.elementOfHost(m.to())))
                .anySatisfy(c -> assertThat(ChipId.parse(c.id()).orElseThrow())
                        .satisfies(id -> {
                            assertThat(id.workload()).isEqualTo(m.workload());
                            assertThat(id.style()).isEqualTo(ChipStyle.MOVED);
                        })));
        assertThat(whatIf.headlineProperty().get()).startsWith("Failure of node pool aks-weu/apps-z1: "
                + report.result().moved().size() + " replica");
    }

    @Test
    void aSingleFailedMemberWarnsOnItsPoolRatherThanFailingIt() {
        whatIf.simulate("dc-lyon-ocp/worker-2");

        Overlay overlay = whatIf.overlayProperty().get();
        assertThat(overlay.marks()).containsEntry("dc-lyon-ocp/worker", ElementMark.WARNING);
        assertThat(whatIf.headlineProperty().get()).startsWith("Failure of node dc-lyon-ocp/worker-2: ");
    }

    @Test
    void aFailedLinkIsDrawnFailed() {
        whatIf.simulate("azure-westeurope <-> azure-francecentral");

        assertThat(whatIf.overlayProperty().get().failedLinks())
                .containsExactly("azure-westeurope <-> azure-francecentral");
        assertThat(whatIf.headlineProperty().get())
                .startsWith("Failure of link azure-westeurope ↔ azure-francecentral: ");
    }

    @Test
    void dismissingReturnsToTheLivePreviewsOverlay() {
        whatIf.simulate("store-001");
        assertThat(whatIf.overlayProperty().get()).isNotSameAs(live);

        whatIf.dismiss();

        assertThat(whatIf.overlayProperty().get()).isSameAs(live);
        assertThat(whatIf.showingProperty().get()).isFalse();
        assertThat(whatIf.headlineProperty().get()).isEmpty();
        Overlay newer = Overlay.NONE;
        liveOverlay.set(newer);
        assertThat(whatIf.overlayProperty().get()).isSameAs(newer);
    }

    @Test
    void anUnknownTargetIsAMessageInTheBanner() {
        whatIf.simulate("store-999");

        assertThat(whatIf.errorProperty().get()).isEqualTo(
                "The what-if is not possible: the topology has no site, cluster, node, device or link store-999");
        assertThat(whatIf.showingProperty().get()).isTrue();
        assertThat(whatIf.overlayProperty().get()).isSameAs(live);
    }

    @Test
    void aNewerSimulationDropsTheOlderOnesResult() {
        executor.hold();
        whatIf.simulate("store-001");
        whatIf.simulate("store-002");
        assertThat(whatIf.runningProperty().get()).isTrue();

        executor.runPending();

        assertThat(whatIf.headlineProperty().get()).startsWith("Failure of site store-002");
        assertThat(whatIf.overlayProperty().get().marks()).doesNotContainKey("store-001");
    }

    @Test
    void anEditAfterTheSimulationMarksItOutdated() {
        whatIf.simulate("store-001");
        assertThat(whatIf.outdatedProperty().get()).isFalse();

        topology.set(SampleTopologies.load("telco-mec"));

        assertThat(whatIf.outdatedProperty().get()).isTrue();
    }

    private static int replicasOf(Chip chip) {
        Matcher m = TIMES.matcher(chip.label());
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }
}
