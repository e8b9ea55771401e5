package dev.traverse.app.preview;

import dev.traverse.app.concurrent.TaskExecutor;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.Failure;
import dev.traverse.engine.placement.PlacementEngine;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.WhatIfResult;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Simulate failure": runs the engine's what-if for a site, cluster, node pool or device group, single host or link
 * off the FX thread, then shows its overlay in place of the live preview's until {@link #dismiss() dismissed}. A
 * newer simulation or a dismissal drops the result of one still running. Methods and properties: FX thread only.
 */
public final class WhatIfPreview {

    /** Runs a what-if; the engine in the application. Called on a worker. */
    @FunctionalInterface
    public interface WhatIfFunction {
        WhatIfResult run(Topology topology, Failure failure);
    }

    private final ReadOnlyObjectProperty<Topology> topology;
    private final TaskExecutor executor;
    private final WhatIfFunction whatIf;
    private final ReadOnlyObjectWrapper<WhatIfReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper(this, "outdated");
    private final BooleanBinding showing;
    private final ObjectBinding<Overlay> overlay;
    private long generation;

    /**
     * @param topology       the topology to fail parts of
     * @param previewOverlay the live preview's overlay, shown when no what-if is
     * @param executor       runs the engine off the FX thread
     */
    public WhatIfPreview(ReadOnlyObjectProperty<Topology> topology, ReadOnlyObjectProperty<Overlay> previewOverlay,
                         TaskExecutor executor, WhatIfFunction whatIf) {
        this.topology = Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(previewOverlay, "previewOverlay");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.whatIf = Objects.requireNonNull(whatIf, "whatIf");
        showing = running.or(report.isNotNull()).or(error.isNotNull());
        overlay = Bindings.createObjectBinding(() -> report.get() != null ? report.get().overlay()
                : previewOverlay.get(), report, previewOverlay);
        topology.addListener((obs, old, now) -> outdated.set(report.get() != null));
    }

    /** What-ifs of the preview's topology with the engine and {@code options}, shown over the preview's overlay. */
    public static WhatIfPreview of(PlacementPreview preview, TaskExecutor executor, PlacementOptions options) {
        Objects.requireNonNull(options, "options");
        return new WhatIfPreview(preview.topologyProperty(), preview.overlayProperty(), executor,
                (t, failure) -> PlacementEngine.whatIf(t, options, failure));
    }

    /**
     * Simulates the failure of what {@code id} names: an element id, a host ({@code CLUSTER/NODE-3}) or a link id
     * ({@code FROM <-> TO}). An id the topology does not have ends in {@link #errorProperty()}.
     */
    public void simulate(String id) {
        Objects.requireNonNull(id, "id");
        Topology now = topology.get();
        if (now == null) {
            return;
        }
        long requested = ++generation;
        report.set(null);
        error.set(null);
        outdated.set(false);
        headline.set("Simulating the failure of " + id.replace(" <-> ", " ↔ ") + "…");
        detail.set("");
        running.set(true);
        executor.run(() -> {
            TopologyIndex index = TopologyIndex.of(now);
            return WhatIfReport.of(whatIf.run(now, FailureTargets.failureOf(index, id)), index);
        }, done -> {
            if (requested == generation) {
                running.set(false);
                report.set(done);
                headline.set(done.headline());
                detail.set(done.detail());
            }
        }, failure -> {
            if (requested == generation) {
                running.set(false);
                headline.set("The failure could not be simulated");
                error.set(EngineErrors.message("The what-if", failure));
            }
        });
    }

    /** Back to the live preview's overlay; a simulation still running is dropped. */
    public void dismiss() {
        generation++;
        running.set(false);
        report.set(null);
        error.set(null);
        outdated.set(false);
        headline.set("");
        detail.set("");
    }

    /** The what-if shown, or null. */
    public ReadOnlyObjectProperty<WhatIfReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The overlay for the canvas: the what-if's while one is shown, the live preview's otherwise. */
    public ObjectBinding<Overlay> overlayProperty() {
        return overlay;
    }

    /** True while a simulation runs or its result or failure is shown: when the banner is up. */
    public BooleanBinding showingProperty() {
        return showing;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** "Failure of site store-017: 12 replicas move, 3 cannot be placed, cost +0.42/h", or progress. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** How the objectives change: "cost 34.45 → 34.87/h · carbon 965 → 1,012 g/h". */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Why the simulation failed, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True when the topology was edited after the what-if shown was simulated. */
    public ReadOnlyBooleanProperty outdatedProperty() {
        return outdated.getReadOnlyProperty();
    }
}
