package dev.traverse.canvas.layout;

import static dev.traverse.canvas.layout.Specs.overlap;
import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.canvas.document.Box;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramElement;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Random sites, clusters, pools and device groups, some with saved positions, some without. */
class DiagramLayoutProperties {

    @Property(tries = 300)
    void childrenLieInsideTheirParents(@ForAll long seed) {
        Diagram d = DiagramLayout.build(randomSpecs(seed), List.of());

        for (DiagramElement e : d.elements()) {
            if (e.parentId() != null) {
                Box parent = d.element(e.parentId()).orElseThrow().bounds();
                assertThat(parent.containsBox(e.bounds())).as("%s inside %s", e.id(), e.parentId()).isTrue();
                assertThat(e.bounds().y()).isGreaterThanOrEqualTo(parent.y() + DiagramLayout.HEADER);
            }
        }
    }

    @Property(tries = 300)
    void autoPlacedElementsOverlapNoSibling(@ForAll long seed) {
        Diagram d = DiagramLayout.build(randomSpecs(seed), List.of());

        List<List<DiagramElement>> families = new ArrayList<>();
        families.add(d.elements().stream().filter(e -> e.parentId() == null).toList());
        d.elements().forEach(e -> families.add(d.children(e.id())));
        for (List<DiagramElement> siblings : families) {
            for (DiagramElement a : siblings) {
                if (isAutoPlaced(d, a)) {
                    for (DiagramElement b : siblings) {
                        if (a != b) {
                            assertThat(overlap(a.bounds(), b.bounds())).as("%s and %s", a.id(), b.id()).isFalse();
                        }
                    }
                }
            }
        }
    }

    @Property(tries = 300)
    void savedPositionsAreKept(@ForAll long seed) {
        List<ElementSpec> specs = randomSpecs(seed);
        Diagram d = DiagramLayout.build(specs, List.of());

        for (ElementSpec s : specs) {
            if (s.position() == null) {
                continue;
            }
            Box b = d.element(s.id()).orElseThrow().bounds();
            if (s.kind().isContainer()) {
                // Only a child saved further up or left moves the corner, and only up or left.
                assertThat(b.x()).isLessThanOrEqualTo(s.position().x());
                assertThat(b.y()).isLessThanOrEqualTo(s.position().y());
                boolean childBeyond = d.children(s.id()).stream().anyMatch(c ->
                        c.bounds().x() - DiagramLayout.PADDING < s.position().x()
                                || c.bounds().y() - DiagramLayout.HEADER < s.position().y());
                if (!childBeyond) {
                    assertThat(new Point(b.x(), b.y())).isEqualTo(s.position());
                }
            } else {
                assertThat(new Point(b.x(), b.y())).isEqualTo(s.position());
            }
        }
    }

    @Property(tries = 300)
    void buildingFromTheLastDiagramGivesTheSameDiagram(@ForAll long seed) {
        List<ElementSpec> specs = randomSpecs(seed);
        Diagram last = DiagramLayout.build(specs, List.of());
        // Some elements get (new) saved places, as after a move; a site may also lose its place.
        Random r = new Random(seed ^ 0x5DEECE66DL);
        java.util.Map<String, Point> moves = new java.util.HashMap<>();
        for (int k = r.nextInt(4); k > 0; k--) {
            ElementSpec s = specs.get(r.nextInt(specs.size()));
            moves.put(s.id(), r.nextInt(5) == 0 ? null : new Point(r.nextInt(300) * 10 - 500, r.nextInt(300) * 10));
        }
        List<ElementSpec> moved = new ArrayList<>();
        for (ElementSpec s : specs) {
            moved.add(!moves.containsKey(s.id()) ? s : new ElementSpec(s.id(), s.kind(), s.parentId(), s.label(),
                    s.detail(), s.style(), moves.get(s.id())));
        }

        Diagram fresh = DiagramLayout.build(moved, List.of());
        Diagram fromLast = DiagramLayout.build(moved, List.of(), last);

        assertThat(fromLast.elements()).containsExactlyElementsOf(fresh.elements());
    }

    @Property(tries = 500)
    void layingOutOnlyTheMovedPartsGivesWhatAFullBuildGives(@ForAll long seed) {
        Random r = new Random(seed ^ 0x2545F4914F6CDD1DL);
        // most estates have every site placed, the only case laid out in part; the others take a full build
        List<ElementSpec> specs = r.nextBoolean() ? placeEverySite(randomSpecs(seed), r) : randomSpecs(seed);
        Diagram last = DiagramLayout.build(specs, List.of());
        java.util.Map<Integer, Point> moves = new java.util.TreeMap<>();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            moves.put(r.nextInt(specs.size()),
                    r.nextInt(6) == 0 ? null : new Point(r.nextInt(300) * 10 - 500, r.nextInt(300) * 10));
        }
        List<ElementSpec> moved = new ArrayList<>(specs);
        moves.forEach((i, at) -> {
            ElementSpec s = specs.get(i);
            moved.set(i, new ElementSpec(s.id(), s.kind(), s.parentId(), s.label(), s.detail(), s.style(), at));
        });
        int[] indexes = moves.keySet().stream().mapToInt(Integer::intValue).toArray();

        Diagram fast = DiagramLayout.moved(moved, last, indexes);
        Diagram fresh = DiagramLayout.build(moved, List.of());

        assertThat(fast.elements()).containsExactlyElementsOf(fresh.elements());
        assertThat(fast.extent()).isEqualTo(fresh.extent());
        assertThat(fast.sameShape(last)).isTrue();
    }

    private static List<ElementSpec> placeEverySite(List<ElementSpec> specs, Random r) {
        List<ElementSpec> out = new ArrayList<>();
        for (ElementSpec s : specs) {
            boolean site = s.parentId() == null && s.position() == null;
            out.add(!site ? s : new ElementSpec(s.id(), s.kind(), null, s.label(), s.detail(), s.style(),
                    new Point(r.nextInt(300) * 10, r.nextInt(300) * 10)));
        }
        return out;
    }

    /** No saved position of its own and none below it: the layout chose its place. */
    private static boolean isAutoPlaced(Diagram d, DiagramElement e) {
        return d.subtree(e.id()).stream().noneMatch(DiagramElement::hasSavedPosition);
    }

    static List<ElementSpec> randomSpecs(long seed) {
        Random r = new Random(seed);
        List<ElementSpec> specs = new ArrayList<>();
        int sites = 1 + r.nextInt(6);
        for (int s = 0; s < sites; s++) {
            String site = "s" + s;
            specs.add(Specs.site(site, r.nextBoolean() ? "aws" : "store", maybe(r)));
            int clusters = r.nextInt(4);
            for (int c = 0; c < clusters; c++) {
                String cluster = site + "c" + c;
                specs.add(Specs.cluster(cluster, site, maybe(r)));
                int pools = r.nextInt(4);
                for (int p = 0; p < pools; p++) {
                    specs.add(Specs.pool(cluster, "p" + p, maybe(r)));
                }
            }
            int groups = r.nextInt(5);
            for (int g = 0; g < groups; g++) {
                specs.add(Specs.devices(site, "g" + g, maybe(r)));
            }
        }
        return specs;
    }

    private static Point maybe(Random r) {
        return r.nextInt(4) == 0 ? new Point(r.nextInt(300) * 10 - 500, r.nextInt(300) * 10 - 500) : null;
    }
}
