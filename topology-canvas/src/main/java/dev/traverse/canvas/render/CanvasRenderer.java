package dev.traverse.canvas.render;

import dev.traverse.canvas.TopologyCanvas;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.ElementKind;
import dev.traverse.canvas.overlay.Chip;
import dev.traverse.canvas.overlay.Overlay;
import dev.traverse.canvas.selection.SelectionModel;
import dev.traverse.canvas.view.CanvasHits;
import dev.traverse.canvas.view.InteractionState;
import dev.traverse.canvas.view.Viewport;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import javafx.stage.Window;

/**
 * Paints a {@link TopologyCanvas} on its one bitmap canvas and answers its hit tests. Per frame it draws only
 * what meets the visible box (found through the scene's spatial index, so the cost follows what is on screen,
 * not the diagram's size) at the {@link LevelOfDetail} the zoom calls for, in two layers. The content layer is
 * drawn by the renderer's own rasteriser ({@link PixelRaster}) and shown as one image: background grid, the boxes
 * of the elements (parents first, each with the overlay parts that belong to its box), the plain links, then the
 * bodies of the workload chips. Over it, on the canvas: badges, text, chip text and mark badges, selected, hovered
 * and failed links with the labels, the ghosts of dragged elements, interaction feedback and the legend. The view's translation is rounded to whole
 * pixels, so a pan moves the last content layer and only the strips it uncovers are drawn afresh. Everything
 * derived from the diagram is built once per diagram object and reused. FX thread only.
 */
public final class CanvasRenderer {

    /** Elements this close outside the view (in pixels) are still drawn: borders, badges and marks overhang. */
    static final double CULL_MARGIN_PX = 12;

    private final TopologyCanvas canvas;
    private final PaintContext c = new PaintContext();
    private final FrameStats stats = new FrameStats();
    private final ChipBoxes chipBoxes = new ChipBoxes();
    private final IntList visible = new IntList();
    private final IntList selectedVisible = new IntList();
    private final GlyphPainter glyphs = new GlyphPainter();
    private final SiteSkin siteSkin = new SiteSkin(glyphs);
    private final ElementSkin[] skins = new ElementSkin[ElementKind.values().length];
    private final GridPainter grid = new GridPainter();
    private final RasterLayer layer = new RasterLayer();
    private final IntList inRegion = new IntList();
    private final ScaledSurface scaled = new ScaledSurface();
    private ContentKey lastKey;
    private LevelOfDetail lastLevel;
    private final MoveDamage damage = new MoveDamage();
    /** The zoom of the last frame, to tell a zoom in progress from a pan; 0 before the first frame. */
    private double lastDrawnScale;
    /** The share of the full resolution the content raster gets while the zoom changes. */
    static final double ZOOMING_RESOLUTION = 0.5;
    private long selectionChanges;
    private int lastTx;
    private int lastTy;
    private final LinkPainter links = new LinkPainter();
    private final OverlayPainter overlays = new OverlayPainter();
    private final InteractionPainter interaction = new InteractionPainter();
    private final LegendPainter legend = new LegendPainter();
    private final SceneHits hits;
    private DiagramScene scene;
    private SceneStyle style;
    private FontCache fonts;
    private TextMetrics metrics;
    private boolean[] moving = new boolean[0];
    private double[] legendBox;

    public CanvasRenderer(TopologyCanvas canvas) {
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        skins[ElementKind.SITE.ordinal()] = siteSkin;
        skins[ElementKind.CLUSTER.ordinal()] = new ClusterSkin(glyphs);
        skins[ElementKind.NODE_POOL.ordinal()] = new NodePoolSkin(glyphs);
        skins[ElementKind.DEVICE_GROUP.ordinal()] = new DeviceGroupSkin(glyphs);
        hits = new SceneHits(this::scene, this::levelOfDetail, chipBoxes);
        // selected links are drawn over the content layer, so a new selection means a new layer
        canvas.selection().addListener(ids -> selectionChanges++);
    }

    /** What is where, as drawn at the current zoom; chips as drawn in the last frame. */
    public CanvasHits hits() {
        return hits;
    }

    /** Timing and counts of the frames painted. */
    public FrameStats frameStats() {
        return stats;
    }

