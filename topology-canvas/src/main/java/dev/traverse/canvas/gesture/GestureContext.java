package dev.traverse.canvas.gesture;

import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.layout.DiagramLayout;
import dev.traverse.canvas.intent.CanvasIntents;
import dev.traverse.canvas.selection.SelectionModel;
import dev.traverse.canvas.view.CanvasHits;
import dev.traverse.canvas.view.InteractionState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What gestures need from the canvas: hit tests in view pixels, the conversion to canvas units, the interaction state
 * to show previews in, the selection and the intents. Coordinates called "view" are pixels relative to the canvas
 * control's top-left (the viewport's screen space). FX thread only.
 */
final class GestureContext {

    /** How close to an element's border, in view pixels, a press starts a link instead of a move. */
    static final double EDGE_PIXELS = 5;
    /** How close to a link, in view pixels, a press picks it. */
    static final double LINK_PIXELS = 5;
    /** How far, in view pixels, the pointer must travel before a press becomes a drag rather than a click. */
    static final double DRAG_THRESHOLD = 4;

    private final TopologyCanvas canvas;

    GestureContext(TopologyCanvas canvas) {
        this.canvas = Objects.requireNonNull(canvas, "canvas");
    }

    TopologyCanvas canvas() {
        return canvas;
    }

    Diagram diagram() {
        return canvas.getDiagram();
    }

    SelectionModel selection() {
        return canvas.selection();
    }

    CanvasIntents intents() {
        return canvas.intents();
    }

    Point toCanvas(double viewX, double viewY) {
        return canvas.viewport().toCanvas(viewX, viewY);
    }

    /** A distance in view pixels as canvas units at the current zoom. */
    double canvasDistance(double pixels) {
        return pixels / canvas.viewport().scale();
    }

    /**
     * What is under a view point, trying in turn: a chip, an element's border, a leaf's body or a container's title
     * bar, a link, a container's body. Links win over container bodies because they are drawn over them; leaves and
     * title bars win over links crossing them, so an element can always be grabbed.
     */
    Target pick(double viewX, double viewY) {
        CanvasHits hits = canvas.hits();
        Optional<String> chip = hits.chipAt(viewX, viewY);
        if (chip.isPresent()) {
            return new Target(Target.Kind.CHIP, chip.get());
        }
        Point p = toCanvas(viewX, viewY);
        Optional<DiagramElement> element = hits.elementAt(p).flatMap(id -> diagram().element(id));
        if (element.isPresent() && hits.onEdge(element.get().id(), p, canvasDistance(EDGE_PIXELS))) {
            return new Target(Target.Kind.EDGE, element.get().id());
        }
        if (element.isPresent() && (!element.get().kind().isContainer() || inHeader(element.get(), p))) {
            return new Target(Target.Kind.ELEMENT, element.get().id());
        }
        Optional<String> link = hits.linkAt(p, canvasDistance(LINK_PIXELS));
        if (link.isPresent()) {
            return new Target(Target.Kind.LINK, link.get());
        }
        return element.map(e -> new Target(Target.Kind.ELEMENT, e.id())).orElse(Target.CANVAS);
    }

    /** A container's title bar belongs to it even where a link crosses it, so it can always be grabbed. */
    private static boolean inHeader(DiagramElement container, Point p) {
        return p.y() - container.bounds().y() <= DiagramLayout.HEADER;
    }

    /** The innermost element under a view point, or null. */
    String elementAt(double viewX, double viewY) {
        return canvas.hits().elementAt(toCanvas(viewX, viewY)).orElse(null);
    }

    InteractionState interaction() {
        return canvas.interactionProperty().get();
    }

    void show(InteractionState state) {
        canvas.interactionProperty().set(Objects.requireNonNull(state, "state"));
    }

    /** Back to no preview, keeping what the pointer hovers over. */
    void idle() {
        InteractionState now = interaction();
        show(now.hover() == null ? InteractionState.IDLE : hovering(now.hover()));
    }

    static InteractionState hovering(String id) {
        return new InteractionState(Set.of(), 0, 0, null, null, null, null, null, id);
    }

    static InteractionState moving(Set<String> ids, double dx, double dy) {
        return new InteractionState(ids, dx, dy, null, null, null, null, null, null);
    }

    static InteractionState rubberBand(Box box) {
        return new InteractionState(Set.of(), 0, 0, box, null, null, null, null, null);
    }

    static InteractionState connecting(String from, Point pointer, String target) {
        return new InteractionState(Set.of(), 0, 0, null, from, pointer, target, null, null);
    }

    static InteractionState draggingChip(String chip, Point pointer, String target) {
        return new InteractionState(Set.of(), 0, 0, null, null, pointer, target, chip, null);
    }

    static InteractionState dropping(String target, Point pointer) {
        return new InteractionState(Set.of(), 0, 0, null, null, pointer, target, null, null);
    }

    /** The element ids of the selection, links left out. */
    List<String> selectedElements() {
        Diagram d = diagram();
        return selection().selected().stream().filter(id -> d.element(id).isPresent()).toList();
    }
}
