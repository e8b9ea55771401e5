package dev.traverse.app.summary;

import dev.traverse.app.format.CapacityFormat;
import dev.traverse.engine.model.TopologyStats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.io.OpenTopology;
import dev.traverse.app.state.AppState;
import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.io.ReadResult;
import dev.traverse.engine.io.TopologyDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SummaryViewModelTest {

    @Test
    void countsEveryKindWithPoolAndGroupMembers() {
        TopologyStats counts = TopologyStats.of(Topologies.retailMini());

        assertThat(List.of(counts.sites(), counts.clusters(), counts.nodes(), counts.devices(), counts.links(),
                counts.workloads(), counts.replicas())).containsExactly(2, 2, 9, 24, 1, 2, 5);
        assertThat(counts.cpuMillis()).isEqualTo((6 * 8 + 2 * 24 + 4) * 1000L);
        assertThat(counts.memoryBytes()).isEqualTo((6 * 32L + 2 * 220 + 8) << 30);
    }

    @Test
    void rowsAreReadyToShow() {
        AppState state = new AppState();
        SummaryViewModel viewModel = new SummaryViewModel(state);
        assertThat(viewModel.rows()).isEmpty();

        state.setOpenTopology(new OpenTopology(Path.of("t.yaml"),
                new ReadResult(Optional.of(TopologyDocument.of(Topologies.retailMini())), List.of())));

        assertThat(viewModel.rows()).containsExactly(
                new SummaryRow("Sites", "2"),
                new SummaryRow("Clusters", "2"),
                new SummaryRow("Nodes", "9"),
                new SummaryRow("Devices", "24"),
                new SummaryRow("Links", "1"),
                new SummaryRow("Workloads", "2"),
                new SummaryRow("Replicas", "5"),
                new SummaryRow("Node CPU", "100 cores"),
                new SummaryRow("Node memory", "640 GiB"));

        state.setOpenTopology(null);
        assertThat(viewModel.rows()).isEmpty();
    }

    @Test
    void waitsWhileHiddenAndCatchesUpWhenShown() {
        AppState state = new AppState();
        SummaryViewModel viewModel = new SummaryViewModel(state);
        viewModel.shownProperty().set(false);

        state.setOpenTopology(new OpenTopology(Path.of("t.yaml"),
                new ReadResult(Optional.of(TopologyDocument.of(Topologies.retailMini())), List.of())));
        assertThat(viewModel.rows()).isEmpty();

        viewModel.shownProperty().set(true);
        assertThat(viewModel.rows()).contains(new SummaryRow("Sites", "2"), new SummaryRow("Replicas", "5"));
    }

    @Test
    void capacityReadsWell() {
        assertThat(CapacityFormat.cores(0)).isEqualTo("0 cores");
        assertThat(CapacityFormat.cores(1000)).isEqualTo("1 core");
        assertThat(CapacityFormat.cores(12_500)).isEqualTo("12.5 cores");
        assertThat(CapacityFormat.cores(1_200)).isEqualTo("1.2 cores");
        assertThat(CapacityFormat.bytes(0)).isEqualTo("0 B");
        assertThat(CapacityFormat.bytes(512L << 20)).isEqualTo("512 MiB");
        assertThat(CapacityFormat.bytes(1536L << 30)).isEqualTo("1.5 TiB");
        assertThat(CapacityFormat.bytes(640L << 30)).isEqualTo("640 GiB");
    }
}
