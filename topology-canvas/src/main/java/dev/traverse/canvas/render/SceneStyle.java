package dev.traverse.canvas.render;

import dev.traverse.canvas.document.ElementKind;
import javafx.scene.paint.Color;

/**
 * Colours and fitted text for one scene in one theme, worked out lazily the first time an element is drawn and
 * kept until the diagram or the theme changes, so painting a frame measures no text and mixes no colours.
 * FX thread only.
 */
final class SceneStyle {

    /**
     * The colours of one kind of element with one glyph: body, header band (the tinted card of a device group),
     * border, the plain rectangle drawn at {@link LevelOfDetail#BLOCKS}, and the brand tint itself.
     */
    record KindPaint(Color fill, Color header, Color stroke, Color block, Color tint) {
    }

    final DiagramScene scene;
    final CanvasTheme theme;
    private final TextMetrics metrics;
    private final KindPaint[][] paints = new KindPaint[ElementKind.values().length][Glyph.values().length];
    private final String[] label;
    private final String[] detail;
    private final String[] tileLabel;
    private final String[][] tileCounts;
    private final double[] tileKey;

    SceneStyle(DiagramScene scene, CanvasTheme theme, TextMetrics metrics) {
        this.scene = scene;
        this.theme = theme;
        this.metrics = metrics;
        label = new String[scene.size];
        detail = new String[scene.size];
        tileLabel = new String[scene.size];
        tileCounts = new String[scene.size][];
        tileKey = new double[scene.size];
    }

    KindPaint paint(int i) {
        ElementKind kind = scene.kind(i);
        Glyph glyph = scene.glyph[i];
        KindPaint p = paints[kind.ordinal()][glyph.ordinal()];
        if (p == null) {
            p = mix(kind, glyph.tint());
            paints[kind.ordinal()][glyph.ordinal()] = p;
        }
        return p;
    }

    private KindPaint mix(ElementKind kind, Color tint) {
        CanvasTheme t = theme;
        double lift = t.dark() ? 2 : 1;
        return switch (kind) {
            case SITE -> new KindPaint(blend(t.siteFill(), tint, 0.035 * lift), blend(t.siteFill(), tint, 0.10 * lift),
                    blend(t.siteStroke(), tint, 0.55), blend(t.siteFill(), tint, t.dark() ? 0.38 : 0.35), tint);
            case CLUSTER -> new KindPaint(blend(t.clusterFill(), tint, 0.03 * lift),
                    blend(t.clusterFill(), tint, 0.09 * lift), blend(t.clusterStroke(), tint, 0.45),
                    blend(t.clusterFill(), tint, 0.4), tint);
            case NODE_POOL, DEVICE_GROUP -> new KindPaint(t.leafFill(),
                    blend(t.leafFill(), tint, t.dark() ? 0.11 : 0.07), t.leafStroke(), blend(t.leafFill(), tint, 0.5),
                    tint);
        };
    }

    static Color blend(Color base, Color tint, double amount) {
        double a = Math.max(0, Math.min(1, amount));
        return new Color(base.getRed() + (tint.getRed() - base.getRed()) * a,
                base.getGreen() + (tint.getGreen() - base.getGreen()) * a,
                base.getBlue() + (tint.getBlue() - base.getBlue()) * a, base.getOpacity());
    }

    /** The element's label fitted to {@code room} canvas units at the theme's label size. */
    String label(int i, double room) {
        String s = label[i];
        if (s == null) {
            s = metrics.fit(scene.elements[i].spec().label(), true, theme.labelSize(), room);
            label[i] = s;
        }
        return s;
    }

    /** The element's detail line fitted to {@code room} canvas units at the theme's detail size. */
    String detail(int i, double room) {
        String s = detail[i];
        if (s == null) {
            s = metrics.fit(scene.elements[i].spec().detail(), false, theme.detailSize(), room);
            detail[i] = s;
        }
        return s;
    }

    /**
     * Fits a summary tile's name and counts, whose sizes are in pixels and change with the zoom; the result is
     * reused while the tile keeps its pixel width and font size (panning).
     */
    void fitTile(int i, double labelRoomPx, double roomPx, double labelPx, double countsPx) {
        double key = Math.floor(roomPx) * 1000 + Math.floor(labelPx * 4);
        if (tileLabel[i] == null || tileKey[i] != key) {
            tileLabel[i] = metrics.fit(scene.elements[i].spec().label(), true, labelPx, labelRoomPx);
            String[] lines = scene.summary[i];
            String[] fitted = new String[lines.length];
            for (int k = 0; k < lines.length; k++) {
                fitted[k] = metrics.fit(lines[k], false, countsPx, roomPx);
            }
            tileCounts[i] = fitted;
            tileKey[i] = key;
        }
    }

    String tileLabel(int i) {
        return tileLabel[i];
    }

    String[] tileCounts(int i) {
        return tileCounts[i];
    }
}
