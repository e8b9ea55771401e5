package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.SampleTopologies;
import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectivesReportTest {

    private final Topology latencyBound = SampleTopologies.load("telco-mec");

    @Test
    void theFirstPreviewHasNothingToCompareWith() {
        ObjectivesReport report = ObjectivesReport.compare(latencyBound, result(34.4488, 4.04, 964.72, 0.0064),
                null);

        assertThat(report.readings()).extracting(ObjectivesReport.Reading::objective).containsExactly(
                ObjectivesReport.Objective.COST, ObjectivesReport.Objective.LATENCY,
                ObjectivesReport.Objective.CARBON, ObjectivesReport.Objective.GAP);
        assertThat(report.readings()).extracting(ObjectivesReport.Reading::value)
                .containsExactly("34.45/h", "4.0 ms", "965 g/h", "0.6 %");
        assertThat(report.readings()).allSatisfy(r -> {
            assertThat(r.change()).isEqualTo(ObjectivesReport.Change.NONE);
            assertThat(r.changeText()).isEmpty();
        });
    }

    @Test
    void risesAreWorseFallsBetterAndWhatRoundsTheSameIsUnchanged() {
        ObjectivesReport report = ObjectivesReport.compare(latencyBound, result(34.87, 3.5, 964.9, 0.0064),
                result(34.45, 4.0, 964.72, 0.0061));

        assertThat(report.reading(ObjectivesReport.Objective.COST))
                .extracting(ObjectivesReport.Reading::changeText, ObjectivesReport.Reading::change)
                .containsExactly("▲ +0.42", ObjectivesReport.Change.UP);
        assertThat(report.reading(ObjectivesReport.Objective.LATENCY))
                .extracting(ObjectivesReport.Reading::changeText, ObjectivesReport.Reading::change)
                .containsExactly("▼ −0.5", ObjectivesReport.Change.DOWN);
        assertThat(report.reading(ObjectivesReport.Objective.CARBON))
                .extracting(ObjectivesReport.Reading::changeText, ObjectivesReport.Reading::change)
                .containsExactly("—", ObjectivesReport.Change.UNCHANGED);
        assertThat(report.reading(ObjectivesReport.Objective.GAP).change())
                .isEqualTo(ObjectivesReport.Change.UNCHANGED);
    }

    @Test
    void latencyWithoutBoundsIsSaidRatherThanShownAsZero() {
        ObjectivesReport report = ObjectivesReport.compare(Topologies.retailMini(), result(1, 0, 1, 0),
                result(1, 0, 1, 0));

        assertThat(report.reading(ObjectivesReport.Objective.LATENCY).value()).isEqualTo("no bounds");
        assertThat(report.reading(ObjectivesReport.Objective.LATENCY).change())
                .isEqualTo(ObjectivesReport.Change.NONE);
    }

    @Test
    void aReplicaWithNoPathToItsSourceShowsNoPath() {
        ObjectivesReport report = ObjectivesReport.compare(latencyBound,
                result(1, Double.POSITIVE_INFINITY, 1, 0), result(1, 3, 1, 0));

        assertThat(report.reading(ObjectivesReport.Objective.LATENCY))
                .extracting(ObjectivesReport.Reading::value, ObjectivesReport.Reading::change)
                .containsExactly("no path", ObjectivesReport.Change.NONE);
    }

    @Test
    void largeNumbersAreGrouped() {
        ObjectivesReport report = ObjectivesReport.compare(latencyBound, result(12345.678, 1, 1234567.4, 0),
                result(10000, 1, 1, 0));

        assertThat(report.reading(ObjectivesReport.Objective.COST).value()).isEqualTo("12,345.68/h");
        assertThat(report.reading(ObjectivesReport.Objective.COST).changeText()).isEqualTo("▲ +2,345.68");
        assertThat(report.reading(ObjectivesReport.Objective.CARBON).value()).isEqualTo("1,234,567 g/h");
    }

    private static PlacementResult result(double cost, double latency, double carbon, double gap) {
        return new PlacementResult(List.of(), List.of(), List.of(),
                new ObjectiveSummary(cost, latency, latency, carbon, 1), 1 - gap, gap, 1);
    }
}
