package dev.traverse.canvas.render;

import javafx.scene.paint.Color;

/**
 * Where boxes, outlines and plain lines are drawn: the frame's {@link PixelRaster}, or the canvas itself through
 * {@link GraphicsSurface} for what is drawn over the raster (ghosts of dragged elements). Coordinates are screen
 * pixels; arcs are corner diameters and outlines are centred on their path, as in {@code GraphicsContext}.
 */
interface BoxSurface {

    void fillRect(double x, double y, double w, double h, Color colour);

    void fillRoundRect(double x, double y, double w, double h, double arc, Color colour);

    void strokeRoundRect(double x, double y, double w, double h, double arc, double lineWidth, Color colour);

    void line(double x1, double y1, double x2, double y2, double lineWidth, Color colour);
}
