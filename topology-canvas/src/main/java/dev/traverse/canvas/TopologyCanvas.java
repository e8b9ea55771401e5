package dev.traverse.canvas;

import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.gesture.Gestures;
import dev.traverse.canvas.intent.CanvasIntents;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.canvas.render.CanvasRenderer;
import dev.traverse.canvas.render.CanvasTheme;
import dev.traverse.canvas.render.FrameStats;
import dev.traverse.canvas.render.LevelOfDetail;
import dev.traverse.canvas.selection.SelectionModel;
import dev.traverse.canvas.view.CanvasHits;
import dev.traverse.canvas.view.InteractionState;
import dev.traverse.canvas.view.Viewport;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * The topology canvas control: draws a {@link Diagram} and an {@link Overlay} on one bitmap canvas (so 10,000
 * elements cost what is visible, not one scene-graph node each), keeps the selection and the viewport, and
 * reports what the user asks for through {@link CanvasIntents}. It never changes the diagram: the application
 * answers an intent with a new diagram.
 *
 * <p>Painting happens in the layout pass of the next pulse after anything changes, at most once per pulse.
 * FX thread only.
 */
public class TopologyCanvas extends Region {

    public static final String STYLE_CLASS = "topology-canvas";

    private final Canvas surface = new Canvas();
    private final ObjectProperty<Diagram> diagram = new SimpleObjectProperty<>(this, "diagram", Diagram.EMPTY);
    private final ObjectProperty<Overlay> overlay = new SimpleObjectProperty<>(this, "overlay", Overlay.NONE);
    private final ObjectProperty<InteractionState> interaction =
            new SimpleObjectProperty<>(this, "interaction", InteractionState.IDLE);
    private final ObjectProperty<CanvasTheme> canvasTheme =
            new SimpleObjectProperty<>(this, "canvasTheme", CanvasTheme.LIGHT);
    private final SelectionModel selection = new SelectionModel();
    private final Viewport viewport = new Viewport();
    private final CanvasRenderer renderer;
    private CanvasIntents intents = new CanvasIntents() {
    };
    private boolean dirty = true;

    public TopologyCanvas() {
        getStyleClass().add(STYLE_CLASS);
        setFocusTraversable(true);
        getChildren().add(surface);
        renderer = new CanvasRenderer(this);
        diagram.addListener((obs, old, now) -> {
            // looked up per selected id: the selection is small, the diagram may hold 10,000 elements
            selection.retainIf(id -> now.indexOf(id) >= 0 || now.link(id).isPresent());
            repaint();
        });
        overlay.addListener((obs, old, now) -> repaint());
        interaction.addListener((obs, old, now) -> repaint());
        canvasTheme.addListener((obs, old, now) -> repaint());
        selection.addListener(ids -> repaint());
        viewport.addListener(this::repaint);
        Gestures.install(this);
    }

    /** Asks for a repaint in the next pulse; cheap to call often. */
    public final void repaint() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (surface.getWidth() != w || surface.getHeight() != h) {
            surface.setWidth(w);
            surface.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            renderer.paint(surface.getGraphicsContext2D(), w, h);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }

    /** Zooms and pans so the whole diagram fits the view (Ctrl+0). */
    public void fitToContent() {
        viewport.fit(diagram.get().extent(), getWidth(), getHeight());
    }

    /** Zoom 100 % around the view's centre (Ctrl+1). */
    public void actualSize() {
        viewport.actualSize(getWidth(), getHeight());
    }

    /** Selects the element or link and brings it into view (find, a problem clicked). */
    public void reveal(String id) {
        Diagram d = diagram.get();
        d.element(id).ifPresent(e -> {
            if (!viewport.visible(getWidth(), getHeight()).containsBox(e.bounds())) {
                viewport.centreOn(new Point(e.bounds().centreX(), e.bounds().centreY()),
                        getWidth(), getHeight());
            }
        });
        if (d.element(id).isPresent() || d.link(id).isPresent()) {
            selection.select(id);
        }
    }

    public ObjectProperty<Diagram> diagramProperty() {
        return diagram;
    }

    public Diagram getDiagram() {
        return diagram.get();
    }

    public void setDiagram(Diagram value) {
        diagram.set(Objects.requireNonNull(value, "diagram"));
    }

    public ObjectProperty<Overlay> overlayProperty() {
        return overlay;
    }

    public void setOverlay(Overlay value) {
        overlay.set(Objects.requireNonNull(value, "overlay"));
    }

    public Overlay getOverlay() {
        return overlay.get();
    }

    /** What the gesture in progress shows; gestures set it, the renderer draws it. */
    public ObjectProperty<InteractionState> interactionProperty() {
        return interaction;
    }

    public SelectionModel selection() {
        return selection;
    }

    public Viewport viewport() {
        return viewport;
    }

    /**
     * The colours and font sizes the canvas draws with; the application sets {@link CanvasTheme#DARK} under a
     * dark application theme. Never null.
     */
    public ObjectProperty<CanvasTheme> canvasThemeProperty() {
        return canvasTheme;
    }

    public CanvasTheme getCanvasTheme() {
        return canvasTheme.get();
    }

    public void setCanvasTheme(CanvasTheme value) {
        canvasTheme.set(Objects.requireNonNull(value, "canvasTheme"));
    }

    /** Paint and pulse timings for the benchmark mode, and what the last frame drew. */
    public FrameStats frameStats() {
        return renderer.frameStats();
    }

    /** How much the current zoom draws: full detail, summary tiles or plain blocks. */
    public LevelOfDetail levelOfDetail() {
        return renderer.levelOfDetail();
    }

    /** What is where, as last drawn. */
    public CanvasHits hits() {
        return renderer.hits();
    }

    public CanvasIntents intents() {
        return intents;
    }

    public void setIntents(CanvasIntents intents) {
        this.intents = Objects.requireNonNull(intents, "intents");
    }
}
