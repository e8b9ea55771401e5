package dev.traverse.canvas.render;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;

/**
 * What every painter of one frame needs: the graphics context, the theme, the scene and its cached styling, and
 * the mapping from canvas units to screen pixels. One instance is reused across frames. FX thread only.
 */
final class PaintContext {

    /** Text smaller than this many pixels is not drawn: nobody can read it, and it costs. */
    static final double MIN_TEXT_PX = 6;

    GraphicsContext g;
    /** The frame's content layer, shown under everything drawn on {@link #g}. */
    PixelRaster raster;
    /** Boxes drawn straight on the canvas, over the raster (ghosts of dragged elements). */
    final GraphicsSurface canvasSurface = new GraphicsSurface();
    CanvasTheme theme;
    DiagramScene scene;
    SceneStyle style;
    FontCache fonts;
    TextMetrics metrics;
    LevelOfDetail level;
    double scale;
    double tx;
    double ty;
    double width;
    double height;

    double sx(double canvasX) {
        return canvasX * scale + tx;
    }

    double sy(double canvasY) {
        return canvasY * scale + ty;
    }

    /** True when text of this size in canvas units comes out big enough to read. */
    boolean readable(double canvasSize) {
        return canvasSize * scale >= MIN_TEXT_PX;
    }

    /** The font for text of this size in canvas units at the current zoom. */
    Font font(boolean bold, double canvasSize) {
        return fonts.get(bold, canvasSize * scale);
    }
}
