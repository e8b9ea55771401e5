package dev.traverse.canvas.layout;

import static dev.traverse.canvas.layout.Specs.link;
import static dev.traverse.canvas.layout.Specs.overlap;
import static dev.traverse.canvas.layout.Specs.site;
import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {

    @Test
    void theCloudIsOnTopTheDataCentreBelowAndTheStoresBelowThat() {
        Diagram before = DiagramLayout.build(Specs.retail(true), Specs.retailLinks());
        Diagram after = Specs.apply(before, LayeredLayout.layout(before));

        Box cloud = box(after, "azure-weu");
        Box dc = box(after, "dc-paris");
        assertThat(cloud.maxY()).isLessThan(dc.y());
        for (String store : List.of("store-1", "store-2", "store-3")) {
            assertThat(dc.maxY()).isLessThan(box(after, store).y());
        }
        assertNoTopLevelOverlap(after);
    }

    @Test
    void withoutLinksTiersStillOrderTheRows() {
        List<ElementSpec> specs = List.of(site("shop", "store", null), site("pop", "edge-pop", null),
                site("aws", "aws cloud-region", null), site("dc", "on-prem-dc", null));
        Diagram before = DiagramLayout.build(specs, List.of());
        Diagram after = Specs.apply(before, LayeredLayout.layout(before));

        assertThat(box(after, "aws").maxY()).isLessThan(box(after, "dc").y());
        assertThat(box(after, "dc").maxY()).isLessThan(box(after, "pop").y());
        assertThat(box(after, "pop").maxY()).isLessThan(box(after, "shop").y());
    }

    @Test
    void theBlockKeepsItsTopLeftCorner() {
        Diagram before = DiagramLayout.build(Specs.retail(true), Specs.retailLinks());
        Map<String, Point> moved = LayeredLayout.layout(before);
        Diagram after = Specs.apply(before, moved);

        Box was = before.extent();
        Box now = after.extent();
        assertThat(now.x()).isEqualTo(was.x());
        assertThat(now.y()).isEqualTo(was.y());
    }

    @Test
    void aSelectionMovesAloneWithItsSavedDescendantsAndClearsTheOthers() {
        List<ElementSpec> specs = new ArrayList<>(List.of(
                site("a", "aws", new Point(0, 0)),
                Specs.cluster("ak", "a", new Point(20, 40)),
                site("b", "store", new Point(0, 400)),
                site("c", "store", new Point(600, 0))));
        Diagram before = DiagramLayout.build(specs, List.of(link("a", "b")));
        Map<String, Point> moved = LayeredLayout.layout(before, List.of("a", "b"));

        assertThat(moved).containsOnlyKeys("a", "ak", "b");
        Point a = moved.get("a");
        Point ak = moved.get("ak");
        Box aBefore = box(before, "a");
        Box akBefore = box(before, "ak");
        assertThat(ak.x() - a.x()).isEqualTo(akBefore.x() - aBefore.x());
        assertThat(ak.y() - a.y()).isEqualTo(akBefore.y() - aBefore.y());
        assertNoTopLevelOverlap(Specs.apply(before, moved));
    }

    @Test
    void clustersOfOneSiteAreLaidOutAmongThemselves() {
        List<ElementSpec> specs = List.of(site("s", "aws", new Point(0, 0)),
                Specs.cluster("k1", "s", new Point(20, 40)), Specs.cluster("k2", "s", new Point(400, 40)),
                Specs.pool("k1", "p", null), Specs.pool("k2", "p", null));
        Diagram before = DiagramLayout.build(specs, List.of(link("k1/p", "k2/p")));
        Diagram after = Specs.apply(before, LayeredLayout.layout(before, List.of("k1", "k2")));

        assertThat(box(after, "k1").maxY()).isLessThan(box(after, "k2").y());
        assertThat(box(after, "s").containsBox(box(after, "k2"))).isTrue();
    }

    @Property(tries = 200)
    void elementsOfDifferentTiersGetDifferentRowsAndNothingOverlaps(@ForAll long seed) {
        Random r = new Random(seed);
        int n = 2 + r.nextInt(25);
        String[] styles = {"aws", "on-prem-dc", "edge-pop", "store"};
        List<ElementSpec> specs = new ArrayList<>();
        int[] tier = new int[n];
        for (int i = 0; i < n; i++) {
            tier[i] = r.nextInt(styles.length);
            specs.add(site("s" + i, styles[tier[i]], null));
            for (int g = r.nextInt(4); g > 0; g--) {
                specs.add(Specs.devices("s" + i, "g" + g, null));
            }
        }
        List<DiagramLink> links = new ArrayList<>();
        for (int k = r.nextInt(n * 2); k > 0; k--) {
            int a = r.nextInt(n);
            int b = r.nextInt(n);
            DiagramLink l = link("s" + Math.min(a, b), "s" + Math.max(a, b));
            if (a != b && links.stream().noneMatch(x -> x.id().equals(l.id()))) {
                links.add(l);
            }
        }
        Diagram before = DiagramLayout.build(specs, links);
        Diagram after = Specs.apply(before, LayeredLayout.layout(before));

        assertNoTopLevelOverlap(after);
        for (DiagramLink l : links) {
            int ta = tier[Integer.parseInt(l.fromId().substring(1))];
            int tb = tier[Integer.parseInt(l.toId().substring(1))];
            if (ta != tb) {
                Box upper = box(after, ta < tb ? l.fromId() : l.toId());
                Box lower = box(after, ta < tb ? l.toId() : l.fromId());
                assertThat(upper.maxY()).as("%s: the higher tier above", l.id()).isLessThan(lower.y());
            }
        }
    }

    private static void assertNoTopLevelOverlap(Diagram d) {
        List<DiagramElement> top = d.elements().stream().filter(e -> e.parentId() == null).toList();
        for (int i = 0; i < top.size(); i++) {
            for (int j = i + 1; j < top.size(); j++) {
                assertThat(overlap(top.get(i).bounds(), top.get(j).bounds()))
                        .as("%s and %s", top.get(i).id(), top.get(j).id()).isFalse();
            }
        }
    }

    private static Box box(Diagram d, String id) {
        return d.element(id).orElseThrow().bounds();
    }
}
