package dev.traverse.app.designer;

import dev.traverse.app.concurrent.TaskExecutor;
import dev.traverse.app.preview.EnginePlacement;
import dev.traverse.app.preview.ExplanationView;
import dev.traverse.app.preview.ExplanationViewModel;
import dev.traverse.app.preview.ObjectivesStripView;
import dev.traverse.app.preview.ObjectivesStripViewModel;
import dev.traverse.app.preview.PinRequests;
import dev.traverse.app.preview.PlacementPanelView;
import dev.traverse.app.preview.PlacementPanelViewModel;
import dev.traverse.app.preview.PlacementPreview;
import dev.traverse.app.preview.PreviewWorker;
import dev.traverse.app.preview.WhatIfBannerView;
import dev.traverse.app.preview.WhatIfPreview;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementOptions;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The live placement preview and what hangs off it: the what-if simulation, explanations, the objectives strip,
 * the Placement panel and the failure banner, wired to one topology. FX thread only.
 */
public final class PreviewParts {

    private final PlacementPreview preview;
    private final WhatIfPreview whatIf;
    private final ExplanationViewModel explanation;
    private final ExplanationView explanationView;
    private final ObjectivesStripView strip;
    private final PlacementPanelViewModel panelModel;
    private final PlacementPanelView panel;
    private final WhatIfBannerView banner;
    private final PinRequests pins = PinRequests.standard();

    /**
     * @param topology       the model to preview, following the open document
     * @param worker         where placement runs
     * @param selectWorkload what double-clicking an unplaced replica does
     */
    public PreviewParts(ReadOnlyObjectProperty<Topology> topology, TaskExecutor executor, PreviewWorker worker,
                        Consumer<String> selectWorkload) {
        Objects.requireNonNull(executor, "executor");
        PlacementOptions options = PlacementOptions.DEFAULT;
        preview = new PlacementPreview(topology, new EnginePlacement(options), worker, Platform::runLater);
        whatIf = WhatIfPreview.of(preview, executor, options);
        explanation = ExplanationViewModel.of(preview, executor, options);
        explanationView = new ExplanationView(explanation);
        strip = new ObjectivesStripView(new ObjectivesStripViewModel(preview));
        panelModel = new PlacementPanelViewModel(preview, selectWorkload);
        panel = new PlacementPanelView(panelModel);
        banner = new WhatIfBannerView(whatIf);
    }

    /**
     * Another document was opened: drops the simulation and explanation of the last one and places the new one
     * afresh, rather than starting from the last document's replicas.
     */
    public void restart() {
        whatIf.dismiss();
        explanation.clear();
        preview.previewNow();
    }

    public PlacementPreview preview() {
        return preview;
    }

    public WhatIfPreview whatIf() {
        return whatIf;
    }

    public ExplanationViewModel explanation() {
        return explanation;
    }

    public ExplanationView explanationView() {
        return explanationView;
    }

    public ObjectivesStripView strip() {
        return strip;
    }

    public PlacementPanelViewModel panelModel() {
        return panelModel;
    }

    public PlacementPanelView panel() {
        return panel;
    }

    public WhatIfBannerView banner() {
        return banner;
    }

    public PinRequests pins() {
        return pins;
    }

    /** Stops the preview's worker; nothing publishes after this. */
    public void dispose() {
        preview.dispose();
    }
}
