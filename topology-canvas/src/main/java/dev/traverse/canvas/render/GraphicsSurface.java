package dev.traverse.canvas.render;

import java.util.Objects;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** A {@link BoxSurface} that draws straight onto the canvas, honouring its global alpha. FX thread only. */
final class GraphicsSurface implements BoxSurface {

    private GraphicsContext g;

    /** Draws on {@code g} from now on. */
    void use(GraphicsContext g) {
        this.g = Objects.requireNonNull(g, "g");
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color colour) {
        g.setFill(colour);
        g.fillRect(x, y, w, h);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Color colour) {
        g.setFill(colour);
        g.fillRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, double lineWidth,
                                Color colour) {
        g.setStroke(colour);
        g.setLineWidth(lineWidth);
        g.strokeRoundRect(x, y, w, h, arc, arc);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, Color colour) {
        g.setStroke(colour);
        g.setLineWidth(lineWidth);
        g.strokeLine(x1, y1, x2, y2);
    }
}
