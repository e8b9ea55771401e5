package dev.traverse.app.summary;

import dev.traverse.app.format.CapacityFormat;
import dev.traverse.engine.model.TopologyStats;

import dev.traverse.app.io.OpenTopology;
import dev.traverse.app.state.AppState;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Counts per kind for the open topology, as rows for the side panel. UI thread only. */
public final class SummaryViewModel {

    private final ObservableList<SummaryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SummaryRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    public SummaryViewModel(AppState state) {
        Objects.requireNonNull(state, "state");
        state.openTopologyProperty().addListener((obs, old, now) -> rows.setAll(rows(now)));
        rows.setAll(rows(state.openTopologyProperty().get()));
    }

    /** The rows; empty when no topology is open. */
    public ObservableList<SummaryRow> rows() {
        return readOnlyRows;
    }

    private static List<SummaryRow> rows(OpenTopology open) {
        return open == null ? List.of() : open.topology().map(TopologyStats::of).map(SummaryViewModel::rows)
                .orElse(List.of());
    }

    static List<SummaryRow> rows(TopologyStats counts) {
        return List.of(
                new SummaryRow("Sites", Integer.toString(counts.sites())),
                new SummaryRow("Clusters", Integer.toString(counts.clusters())),
                new SummaryRow("Nodes", Integer.toString(counts.nodes())),
                new SummaryRow("Devices", Integer.toString(counts.devices())),
                new SummaryRow("Links", Integer.toString(counts.links())),
                new SummaryRow("Workloads", Integer.toString(counts.workloads())),
                new SummaryRow("Replicas", Integer.toString(counts.replicas())),
                new SummaryRow("Node CPU", CapacityFormat.cores(counts.cpuMillis())),
                new SummaryRow("Node memory", CapacityFormat.bytes(counts.memoryBytes())));
    }
}
