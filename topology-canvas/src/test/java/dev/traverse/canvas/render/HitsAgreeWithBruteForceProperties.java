package dev.traverse.canvas.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementKind;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The spatial index answers exactly what a scan of every element and link answers. */
class HitsAgreeWithBruteForceProperties {

    @Property(tries = 150)
    void elementAtAgrees(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int sites,
                         @ForAll boolean detailed) {
        SplittableRandom random = new SplittableRandom(seed);
        Diagram d = randomDiagram(random, sites);
        DiagramScene scene = new DiagramScene(d);
        LevelOfDetail level = detailed ? LevelOfDetail.DETAIL : LevelOfDetail.SUMMARY;
        SceneHits hits = new SceneHits(() -> scene, () -> level, new ChipBoxes());
        for (int q = 0; q < 200; q++) {
            Point p = randomPoint(random, d);
            assertThat(hits.elementAt(p)).as("element at %s", p).isEqualTo(bruteElementAt(d, p, level));
        }
    }

    @Property(tries = 150)
    void elementsWithinAgrees(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int sites,
                              @ForAll boolean detailed) {
        SplittableRandom random = new SplittableRandom(seed);
        Diagram d = randomDiagram(random, sites);
        DiagramScene scene = new DiagramScene(d);
        LevelOfDetail level = detailed ? LevelOfDetail.DETAIL : LevelOfDetail.SUMMARY;
        SceneHits hits = new SceneHits(() -> scene, () -> level, new ChipBoxes());
        for (int q = 0; q < 60; q++) {
            Point a = randomPoint(random, d);
            Box box = new Box(a.x(), a.y(), random.nextDouble() * 1500, random.nextDouble() * 1200);
            assertThat(hits.elementsWithin(box)).as("within %s", box).isEqualTo(bruteWithin(d, box, level));
        }
    }

    @Property(tries = 150)
    void linkAtAgrees(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int sites, @ForAll boolean detailed) {
        SplittableRandom random = new SplittableRandom(seed);
        Diagram d = randomDiagram(random, sites);
        DiagramScene scene = new DiagramScene(d);
        LevelOfDetail level = detailed ? LevelOfDetail.DETAIL : LevelOfDetail.SUMMARY;
        SceneHits hits = new SceneHits(() -> scene, () -> level, new ChipBoxes());
        DiagramScene.LinkSet set = detailed ? scene.links() : scene.topLinks();
        for (int q = 0; q < 200; q++) {
            Point p = randomPoint(random, d);
            double tolerance = random.nextDouble() * 40;
            assertThat(hits.linkAt(p, tolerance)).as("link at %s within %s", p, tolerance)
                    .isEqualTo(bruteLinkAt(set, p, tolerance));
        }
    }

    @Property(tries = 100)
    void onEdgeMatchesTheDistanceToTheBorder(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Diagram d = randomDiagram(random, 5);
        DiagramScene scene = new DiagramScene(d);
        SceneHits hits = new SceneHits(() -> scene, () -> LevelOfDetail.DETAIL, new ChipBoxes());
        for (DiagramElement e : d.elements()) {
            Point p = randomPoint(random, d);
            Box b = e.bounds();
            boolean inside = b.contains(p.x(), p.y());
            double border = Math.min(Math.min(p.x() - b.x(), b.maxX() - p.x()),
                    Math.min(p.y() - b.y(), b.maxY() - p.y()));
            assertThat(hits.onEdge(e.id(), p, 6)).isEqualTo(inside && border <= 6);
        }
        assertThat(hits.onEdge("no-such-element", new Point(0, 0), 6)).isFalse();
    }

