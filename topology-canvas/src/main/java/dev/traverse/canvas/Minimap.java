package dev.traverse.canvas;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.ElementKind;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.render.CanvasTheme;
import dev.traverse.canvas.view.Viewport;
import java.util.List;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * A small overview of a {@link TopologyCanvas}: the whole diagram scaled to fit, drawn cheaply (elements smaller
 * than a pixel or two are skipped), and the part the canvas shows as a rectangle. Pressing or dragging in it
 * centres the canvas on that point.
 *
 * <p>Two layers keep it cheap: the diagram layer is redrawn only after the diagram, the theme or the size change,
 * at most once per {@link #DIAGRAM_DELAY} (edits in a burst redraw once); the viewport layer, one rectangle, is
 * redrawn in the next pulse after the canvas pans or zooms. FX thread only.
 */
public class Minimap extends Region {

    public static final String STYLE_CLASS = "topology-minimap";
    /** How long diagram changes are gathered before the diagram layer is redrawn. */
    public static final Duration DIAGRAM_DELAY = Duration.millis(120);
    private static final double MARGIN = 6;
    /** Elements smaller than this on the minimap are not drawn. */
    private static final double MIN_PX = 1.5;

    private final TopologyCanvas target;
    private final Canvas diagramLayer = new Canvas();
    private final Canvas viewLayer = new Canvas();
    private final PauseTransition diagramThrottle = new PauseTransition(DIAGRAM_DELAY);
    private boolean diagramDirty = true;
    private boolean viewDirty = true;
    private long diagramPaints;
    private double scale = 1;
    private double offsetX;
    private double offsetY;

    public Minimap(TopologyCanvas target) {
        this.target = Objects.requireNonNull(target, "target");
        getStyleClass().add(STYLE_CLASS);
        getChildren().addAll(diagramLayer, viewLayer);
        diagramThrottle.setOnFinished(e -> {
            diagramDirty = true;
            requestLayout();
        });
        target.diagramProperty().addListener((obs, old, now) -> diagramChanged());
        target.canvasThemeProperty().addListener((obs, old, now) -> diagramChanged());
        target.viewport().addListener(this::viewChanged);
        target.widthProperty().addListener((obs, old, now) -> viewChanged());
        target.heightProperty().addListener((obs, old, now) -> viewChanged());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::panTo);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::panTo);
    }

    /** How often the diagram layer has been drawn; for tests of throttling. */
    public long diagramPaints() {
        return diagramPaints;
    }

    /** The canvas point shown at a point of this minimap. */
    public Point toCanvas(double x, double y) {
        return new Point((x - offsetX) / scale, (y - offsetY) / scale);
    }

    /** The minimap point showing a canvas point, x then y. */
    public double[] toMinimap(Point p) {
        return new double[] {p.x() * scale + offsetX, p.y() * scale + offsetY};
    }

    private void diagramChanged() {
        if (diagramThrottle.getStatus() != Animation.Status.RUNNING) {
            diagramThrottle.playFromStart();
        }
    }

    private void viewChanged() {
        viewDirty = true;
        requestLayout();
    }

    private void panTo(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        target.viewport().centreOn(toCanvas(e.getX(), e.getY()), target.getWidth(), target.getHeight());
        e.consume();
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (diagramLayer.getWidth() != w || diagramLayer.getHeight() != h) {
            for (Canvas layer : List.of(diagramLayer, viewLayer)) {
                layer.setWidth(w);
                layer.setHeight(h);
            }
            diagramDirty = true;
        }
        if (diagramDirty) {
            diagramDirty = false;
            viewDirty = true;
            paintDiagram(w, h);
        }
        if (viewDirty) {
            viewDirty = false;
            paintView(w, h);
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 140;
    }

    private void paintDiagram(double w, double h) {
        diagramPaints++;
        Diagram d = target.getDiagram();
        CanvasTheme theme = target.getCanvasTheme();
        Box extent = d.extent();
        scale = Math.max(1e-9, Math.min((w - 2 * MARGIN) / Math.max(1, extent.width()),
                (h - 2 * MARGIN) / Math.max(1, extent.height())));
        offsetX = (w - extent.width() * scale) / 2 - extent.x() * scale;
        offsetY = (h - extent.height() * scale) / 2 - extent.y() * scale;
        GraphicsContext g = diagramLayer.getGraphicsContext2D();
        g.setFill(theme.panelFill());
        g.fillRect(0, 0, w, h);
        g.setStroke(theme.panelStroke());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        Color[] fills = new Color[ElementKind.values().length];
        for (ElementKind kind : ElementKind.values()) {
            fills[kind.ordinal()] = fill(theme, kind);
        }
        Color current = null;
        for (DiagramElement e : d.elements()) {
            Box b = e.bounds();
            double bw = b.width() * scale;
            double bh = b.height() * scale;
            if (bw < MIN_PX && bh < MIN_PX && e.depth() > 0) {
                continue;
            }
            Color fill = fills[e.kind().ordinal()];
            if (fill != current) { // each fill change is one more command for the render thread
                g.setFill(fill);
                current = fill;
            }
            g.fillRect(b.x() * scale + offsetX, b.y() * scale + offsetY, Math.max(1, bw), Math.max(1, bh));
        }
    }

    private static Color fill(CanvasTheme theme, ElementKind kind) {
        return switch (kind) {
            case SITE -> theme.siteStroke().deriveColor(0, 1, 1, 0.45);
            case CLUSTER -> theme.clusterStroke().deriveColor(0, 1, 1, 0.55);
            case NODE_POOL, DEVICE_GROUP -> theme.textMuted().deriveColor(0, 1, 1, 0.6);
        };
    }

    private void paintView(double w, double h) {
        GraphicsContext g = viewLayer.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        Viewport v = target.viewport();
        Box visible = v.visible(target.getWidth(), target.getHeight());
        double x = visible.x() * scale + offsetX;
        double y = visible.y() * scale + offsetY;
        double vw = visible.width() * scale;
        double vh = visible.height() * scale;
        Color accent = target.getCanvasTheme().accent();
        g.setFill(accent.deriveColor(0, 1, 1, 0.12));
        g.fillRect(x, y, vw, vh);
        g.setStroke(accent);
        g.setLineWidth(1.5);
        g.strokeRect(x + 0.75, y + 0.75, Math.max(0, vw - 1.5), Math.max(0, vh - 1.5));
    }
}
