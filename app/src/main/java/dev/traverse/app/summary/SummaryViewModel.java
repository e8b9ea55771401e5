package dev.traverse.app.summary;

import dev.traverse.app.format.CapacityFormat;
import dev.traverse.app.io.OpenTopology;
import dev.traverse.app.state.AppState;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.TopologyStats;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Counts per kind for the open topology, as rows for the side panel. While the panel is hidden the counts wait and
 * are worked out when it is shown again: counting a large topology on every edit cost the FX thread milliseconds
 * for a panel nobody saw. UI thread only.
 */
public final class SummaryViewModel {

    private final ObservableList<SummaryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SummaryRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private List<?> shownParts;

    public SummaryViewModel(AppState state) {
        Objects.requireNonNull(state, "state");
        state.openTopologyProperty().addListener((obs, old, now) -> {
            if (shown.get()) {
                show(now);
            }
        });
        shown.addListener((obs, was, now) -> {
            if (now) {
                show(state.openTopologyProperty().get());
            }
        });
        show(state.openTopologyProperty().get());
    }

    /** True while the panel is on screen (the default); the rows follow the topology only then. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    private void show(OpenTopology open) {
        Topology topology = open == null ? null : open.topology().orElse(null);
        // The counts come from the sites, links and workloads: a move of a box changes none of them.
        List<?> parts = topology == null ? null : List.of(topology.sites(), topology.links(), topology.workloads());
        if (parts != null && shownParts != null && sameInstances(parts, shownParts)) {
            return;
        }
        shownParts = parts;
        List<SummaryRow> next = topology == null ? List.of() : rows(TopologyStats.of(topology));
        if (!next.equals(rows)) {
            rows.setAll(next);
        }
    }

    private static boolean sameInstances(List<?> a, List<?> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** The rows; empty when no topology is open. */
    public ObservableList<SummaryRow> rows() {
        return readOnlyRows;
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