    @Property(tries = 150)
    void aSceneUpdatedAfterMovesAgreesWithAFreshOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int sites) {
        SplittableRandom random = new SplittableRandom(seed);
        Diagram d = randomDiagram(random, sites);
        DiagramScene scene = new DiagramScene(d);
        for (int step = 0; step < 4; step++) {
            // some elements move, some far beyond the last extent; the lines are asked for after some moves only
            java.util.Map<Integer, DiagramElement> moved = new java.util.HashMap<>();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                int i = random.nextInt(d.size());
                DiagramElement e = d.elements().get(i);
                double far = random.nextInt(5) == 0 ? 20_000 : 300;
                Box b = e.bounds();
                moved.put(i, new DiagramElement(e.spec(), new Box(b.x() + (random.nextDouble() * 2 - 1) * far,
                        b.y() + (random.nextDouble() * 2 - 1) * far, b.width(), b.height()), e.depth()));
            }
            d = d.withReplaced(moved);
            scene = new DiagramScene(d, scene);
            if (random.nextBoolean()) {
                scene.links();
                scene.topLinks();
            }
        }
        DiagramScene updated = scene;
        DiagramScene fresh = new DiagramScene(d);

        assertThat(updated.minX).containsExactly(fresh.minX);
        assertThat(updated.maxY).containsExactly(fresh.maxY);
        for (boolean detailed : new boolean[] {true, false}) {
            LevelOfDetail level = detailed ? LevelOfDetail.DETAIL : LevelOfDetail.SUMMARY;
            DiagramScene.LinkSet lines = detailed ? updated.links() : updated.topLinks();
            DiagramScene.LinkSet freshLines = detailed ? fresh.links() : fresh.topLinks();
            assertThat(lines.x1).containsExactly(freshLines.x1);
            assertThat(lines.y2).containsExactly(freshLines.y2);
            SceneHits hits = new SceneHits(() -> updated, () -> level, new ChipBoxes());
            for (int q = 0; q < 100; q++) {
                Point p = randomPoint(random, d);
                assertThat(hits.elementAt(p)).as("element at %s", p).isEqualTo(bruteElementAt(d, p, level));
                assertThat(hits.linkAt(p, 30)).as("link at %s", p).isEqualTo(bruteLinkAt(lines, p, 30));
                Box box = new Box(p.x(), p.y(), random.nextDouble() * 1500, random.nextDouble() * 1200);
                assertThat(hits.elementsWithin(box)).as("within %s", box).isEqualTo(bruteWithin(d, box, level));
            }
        }
    }

    private static Optional<String> bruteElementAt(Diagram d, Point p, LevelOfDetail level) {
        DiagramElement best = null;
        int bestIndex = -1;
        List<DiagramElement> all = d.elements();
        for (int i = 0; i < all.size(); i++) {
            DiagramElement e = all.get(i);
            if (e.depth() <= level.maxDepth() && e.bounds().contains(p.x(), p.y())
                    && (best == null || e.depth() >= best.depth())) {
                best = e;
                bestIndex = i;
            }
        }
        return bestIndex < 0 ? Optional.empty() : Optional.of(best.id());
    }

    private static List<String> bruteWithin(Diagram d, Box box, LevelOfDetail level) {
        List<DiagramElement> kept = new ArrayList<>();
        for (DiagramElement e : d.elements()) {
            if (e.depth() > level.maxDepth() || !box.containsBox(e.bounds())) {
                continue;
            }
            boolean ancestorIn = false;
            for (String p = e.parentId(); p != null; p = d.element(p).orElseThrow().parentId()) {
                DiagramElement parent = d.element(p).orElseThrow();
                ancestorIn |= parent.depth() <= level.maxDepth() && box.containsBox(parent.bounds());
            }
            if (!ancestorIn) {
                kept.add(e);
            }
        }
        List<DiagramElement> order = d.elements();
        kept.sort(Comparator.comparingInt(DiagramElement::depth).thenComparingInt(order::indexOf));
        return kept.stream().map(DiagramElement::id).toList();
    }

    private static Optional<String> bruteLinkAt(DiagramScene.LinkSet set, Point p, double tolerance) {
        int best = -1;
        double bestD = tolerance * tolerance;
        for (int l = 0; l < set.count; l++) {
            double dist = LinkGeometry.distanceSquared(p.x(), p.y(), set.x1[l], set.y1[l], set.x2[l], set.y2[l]);
            if (dist <= bestD) {
                best = l;
                bestD = dist;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(set.id[best]);
    }

    private static Point randomPoint(SplittableRandom random, Diagram d) {
        Box e = d.extent().inflate(50);
        // round to whole units now and then so points fall exactly on borders
        double x = e.x() + random.nextDouble() * e.width();
        double y = e.y() + random.nextDouble() * e.height();
        return random.nextInt(4) == 0 ? new Point(Math.round(x), Math.round(y)) : new Point(x, y);
    }

    /** Sites with clusters, pools and device groups in random nested boxes (on whole units, to make ties). */
    static Diagram randomDiagram(SplittableRandom random, int sites) {
        List<DiagramElement> elements = new ArrayList<>();
        List<DiagramLink> links = new ArrayList<>();
        for (int s = 0; s < sites; s++) {
            Box site = new Box(random.nextInt(4000), random.nextInt(3000), 100 + random.nextInt(900),
                    100 + random.nextInt(700));
            String siteId = "site-" + s;
            elements.add(element(siteId, ElementKind.SITE, null, site, 0));
            int clusters = random.nextInt(3);
            for (int c = 0; c < clusters; c++) {
                Box cluster = inside(random, site);
                String clusterId = siteId + "-c" + c;
                elements.add(element(clusterId, ElementKind.CLUSTER, siteId, cluster, 1));
                int pools = random.nextInt(5);
                for (int p = 0; p < pools; p++) {
                    String poolId = clusterId + "/p" + p;
                    elements.add(element(poolId, ElementKind.NODE_POOL, clusterId, inside(random, cluster), 2));
                    if (random.nextInt(3) == 0) {
                        links.add(new DiagramLink(poolId + " <-> " + siteId, poolId, siteId, ""));
                    }
                }
            }
            int devices = random.nextInt(3);
            for (int g = 0; g < devices; g++) {
                elements.add(element(siteId + "/d" + g, ElementKind.DEVICE_GROUP, siteId, inside(random, site), 1));
            }
        }
        for (int k = 0; k < sites; k++) {
            int a = random.nextInt(sites);
            int b = random.nextInt(sites);
            String id = "site-" + a + " <-> site-" + b + "#" + k;
            if (a != b) {
                links.add(new DiagramLink(id, "site-" + a, "site-" + b, ""));
            }
        }
        return new Diagram(elements, links);
    }

    private static Box inside(SplittableRandom random, Box outer) {
        double w = Math.max(0, Math.floor(outer.width() * (0.1 + 0.8 * random.nextDouble())));
        double h = Math.max(0, Math.floor(outer.height() * (0.1 + 0.8 * random.nextDouble())));
        double x = outer.x() + Math.floor(random.nextDouble() * (outer.width() - w));
        double y = outer.y() + Math.floor(random.nextDouble() * (outer.height() - h));
        return new Box(x, y, w, h);
    }

    private static DiagramElement element(String id, ElementKind kind, String parent, Box box, int depth) {
        return new DiagramElement(new ElementSpec(id, kind, parent, id, "", "", null), box, depth);
    }
}
