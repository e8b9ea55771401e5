package dev.traverse.canvas.render;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.view.CanvasHits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers what is where from the scene's spatial indexes, as last drawn: at {@link LevelOfDetail#SUMMARY} and
 * below only top-level elements and the thinned links are drawn, so only they are hit. Ties go to what is drawn
 * on top: the deeper element, then the later one in diagram order. FX thread only.
 */
final class SceneHits implements CanvasHits {

    private final Supplier<DiagramScene> scene;
    private final Supplier<LevelOfDetail> level;
    private final ChipBoxes chips;
    private final IntList scratch = new IntList();

    SceneHits(Supplier<DiagramScene> scene, Supplier<LevelOfDetail> level, ChipBoxes chips) {
        this.scene = scene;
        this.level = level;
        this.chips = chips;
    }

    @Override
    public Optional<String> elementAt(Point p) {
        Objects.requireNonNull(p, "p");
        DiagramScene s = scene.get();
        int maxDepth = level.get().maxDepth();
        scratch.clear();
        (maxDepth == 0 ? s.topGrid : s.elementGrid).query(p.x(), p.y(), p.x(), p.y(), scratch);
        int best = -1;
        for (int k = 0; k < scratch.size(); k++) {
            int i = scratch.get(k);
            if (s.depth[i] <= maxDepth && (best < 0 || s.depth[i] > s.depth[best]
                    || s.depth[i] == s.depth[best] && i > best)) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(s.elements[best].id());
    }

    @Override
    public List<String> elementsWithin(Box box) {
        Objects.requireNonNull(box, "box");
        DiagramScene s = scene.get();
        int maxDepth = level.get().maxDepth();
        scratch.clear();
        (maxDepth == 0 ? s.topGrid : s.elementGrid).query(box.x(), box.y(), box.maxX(), box.maxY(), scratch);
        boolean[] inside = new boolean[s.size];
        for (int k = 0; k < scratch.size(); k++) {
            int i = scratch.get(k);
            inside[i] = s.depth[i] <= maxDepth && s.minX[i] >= box.x() && s.maxX[i] <= box.maxX()
                    && s.minY[i] >= box.y() && s.maxY[i] <= box.maxY();
        }
        IntList kept = new IntList();
        for (int k = 0; k < scratch.size(); k++) {
            int i = scratch.get(k);
            if (inside[i] && !ancestorInside(s, i, inside)) {
                kept.add(i);
            }
        }
        kept.sort();
        List<String> out = new ArrayList<>(kept.size());
        for (int d = 0, remaining = kept.size(); remaining > 0; d++) {
            for (int k = 0; k < kept.size(); k++) {
                if (s.depth[kept.get(k)] == d) {
                    out.add(s.elements[kept.get(k)].id());
                    remaining--;
                }
            }
        }
        return out;
    }

    private static boolean ancestorInside(DiagramScene s, int i, boolean[] inside) {
        for (int p = s.parent[i]; p >= 0; p = s.parent[p]) {
            if (inside[p]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<String> linkAt(Point p, double tolerance) {
        Objects.requireNonNull(p, "p");
        DiagramScene s = scene.get();
        DiagramScene.LinkSet set = level.get() == LevelOfDetail.DETAIL ? s.links() : s.topLinks();
        double tol = Math.max(0, tolerance);
        scratch.clear();
        set.grid.query(p.x() - tol, p.y() - tol, p.x() + tol, p.y() + tol, scratch);
        int best = -1;
        double bestD = tol * tol;
        for (int k = 0; k < scratch.size(); k++) {
            int l = scratch.get(k);
            double d = LinkGeometry.distanceSquared(p.x(), p.y(), set.x1[l], set.y1[l], set.x2[l], set.y2[l]);
            if (d < bestD || d == bestD && (best < 0 || l > best)) {
                best = l;
                bestD = d;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(set.id[best]);
    }

    @Override
    public Optional<String> chipAt(double screenX, double screenY) {
        return Optional.ofNullable(chips.find(screenX, screenY));
    }

    @Override
    public boolean onEdge(String elementId, Point p, double tolerance) {
        Objects.requireNonNull(p, "p");
        DiagramScene s = scene.get();
        int i = s.indexOf(elementId);
        if (i < 0) {
            return false;
        }
        double x = p.x();
        double y = p.y();
        if (x < s.minX[i] || x > s.maxX[i] || y < s.minY[i] || y > s.maxY[i]) {
            return false;
        }
        double border = Math.min(Math.min(x - s.minX[i], s.maxX[i] - x), Math.min(y - s.minY[i], s.maxY[i] - y));
        return border <= tolerance;
    }
}
