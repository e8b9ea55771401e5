package dev.traverse.canvas.layout;

import static dev.traverse.canvas.layout.Specs.cluster;
import static dev.traverse.canvas.layout.Specs.devices;
import static dev.traverse.canvas.layout.Specs.overlap;
import static dev.traverse.canvas.layout.Specs.pool;
import static dev.traverse.canvas.layout.Specs.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramLayoutTest {

    @Test
    void leavesHaveTheFixedSizeAndContainersEncloseTheirChildrenBelowTheHeader() {
        Diagram d = DiagramLayout.build(Specs.retail(false), Specs.retailLinks());

        for (DiagramElement e : d.elements()) {
            if (!e.kind().isContainer()) {
                assertThat(e.bounds().width()).isEqualTo(DiagramLayout.LEAF_WIDTH);
                assertThat(e.bounds().height()).isEqualTo(DiagramLayout.LEAF_HEIGHT);
            }
            if (e.parentId() != null) {
                Box parent = d.element(e.parentId()).orElseThrow().bounds();
                assertThat(e.bounds().x()).isGreaterThanOrEqualTo(parent.x() + DiagramLayout.PADDING);
                assertThat(e.bounds().y()).isGreaterThanOrEqualTo(parent.y() + DiagramLayout.HEADER);
                assertThat(e.bounds().maxX()).isLessThanOrEqualTo(parent.maxX() - DiagramLayout.PADDING);
                assertThat(e.bounds().maxY()).isLessThanOrEqualTo(parent.maxY() - DiagramLayout.PADDING);
                assertThat(e.depth()).isEqualTo(d.element(e.parentId()).orElseThrow().depth() + 1);
            }
        }
        assertThat(d.element("aks/general").orElseThrow().depth()).isEqualTo(2);
    }

    @Test
    void aMoveLaysOutOnlyTheMovedSite() {
        List<ElementSpec> specs = Specs.retail(true);
        Diagram last = DiagramLayout.build(specs, Specs.retailLinks());
        List<ElementSpec> moved = Specs.withPositions(specs, java.util.Map.of("store-1", new Point(90, 520)));
        // The application keeps unchanged specs as they were; only the moved site's spec is new.
        List<ElementSpec> kept = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            kept.add(specs.get(i).id().equals("store-1") ? moved.get(i) : specs.get(i));
        }

        Diagram next = DiagramLayout.build(kept, Specs.retailLinks(), last);

        assertThat(next.element("azure-weu").orElseThrow()).isSameAs(last.element("azure-weu").orElseThrow());
        assertThat(next.element("aks/gpu").orElseThrow()).isSameAs(last.element("aks/gpu").orElseThrow());
        assertThat(next.element("store-1").orElseThrow()).isNotSameAs(last.element("store-1").orElseThrow());
        assertThat(next.element("store-1").orElseThrow().bounds().x()).isEqualTo(90);
        assertThat(next.element("store-1-k3s").orElseThrow().bounds().x())
                .isEqualTo(last.element("store-1-k3s").orElseThrow().bounds().x() + 10);
        assertThat(next.elements()).containsExactlyElementsOf(
                DiagramLayout.build(kept, Specs.retailLinks()).elements());
    }

    @Test
    void aMovedSiteIsLaidOutAloneWhenEverySiteHasAPlace() {
        List<ElementSpec> specs = Specs.retail(true);
        Diagram last = DiagramLayout.build(specs, Specs.retailLinks());
        int store = last.indexOf("store-1");
        List<ElementSpec> moved = new ArrayList<>(specs);
        moved.set(store, Specs.withPositions(List.of(specs.get(store)), java.util.Map.of("store-1",
                new Point(90, 520))).get(0));

        Diagram next = DiagramLayout.moved(moved, last, new int[] {store});

        assertThat(next.sameShape(last)).isTrue();
        assertThat(next.element("aks/gpu").orElseThrow()).isSameAs(last.element("aks/gpu").orElseThrow());
        assertThat(next.element("store-1").orElseThrow().bounds().x()).isEqualTo(90);
        assertThat(next.elements()).containsExactlyElementsOf(
                DiagramLayout.build(moved, Specs.retailLinks()).elements());
    }

    @Test
    void savedPositionsAreKeptExactly() {
        List<ElementSpec> specs = List.of(
                site("s", "aws", new Point(100, 200)),
                cluster("c", "s", new Point(300, 400)),
                pool("c", "p", new Point(320, 450)),
                devices("s", "cam", null));
        Diagram d = DiagramLayout.build(specs, List.of());

        assertThat(d.element("s").orElseThrow().bounds().x()).isEqualTo(100);
        assertThat(d.element("s").orElseThrow().bounds().y()).isEqualTo(200);
        assertThat(d.element("c").orElseThrow().bounds().x()).isEqualTo(300);
        assertThat(d.element("c").orElseThrow().bounds().y()).isEqualTo(400);
        assertThat(d.element("c/p").orElseThrow().bounds().x()).isEqualTo(320);
        assertThat(d.element("c/p").orElseThrow().bounds().y()).isEqualTo(450);
        assertThat(overlap(d.element("s/cam").orElseThrow().bounds(), d.element("c").orElseThrow().bounds()))
                .isFalse();
    }

    @Test
    void aContainerGrowsUpAndLeftOnlyForAChildSavedBeyondItsCorner() {
        List<ElementSpec> specs = List.of(
                site("s", "aws", new Point(500, 500)),
                cluster("c", "s", new Point(420, 460)));
        Box site = DiagramLayout.build(specs, List.of()).element("s").orElseThrow().bounds();

        assertThat(site.x()).isEqualTo(420 - DiagramLayout.PADDING);
        assertThat(site.y()).isEqualTo(460 - DiagramLayout.HEADER);
    }

    @Test
    void aSiteWithoutASavedPositionIsDrawnAroundItsSavedChildren() {
        List<ElementSpec> specs = List.of(site("s", "aws", null), cluster("c", "s", new Point(300, 300)),
                cluster("d", "s", null));
        Diagram d = DiagramLayout.build(specs, List.of());

        Box site = d.element("s").orElseThrow().bounds();
        assertThat(site.x()).isEqualTo(300 - DiagramLayout.PADDING);
        assertThat(site.y()).isEqualTo(300 - DiagramLayout.HEADER);
        assertThat(site.containsBox(d.element("d").orElseThrow().bounds())).isTrue();
        assertThat(overlap(d.element("c").orElseThrow().bounds(), d.element("d").orElseThrow().bounds())).isFalse();
    }

    @Test
    void autoPlacedChildrenFlowAroundASiblingWithASavedPosition() {
        List<ElementSpec> specs = new ArrayList<>();
        specs.add(site("s", "aws", new Point(0, 0)));
        // Saved right where the first automatic place would be.
        specs.add(devices("s", "fixed", new Point(DiagramLayout.PADDING, DiagramLayout.HEADER)));
        for (int i = 0; i < 6; i++) {
            specs.add(devices("s", "d" + i, null));
        }
        Diagram d = DiagramLayout.build(specs, List.of());

        List<DiagramElement> kids = d.children("s");
        for (int i = 0; i < kids.size(); i++) {
            for (int j = i + 1; j < kids.size(); j++) {
                assertThat(overlap(kids.get(i).bounds(), kids.get(j).bounds()))
                        .as("%s and %s", kids.get(i).id(), kids.get(j).id()).isFalse();
            }
        }
        assertThat(d.element("s/fixed").orElseThrow().bounds().x()).isEqualTo(DiagramLayout.PADDING);
    }

    @Test
    void clustersComeBeforeDeviceGroups() {
        List<ElementSpec> specs = List.of(site("s", "store", null), devices("s", "cam", null),
                cluster("k", "s", null), pool("k", "gw", null));
        Diagram d = DiagramLayout.build(specs, List.of());

        Box cluster = d.element("k").orElseThrow().bounds();
        Box cams = d.element("s/cam").orElseThrow().bounds();
        assertThat(cluster.y() < cams.y() || cluster.y() == cams.y() && cluster.x() < cams.x()).isTrue();
    }

    @Test
    void sitesWithoutAPlaceGoBelowThoseWithOne() {
        List<ElementSpec> specs = List.of(site("a", "aws", new Point(40, 40)), devices("a", "x", null),
                site("b", "store", null), site("c", "store", null), site("d", "azure", new Point(600, 300)));
        Diagram d = DiagramLayout.build(specs, List.of());

        double savedBottom = Math.max(d.element("a").orElseThrow().bounds().maxY(),
                d.element("d").orElseThrow().bounds().maxY());
        for (String free : List.of("b", "c")) {
            Box b = d.element(free).orElseThrow().bounds();
            assertThat(b.y()).isGreaterThanOrEqualTo(savedBottom);
            assertThat(b.x()).isGreaterThanOrEqualTo(40);
        }
        assertThat(overlap(d.element("b").orElseThrow().bounds(), d.element("c").orElseThrow().bounds())).isFalse();
    }

    @Test
    void anEmptyContainerHasItsMinimumSize() {
        Box site = DiagramLayout.build(List.of(site("s", "aws", null)), List.of()).element("s").orElseThrow()
                .bounds();

        assertThat(site).isEqualTo(new Box(0, 0, DiagramLayout.EMPTY_WIDTH, DiagramLayout.EMPTY_HEIGHT));
    }

    @Test
    void aChildBeforeItsParentIsRefusedByName() {
        List<ElementSpec> specs = List.of(cluster("c", "s", null), site("s", "aws", null));

        assertThatThrownBy(() -> DiagramLayout.build(specs, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c comes before its parent s");
    }

    @Test
    void tenThousandElementsBuildWellUnderATenthOfASecond() {
        List<ElementSpec> specs = new ArrayList<>();
        List<DiagramLink> links = new ArrayList<>();
        for (int s = 0; s < 400; s++) {
            String site = "site-" + s;
            // Every third site has a saved position, the rest are placed automatically.
            specs.add(site(site, s % 7 == 0 ? "aws" : "store", s % 3 == 0 ? new Point(s * 37 % 4000, s * 53) : null));
            for (int c = 0; c < 2; c++) {
                String cl = site + "-k" + c;
                specs.add(cluster(cl, site, null));
                for (int p = 0; p < 5; p++) {
                    specs.add(pool(cl, "p" + p, null));
                }
            }
            for (int g = 0; g < 12; g++) {
                specs.add(devices(site, "g" + g, null));
            }
            if (s > 0) {
                links.add(Specs.link("site-0", site));
            }
        }
        assertThat(specs.size()).isEqualTo(10_000);

        long best = Long.MAX_VALUE;
        Diagram d = null;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            d = DiagramLayout.build(specs, links);
            best = Math.min(best, System.nanoTime() - start);
        }
        assertThat(d.size()).isEqualTo(10_000);
        assertThat(best / 1_000_000).as("best of five builds, ms").isLessThan(100);
    }
}
