package dev.traverse.canvas.render;

import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.DiagramLink;
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
                Diagram d = canvas.getDiagram();
                for (DiagramLink link : d.links()) {
                    Box a = d.element(link.fromId()).orElseThrow().bounds();
                    Box b = d.element(link.toId()).orElseThrow().bounds();
                    if (distanceToSegment(p, a.centreX(), a.centreY(), b.centreX(), b.centreY()) <= tolerance) {
                        return Optional.of(link.id());
                    }
                }
                return Optional.empty();
            }

            @Override
            public Optional<String> chipAt(double screenX, double screenY) {
                return Optional.empty();
            }

            @Override
            public boolean onEdge(String elementId, Point p, double tolerance) {
                return canvas.getDiagram().element(elementId).map(DiagramElement::bounds)
                        .filter(b -> b.contains(p.x(), p.y()))
                        .map(b -> p.x() - b.x() <= tolerance || b.maxX() - p.x() <= tolerance
                                || p.y() - b.y() <= tolerance || b.maxY() - p.y() <= tolerance)
                        .orElse(false);
            }
        };
    }

    private static double distanceToSegment(Point p, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0
                : Math.max(0, Math.min(1, ((p.x() - x1) * dx + (p.y() - y1) * dy) / lengthSquared));
        return Math.hypot(p.x() - (x1 + t * dx), p.y() - (y1 + t * dy));
    }
}