    /** The level of detail the current zoom draws the current diagram at. */
    public LevelOfDetail levelOfDetail() {
        DiagramScene s = scene();
        return LevelOfDetail.choose(canvas.viewport().scale(), s.leafReference, s.topReference);
    }

    /** The legend's screen box {x, y, width, height} in the last frame, or null when none was drawn. */
    public double[] legendBox() {
        return legendBox == null ? null : legendBox.clone();
    }

    DiagramScene scene() {
        Diagram d = canvas.getDiagram();
        if (scene == null || scene.diagram != d) {
            scene = new DiagramScene(d, scene);
        }
        return scene;
    }

    /** Paints the whole view of {@code width} by {@code height} pixels. */
    public void paint(GraphicsContext g, double width, double height) {
        long start = System.nanoTime();
        DiagramScene sc = scene();
        CanvasTheme theme = canvas.getCanvasTheme();
        prepare(g, sc, theme, width, height);
        Overlay overlay = canvas.getOverlay();
        InteractionState state = canvas.interactionProperty().get();
        SelectionModel selection = canvas.selection();
        overlays.prepare(style, overlay);
        chipBoxes.clear();

        g.setGlobalAlpha(1);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.setLineDashes(null);
        c.canvasSurface.use(g);

        double margin = CULL_MARGIN_PX / c.scale;
        double qx0 = -c.tx / c.scale - margin;
        double qy0 = -c.ty / c.scale - margin;
        double qx1 = (width - c.tx) / c.scale + margin;
        double qy1 = (height - c.ty) / c.scale + margin;
        boolean[] shifted = markMoving(sc, state.moving());

        visible.clear();
        (c.level == LevelOfDetail.DETAIL ? sc.elementGrid : sc.topGrid).query(qx0, qy0, qx1, qy1, visible);
        visible.sort();
        boolean withOverlay = !overlay.isEmpty() && c.level != LevelOfDetail.BLOCKS;
        DiagramScene.LinkSet linkSet = c.level == LevelOfDetail.DETAIL ? sc.links() : sc.topLinks();
        int lines = links.collect(linkSet, qx0, qy0, qx1, qy1, selection, state.hover(), overlay.failedLinks());
        // While the zoom changes, the boxes and links are drawn at half resolution (each zoom frame redraws them all);
        // the first frame after the zoom rests draws them sharp again.
        boolean zooming = lastDrawnScale != 0 && c.scale != lastDrawnScale;
        double unit = renderScale() * (zooming ? ZOOMING_RESOLUTION : 1);
        lastDrawnScale = c.scale;
        if (zooming) {
            Platform.runLater(canvas::repaint);
        }
        ContentKey key = new ContentKey(sc, style, c.scale, unit, (int) Math.ceil(width * unit),
                (int) Math.ceil(height * unit), overlay, selectionChanges, state.hover(), state.moving(),
                state.dx(), state.dy());
        content(key, shifted, linkSet, withOverlay);
        // the content layer is opaque and covers the canvas, so the canvas needs no background fill of its own
        layer.show(g, key.width() / unit, key.height() / unit);

        // then on the canvas: text, badges and chips over their boxes, and what was left where it was dragged from
        selectedVisible.clear();
        int chips = 0;
        for (int k = 0; k < visible.size(); k++) {
            int i = visible.get(k);
            boolean ghost = shifted != null && shifted[i];
            if (ghost) {
                g.setGlobalAlpha(0.3);
                box(c.canvasSurface, i, 0, 0);
                if (withOverlay) {
                    overlays.under(c, c.canvasSurface, overlay, i, 0, 0);
                    overlays.chipBodies(c, c.canvasSurface, overlay, i, 0, 0);
                }
            }
            decorate(i, 0, 0);
            if (withOverlay) {
                chips += overlays.over(c, overlay, i, 0, 0, chipBoxes, !ghost);
            }
            if (ghost) {
                g.setGlobalAlpha(1);
            } else if (selection.isSelected(sc.elements[i].id())) {
                selectedVisible.add(i);
            }
        }
        int elements = visible.size();
        links.over(c, linkSet, shifted, state.dx(), state.dy());
        if (shifted != null) {
            elements += ghosts(sc, state, overlay, selection, qx0, qy0, qx1, qy1);
        }
        feedback(sc, state, overlay);
        for (int k = 0; k < selectedVisible.size(); k++) {
            interaction.selected(c, selectedVisible.get(k), 0, 0);
        }
        legendBox = legend.paint(c, overlay.legend());
        stats.paintDone(System.nanoTime() - start, elements, lines, chips);
    }

