package dev.traverse.canvas.render;

import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * A {@link BoxSurface} in view pixels over a {@link PixelRaster} in device pixels, for screens that show more
 * than one device pixel per view pixel (the window's render scale): every coordinate, size and line width is
 * multiplied by the scale, so the content layer stays as sharp as what the canvas draws over it. FX thread only.
 */
final class ScaledSurface implements BoxSurface {

    private PixelRaster raster;
    private double unit = 1;

    /** Draws on {@code target} from now on, {@code unit} device pixels to a view pixel. */
    void use(PixelRaster target, double unit) {
        if (!(unit > 0) || Double.isInfinite(unit)) {
            throw new IllegalArgumentException("device pixels per view pixel must be positive, not " + unit);
        }
        this.raster = Objects.requireNonNull(target, "target");
        this.unit = unit;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color colour) {
        raster.fillRect(x * unit, y * unit, w * unit, h * unit, colour);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arc, Color colour) {
        raster.fillRoundRect(x * unit, y * unit, w * unit, h * unit, arc * unit, colour);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arc, double lineWidth,
                                Color colour) {
        raster.strokeRoundRect(x * unit, y * unit, w * unit, h * unit, arc * unit, lineWidth * unit, colour);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, double lineWidth, Color colour) {
        raster.line(x1 * unit, y1 * unit, x2 * unit, y2 * unit, lineWidth * unit, colour);
    }
}
