package dev.traverse.app.palette;

import dev.traverse.app.design.DesignDocument;
import dev.traverse.app.dialogs.DialogService;
import dev.traverse.app.elements.ElementRef;
import dev.traverse.app.elements.ElementType;
import dev.traverse.app.elements.TopologyElements;
import dev.traverse.canvas.document.Point;
import dev.traverse.engine.edit.Added;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Topology;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;

/**
 * Carries out palette drops on the open document: decides with {@link PaletteDrop}, asks whether a workload's
 * affinity is required or preferred, and makes the addition one undo step. The window calls it from the canvas's
 * drop intent and for Enter or a double click in the palette (with the element under the view's centre). FX thread
 * only.
 */
public final class PaletteDropHandler {

    private final PaletteCatalog catalog;
    private final ObservableValue<DesignDocument> document;
    private final DialogService dialogs;

    public PaletteDropHandler(PaletteCatalog catalog, ObservableValue<DesignDocument> document,
                              DialogService dialogs) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.document = Objects.requireNonNull(document, "document");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
    }

    /**
     * @param itemId   the palette item's id, from the dragboard
     * @param targetId the innermost element under the drop point, or null on empty canvas
     * @param at       the drop point in canvas units, kept as the new element's position; null for none
     */
    public DropResult drop(String itemId, String targetId, Point at) {
        DesignDocument doc = document.getValue();
        if (doc == null) {
            return DropResult.refused("Open or create a topology first.");
        }
        if (itemId.startsWith(PaletteDrag.WORKLOAD_PREFIX)) {
            return affinityFor(doc, itemId.substring(PaletteDrag.WORKLOAD_PREFIX.length()), targetId);
        }
        Optional<PaletteItem> item = catalog.find(itemId);
        if (item.isEmpty()) {
            return DropResult.refused("The palette has no item " + itemId + ".");
        }
        DropPlan plan = PaletteDrop.decide(doc.topology(), item.get(), targetId);
        Position position = at == null ? null : new Position(at.x(), at.y());
        try {
            if (plan instanceof DropPlan.Refused refused) {
                return DropResult.refused(refused.message());
            }
            if (plan instanceof DropPlan.AddWorkloadWithAffinity withAffinity) {
                return addWithAffinity(doc, withAffinity);
            }
            DropPlan.Addition addition = (DropPlan.Addition) plan;
            return DropResult.added(new ElementRef(addition.type(),
                    apply(doc, plan.description(), t -> addition.apply(t, position))));
        } catch (IllegalArgumentException refused) {
            return DropResult.refused(refused.getMessage());
        }
    }

    private DropResult addWithAffinity(DesignDocument doc, DropPlan.AddWorkloadWithAffinity plan) {
        String target = PaletteDrop.describeTarget(doc.topology(), plan.targetId());
        Optional<AffinityStrength> strength = dialogs.askAffinity(plan.workload().name(), target);
        if (strength.isEmpty()) {
            return DropResult.cancelled();
        }
        return DropResult.added(new ElementRef(ElementType.WORKLOAD,
                apply(doc, plan.description(), t -> plan.apply(t, strength.get()))));
    }

    /**
     * An existing workload dropped on a site, cluster or node pool: asks required or preferred and adds the affinity
     * as one undo step.
     */
    private DropResult affinityFor(DesignDocument doc, String workload, String targetId) {
        Optional<ElementRef> target = targetId == null ? Optional.empty()
                : TopologyElements.resolve(doc.topology(), targetId);
        boolean placeable = target.map(ref -> ref.type() == ElementType.SITE || ref.type() == ElementType.CLUSTER
                || ref.type() == ElementType.NODE_POOL).orElse(false);
        if (!placeable) {
            return DropResult.refused("Drop workload " + workload + " onto a site, cluster or node pool to give it"
                    + " an affinity there.");
        }
        String described = PaletteDrop.describeTarget(doc.topology(), targetId);
        Optional<AffinityStrength> strength = dialogs.askAffinity(workload, described);
        if (strength.isEmpty()) {
            return DropResult.cancelled();
        }
        Integer weight = strength.get() == AffinityStrength.REQUIRED ? null : AffinityStrength.PREFERRED_WEIGHT;
        doc.edit("Affinity of " + workload + " to " + targetId,
                t -> TopologyEdits.addAffinity(t, workload, targetId, weight));
        return DropResult.added(ElementRef.workload(workload));
    }

    /** Makes the addition one undo step and returns the new element's id. */
    private static String apply(DesignDocument doc, String description, Function<Topology, Added> addition) {
        String[] id = new String[1];
        doc.edit(description, t -> {
            Added added = addition.apply(t);
            id[0] = added.id();
            return added.topology();
        });
        return id[0];
    }
}