    /**
     * Everything the content raster depends on besides the translation: while it stays equal, a pan only moves
     * the last frame's raster and draws the strips it uncovers.
     */
    private record ContentKey(DiagramScene scene, SceneStyle style, double scale, double unit, int width,
                              int height, Overlay overlay, long selectionChanges, String hover, Set<String> moving,
                              double dx, double dy) {

        /** True when everything but the diagram is as in {@code other}: the same view of another diagram. */
        boolean sameViewAs(ContentKey other) {
            return other != null && style.theme == other.style.theme && scale == other.scale && unit == other.unit
                    && width == other.width && height == other.height && overlay == other.overlay
                    && selectionChanges == other.selectionChanges && Objects.equals(hover, other.hover)
                    && moving.equals(other.moving) && dx == other.dx && dy == other.dy;
        }
    }

    /** Device pixels per view pixel on the canvas's screen; 1 until it is in a window. */
    private double renderScale() {
        Scene scene = canvas.getScene();
        Window window = scene == null ? null : scene.getWindow();
        double unit = window == null ? 1 : window.getRenderScaleX();
        return unit > 0 && Double.isFinite(unit) ? unit : 1;
    }

    /**
     * Draws the frame's content into the raster layer: grid, boxes of everything in place with the overlay parts
     * that belong to them, and the plain links. Reuses the last frame moved by whole pixels when only the
     * translation changed.
     */
    private void content(ContentKey key, boolean[] shifted, DiagramScene.LinkSet linkSet, boolean withOverlay) {
        int w = key.width();
        int h = key.height();
        double unit = key.unit();
        int tx = (int) c.tx;
        int ty = (int) c.ty;
        // the move in device pixels; reusable only when whole
        double mx = (tx - lastTx) * unit;
        double my = (ty - lastTy) * unit;
        int dx = (int) Math.rint(mx);
        int dy = (int) Math.rint(my);
        PixelRaster raster = null;
        if (key.equals(lastKey) && dx == mx && dy == my && Math.abs(dx) < w && Math.abs(dy) < h) {
            raster = layer.beginShifted(w, h, dx, dy);
        }
        InteractionState state = canvas.interactionProperty().get();
        Overlay overlay = key.overlay();
        if (raster != null) {
            // what moved in: a full-height strip at the side, then a strip at the top or bottom beside it
            int fresh = 0;
            if (dx != 0) {
                region(raster, unit, dx > 0 ? 0 : w + dx, 0, dx > 0 ? dx : w, h, true, shifted, linkSet,
                        withOverlay, overlay, state);
                fresh += Math.abs(dx) * h;
            }
            if (dy != 0) {
                region(raster, unit, Math.max(0, dx), dy > 0 ? 0 : h + dy, Math.min(w, w + dx), dy > 0 ? dy : h,
                        true, shifted, linkSet, withOverlay, overlay, state);
                fresh += Math.abs(dy) * (w - Math.abs(dx));
            }
            stats.contentRedrawn(fresh);
        } else if (dx == 0 && dy == 0 && movedWithinView(key, linkSet)
                && (raster = layer.beginShifted(w, h, 0, 0)) != null) {
            // a move: only where moved elements and their lines were and are now
            for (int r = 0; r < damage.count(); r++) {
                region(raster, unit, damage.x0(r), damage.y0(r), damage.x1(r), damage.y1(r), true, shifted,
                        linkSet, withOverlay, overlay, state);
            }
            stats.contentRedrawn((int) damage.area());
        } else {
            raster = layer.begin(w, h, c.theme.background());
            region(raster, unit, 0, 0, w, h, false, shifted, linkSet, withOverlay, overlay, state);
            stats.contentRedrawn(w * h);
        }
        lastLevel = c.level;
        lastKey = key;
        lastTx = tx;
        lastTy = ty;
    }

