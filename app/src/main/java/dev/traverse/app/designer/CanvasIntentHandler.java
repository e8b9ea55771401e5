package dev.traverse.app.designer;

import dev.traverse.app.palette.DropResult;
import dev.traverse.app.palette.PaletteDropHandler;
import dev.traverse.app.preview.PinRequests;
import dev.traverse.app.preview.PlacementPreview;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.intent.CanvasIntents;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns what the user asks of the canvas into edits of the open document and into the designer's other views
 * (explanations, context menus, the inspector). FX thread only.
 */
public final class CanvasIntentHandler implements CanvasIntents {

    private final DesignerViewModel designer;
    private final PaletteDropHandler drops;
    private final PlacementPreview preview;
    private final PinRequests pins;
    private final Consumer<String> explainChip;
    private final Consumer<String> inspect;
    private final CanvasContextMenu contextMenu;
    private final Consumer<String> report;

    /**
     * @param explainChip shows the engine's explanation of a chip's replica
     * @param inspect     brings the inspector forward for an element
     * @param report      where refusals go
     */
    public CanvasIntentHandler(DesignerViewModel designer, PaletteDropHandler drops, PlacementPreview preview,
                               PinRequests pins, Consumer<String> explainChip, Consumer<String> inspect,
                               CanvasContextMenu contextMenu, Consumer<String> report) {
        this.designer = Objects.requireNonNull(designer, "designer");
        this.drops = Objects.requireNonNull(drops, "drops");
        this.preview = Objects.requireNonNull(preview, "preview");
        this.pins = Objects.requireNonNull(pins, "pins");
        this.explainChip = Objects.requireNonNull(explainChip, "explainChip");
        this.inspect = Objects.requireNonNull(inspect, "inspect");
        this.contextMenu = Objects.requireNonNull(contextMenu, "contextMenu");
        this.report = Objects.requireNonNull(report, "report");
    }

    @Override
    public void move(Map<String, Point> newPositions, boolean byKeyboard) {
        designer.move(newPositions, byKeyboard);
    }

    @Override
    public void connect(String fromId, String toId) {
        designer.connect(fromId, toId);
    }

    @Override
    public void drop(String itemId, String targetId, Point at) {
        show(drops.drop(itemId, targetId, at));
    }

    /** Selects what a drop (or a palette item added from the keyboard) created, or says why nothing was. */
    public void show(DropResult result) {
        result.addedElement().ifPresent(added -> {
            if (designer.diagramProperty().get().element(added.id()).isPresent()) {
                designer.selection().select(added.id());
            }
        });
        result.refusalMessage().ifPresent(report);
    }

    @Override
    public void pin(String chipId, String targetId) {
        var shown = preview.snapshotProperty().get();
        if (shown == null) {
            report.accept("Pin: wait for the placement preview, then drag the replica again");
            return;
        }
        try {
            pins.pin(shown, chipId, targetId).ifPresentOrElse(
                    edit -> designer.edit(edit.description(), edit.change()),
                    () -> report.accept("Pin: " + targetId + " is not a node pool or device group"));
        } catch (IllegalArgumentException e) {
            report.accept("Pin: " + e.getMessage());
        }
    }

    @Override
    public void openChip(String chipId) {
        explainChip.accept(chipId);
    }

    @Override
    public void open(String elementId) {
        inspect.accept(elementId);
    }

    @Override
    public void contextMenu(String targetId, TargetKind kind, double screenX, double screenY) {
        contextMenu.show(targetId, kind, screenX, screenY);
    }
}
