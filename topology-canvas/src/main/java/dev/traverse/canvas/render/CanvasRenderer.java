package dev.traverse.canvas.render;

import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.view.CanvasHits;
import dev.traverse.canvas.view.Viewport;
import java.util.List;
import java.util.Optional;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Paints the canvas. FX thread only. */
public final class CanvasRenderer {

    private final TopologyCanvas canvas;

    public CanvasRenderer(TopologyCanvas canvas) {
        this.canvas = canvas;
    }

    public void paint(GraphicsContext g, double width, double height) {
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        Viewport v = canvas.viewport();
        for (DiagramElement e : canvas.getDiagram().elements()) {
            Box b = e.bounds();
            g.setStroke(Color.GRAY);
            g.strokeRect(v.toScreenX(b.x()), v.toScreenY(b.y()), b.width() * v.scale(), b.height() * v.scale());
        }
    }

    public CanvasHits hits() {
        return new CanvasHits() {
            @Override
            public Optional<String> elementAt(Point p) {
                String found = null;
                for (DiagramElement e : canvas.getDiagram().elements()) {
                    if (e.bounds().contains(p.x(), p.y())) {
                        found = e.id();
                    }
                }
                return Optional.ofNullable(found);
            }

            @Override
            public List<String> elementsWithin(Box box) {
                return canvas.getDiagram().elements().stream().filter(e -> box.containsBox(e.bounds()))
                        .map(DiagramElement::id).toList();
            }

            @Override
            public Optional<String> linkAt(Point p, double tolerance) {
                return Optional.empty();
            }

            @Override
            public Optional<String> chipAt(double screenX, double screenY) {
                return Optional.empty();
            }

            @Override
            public boolean onEdge(String elementId, Point p, double tolerance) {
                return false;
            }
        };
    }
}