    /**
     * True when the frame shows, as the last one did, a diagram of the last one's shape whose elements moved or
     * resized by so little that redrawing the {@link #damage} is cheaper than the whole frame.
     */
    private boolean movedWithinView(ContentKey key, DiagramScene.LinkSet linkSet) {
        if (!key.sameViewAs(lastKey) || c.level != lastLevel
                || !key.scene().diagram.sameShape(lastKey.scene().diagram)) {
            return false;
        }
        DiagramScene before = lastKey.scene();
        DiagramScene.LinkSet linesBefore = c.level == LevelOfDetail.DETAIL ? before.links() : before.topLinks();
        return damage.collect(before, key.scene(), linesBefore, linkSet, c.scale, c.tx, c.ty, key.unit(), key.width(),
                key.height());
    }

    /**
     * Draws the content within device pixels x0..x1 - 1, y0..y1 - 1 exactly as a whole frame would have it there.
     *
     * @param unit device pixels per view pixel
     */
    private void region(PixelRaster raster, double unit, int x0, int y0, int x1, int y1, boolean fill,
                        boolean[] shifted, DiagramScene.LinkSet linkSet, boolean withOverlay, Overlay overlay,
                        InteractionState state) {
        if (x1 <= x0 || y1 <= y0) {
            return;
        }
        raster.clip(x0, y0, x1, y1);
        if (fill) {
            raster.fillRect(x0, y0, x1 - x0, y1 - y0, c.theme.background());
        }
        // through the scaling surface also at one device pixel per view pixel: a zoom draws at half resolution, and
        // one kind of surface at every resolution keeps the compiled drawing code valid when the zoom comes to rest
        scaled.use(raster, unit);
        BoxSurface surface = scaled;
        grid.paint(c, surface);
        double margin = CULL_MARGIN_PX / c.scale;
        double qx0 = (x0 / unit - c.tx) / c.scale - margin;
        double qy0 = (y0 / unit - c.ty) / c.scale - margin;
        double qx1 = (x1 / unit - c.tx) / c.scale + margin;
        double qy1 = (y1 / unit - c.ty) / c.scale + margin;
        inRegion.clear();
        (c.level == LevelOfDetail.DETAIL ? c.scene.elementGrid : c.scene.topGrid).query(qx0, qy0, qx1, qy1,
                inRegion);
        inRegion.sort();
        // parents first, each box with the overlay parts that belong under its children
        for (int k = 0; k < inRegion.size(); k++) {
            int i = inRegion.get(k);
            if (shifted == null || !shifted[i]) {
                box(surface, i, 0, 0);
                if (withOverlay) {
                    overlays.under(c, surface, overlay, i, 0, 0);
                }
            }
        }
        links.plain(c, surface, linkSet, qx0, qy0, qx1, qy1, shifted, state.dx(), state.dy());
        if (withOverlay) {
            // chips over the links, as they were when drawn on the canvas
            for (int k = 0; k < inRegion.size(); k++) {
                int i = inRegion.get(k);
                if (shifted == null || !shifted[i]) {
                    overlays.chipBodies(c, surface, overlay, i, 0, 0);
                }
            }
        }
        raster.noClip();
    }

    private void prepare(GraphicsContext g, DiagramScene sc, CanvasTheme theme, double width, double height) {
        if (fonts == null || !fonts.family().equals(theme.fontFamily())) {
            fonts = new FontCache(theme.fontFamily());
            metrics = new TextMetrics(theme.fontFamily());
            style = null;
        }
        if (style == null || style.scene != sc || style.theme != theme) {
            style = new SceneStyle(sc, theme, metrics);
        }
        Viewport v = canvas.viewport();
        c.g = g;
        c.theme = theme;
        c.scene = sc;
        c.style = style;
        c.fonts = fonts;
        c.metrics = metrics;
        c.scale = v.scale();
        // whole pixels, so that a pan moves the content raster by whole pixels and can reuse it
        c.tx = Math.rint(v.translateX());
        c.ty = Math.rint(v.translateY());
        c.width = width;
        c.height = height;
        c.level = LevelOfDetail.choose(c.scale, sc.leafReference, sc.topReference);
    }

