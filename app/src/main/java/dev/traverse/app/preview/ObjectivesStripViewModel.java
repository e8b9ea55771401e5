package dev.traverse.app.preview;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The objectives strip: the readings of the preview shown (worked out on the preview's worker), and whether they
 * are of the topology as it is now. FX thread only.
 */
public final class ObjectivesStripViewModel {

    private final ObservableList<ObjectivesReport.Reading> readings = FXCollections.observableArrayList();
    private final ObservableList<ObjectivesReport.Reading> readOnly =
            FXCollections.unmodifiableObservableList(readings);
    private final BooleanBinding stale;

    public ObjectivesStripViewModel(PlacementPreview preview) {
        this(preview.objectivesProperty(), preview.outdatedProperty().or(preview.errorProperty().isNotNull()));
    }

    /**
     * @param objectives the readings to show
     * @param stale      true while they are not of the topology as it is now
     */
    public ObjectivesStripViewModel(ReadOnlyObjectProperty<ObjectivesReport> objectives, BooleanBinding stale) {
        Objects.requireNonNull(objectives, "objectives");
        this.stale = Objects.requireNonNull(stale, "stale");
        objectives.addListener((obs, old, now) -> readings.setAll(now == null ? List.of() : now.readings()));
        readings.setAll(objectives.get() == null ? List.of() : objectives.get().readings());
    }

    /** Cost, latency, carbon and gap, in that order; empty before the first preview. */
    public ObservableList<ObjectivesReport.Reading> readings() {
        return readOnly;
    }

    /** True while the readings are of an earlier topology (a run to come, auto-preview off, or a failed run). */
    public BooleanBinding staleProperty() {
        return stale;
    }
}
