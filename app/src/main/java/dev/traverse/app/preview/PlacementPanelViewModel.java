package dev.traverse.app.preview;

import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Placement panel: the preview's summary line, its unplaced replicas with the engine's reasons and fixes, the
 * auto-preview switch and F5. Double-clicking a replica selects its workload through the handler given. FX thread
 * only.
 */
public final class PlacementPanelViewModel {

    private final PlacementPreview preview;
    private final Consumer<String> selectWorkload;
    private final ObservableList<UnplacedReplica> unplaced = FXCollections.observableArrayList();
    private final ObservableList<UnplacedReplica> readOnlyUnplaced = FXCollections.unmodifiableObservableList(unplaced);
    private final StringBinding summary;
    private final StringBinding title;
    private final BooleanBinding failed;

    /**
     * @param selectWorkload selects a workload by name in the designer (the Workloads panel and inspector)
     */
    public PlacementPanelViewModel(PlacementPreview preview, Consumer<String> selectWorkload) {
        this.preview = Objects.requireNonNull(preview, "preview");
        this.selectWorkload = Objects.requireNonNull(selectWorkload, "selectWorkload");
        failed = preview.errorProperty().isNotNull();
        summary = Bindings.createStringBinding(this::summaryText, preview.statusProperty(),
                preview.errorProperty(), preview.outdatedProperty(), preview.runningProperty(),
                preview.autoPreviewProperty());
        title = Bindings.createStringBinding(() -> unplaced.isEmpty() ? "Placement"
                : "Placement (" + NumberText.count(unplaced.size()) + " unplaced)", unplaced);
        preview.resultProperty().addListener((obs, old, now) -> show(now));
        show(preview.resultProperty().get());
    }

    private void show(PlacementResult result) {
        List<UnplacedReplica> now = result == null ? List.of() : result.unplaced();
        // Most previews leave the same replicas unplaced: the table keeps its rows rather than building them again.
        if (!unplaced.equals(now)) {
            unplaced.setAll(now);
        }
    }

    private String summaryText() {
        String error = preview.errorProperty().get();
        if (error != null) {
            return error;
        }
        String status = preview.statusProperty().get();
        if (preview.runningProperty().get()) {
            return status + " · placing…";
        }
        if (preview.outdatedProperty().get() && !preview.autoPreviewProperty().get()) {
            return status + " · out of date (F5 to place again)";
        }
        return status;
    }

    /** Places afresh (F5). */
    public void previewNow() {
        preview.previewNow();
    }

    /** Selects the workload of an unplaced replica (double-click). */
    public void select(UnplacedReplica replica) {
        if (replica != null) {
            selectWorkload.accept(replica.workload());
        }
    }

    /** The unplaced replicas of the preview shown, in the engine's order. */
    public ObservableList<UnplacedReplica> unplaced() {
        return readOnlyUnplaced;
    }

    /** The summary line, or why the preview failed. */
    public StringBinding summaryProperty() {
        return summary;
    }

    /** "Placement", with the unplaced count when there are any. */
    public StringBinding titleProperty() {
        return title;
    }

    /** True when the newest run failed and the summary says why. */
    public BooleanBinding failedProperty() {
        return failed;
    }

    public BooleanProperty autoPreviewProperty() {
        return preview.autoPreviewProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return preview.runningProperty();
    }

    /** The fixes of a replica, one a line after a bullet, or "" when the engine knows none. */
    public static String fixesText(UnplacedReplica replica) {
        return replica.fixes().stream().map(fix -> "• " + fix).collect(java.util.stream.Collectors.joining("\n"));
    }
}