    /** The box of element {@code i} at the current level of detail, shifted by (dx, dy), on {@code surface}. */
    private void box(BoxSurface surface, int i, double dx, double dy) {
        switch (c.level) {
            case DETAIL -> skins[c.scene.kind(i).ordinal()].box(c, surface, i, dx, dy);
            case SUMMARY -> siteSkin.tileBox(c, surface, i, dx, dy);
            case BLOCKS -> SiteSkin.block(c, surface, i, dx, dy);
        }
    }

    /** What element {@code i} shows over its box at the current level of detail, drawn on the canvas. */
    private void decorate(int i, double dx, double dy) {
        switch (c.level) {
            case DETAIL -> skins[c.scene.kind(i).ordinal()].decorate(c, i, dx, dy);
            case SUMMARY -> siteSkin.tileText(c, i, dx, dy);
            case BLOCKS -> {
            }
        }
    }

    /** The whole of element {@code i} drawn on the canvas, shifted by (dx, dy): a ghost of a dragged element. */
    private void element(int i, double dx, double dy) {
        box(c.canvasSurface, i, dx, dy);
        decorate(i, dx, dy);
    }

    /** Marks every element being dragged and everything inside one; null when nothing is dragged. */
    private boolean[] markMoving(DiagramScene sc, Set<String> ids) {
        if (ids.isEmpty()) {
            return null;
        }
        if (moving.length != sc.size) {
            moving = new boolean[sc.size];
        }
        boolean any = false;
        for (int i = 0; i < sc.size; i++) {
            int p = sc.parent[i];
            moving[i] = p >= 0 && moving[p] || ids.contains(sc.elements[i].id());
            any |= moving[i];
        }
        return any ? moving : null;
    }

    /** Draws dragged elements at their offset, over everything else; returns how many were drawn. */
    private int ghosts(DiagramScene sc, InteractionState state, Overlay overlay, SelectionModel selection,
                       double qx0, double qy0, double qx1, double qy1) {
        double dx = state.dx();
        double dy = state.dy();
        int maxDepth = c.level.maxDepth();
        int drawn = 0;
        for (int i = 0; i < sc.size; i++) {
            if (!moving[i] || sc.depth[i] > maxDepth || sc.maxX[i] + dx < qx0 || sc.minX[i] + dx > qx1
                    || sc.maxY[i] + dy < qy0 || sc.minY[i] + dy > qy1) {
                continue;
            }
            element(i, dx, dy);
            if (!overlay.isEmpty() && c.level != LevelOfDetail.BLOCKS) {
                overlays.under(c, c.canvasSurface, overlay, i, dx, dy);
                overlays.chipBodies(c, c.canvasSurface, overlay, i, dx, dy);
                overlays.over(c, overlay, i, dx, dy, chipBoxes, false);
            }
            if (selection.isSelected(sc.elements[i].id())) {
                interaction.selected(c, i, dx, dy);
            }
            drawn++;
        }
        return drawn;
    }

    private void feedback(DiagramScene sc, InteractionState state, Overlay overlay) {
        int hover = sc.indexOf(state.hover());
        if (hover >= 0 && sc.depth[hover] <= c.level.maxDepth()) {
            interaction.hover(c, hover);
        }
        int target = sc.indexOf(state.dropTarget());
        if (target >= 0 && sc.depth[target] > c.level.maxDepth()) {
            target = sc.top[target];
        }
        if (target >= 0) {
            interaction.dropTarget(c, target);
        }
        if (state.rubberBand() != null) {
            interaction.rubberBand(c, state.rubberBand());
        }
        int from = sc.indexOf(state.connectFrom());
        if (from >= 0 && state.pointer() != null) {
            interaction.connect(c, from, state.pointer());
        }
        if (state.draggedChip() != null && state.pointer() != null) {
            Chip chip = findChip(overlay, state.draggedChip());
            if (chip != null) {
                interaction.draggedChip(c, chip, state.pointer());
            }
        }
    }

    private static Chip findChip(Overlay overlay, String id) {
        for (List<Chip> list : overlay.chips().values()) {
            for (Chip chip : list) {
                if (chip.id().equals(id)) {
                    return chip;
                }
            }
        }
        return null;
    }
}
