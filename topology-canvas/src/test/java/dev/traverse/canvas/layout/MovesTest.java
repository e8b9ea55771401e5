package dev.traverse.canvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.Point;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MovesTest {

    private final Diagram diagram = DiagramLayout.build(List.of(
            Specs.site("s", "aws", new Point(0, 0)),
            Specs.cluster("k", "s", new Point(20, 40)),
            Specs.pool("k", "auto", null),
            Specs.pool("k", "saved", new Point(300, 100)),
            Specs.site("t", "store", null)), List.of());

    @Test
    void aMovedSiteCarriesEverySavedDescendantByTheSameOffset() {
        Map<String, Point> moved = Moves.by(diagram, List.of("s"), 30, -10);

        assertThat(moved).containsExactly(Map.entry("s", new Point(30, -10)), Map.entry("k", new Point(50, 30)),
                Map.entry("k/saved", new Point(330, 90)));
    }

    @Test
    void aChildMovedWithItsAncestorMovesOnceAndLinksAreIgnored() {
        Map<String, Point> moved = Moves.by(diagram, List.of("k/saved", "s", "k", "nothing", "s <-> t"), 10, 10);

        assertThat(moved.keySet()).containsExactly("s", "k", "k/saved");
        assertThat(moved.get("k/saved")).isEqualTo(new Point(310, 110));
    }

    @Test
    void anAutoPlacedElementGetsItsFirstSavedPosition() {
        double y = diagram.element("t").orElseThrow().bounds().y();

        assertThat(Moves.by(diagram, List.of("t"), 0, 20)).containsExactly(Map.entry("t", new Point(0, y + 20)));
    }

    @Test
    void aClusterMovedInsideAnAutomaticallyPlacedSiteLeavesTheSiteWhereItIs() {
        Diagram auto = DiagramLayout.build(List.of(
                Specs.site("a", "aws", new Point(0, 0)),
                Specs.site("s", "store", null),
                Specs.cluster("k", "s", null),
                Specs.pool("k", "gw", null),
                Specs.devices("s", "cam", null)), List.of());
        Point siteBefore = topLeft(auto, "s");

        Map<String, Point> moved = Moves.by(auto, List.of("k"), 0, 100);
        Diagram after = Specs.apply(auto, moved);

        assertThat(moved).containsOnlyKeys("k", "s");
        assertThat(topLeft(after, "s")).isEqualTo(siteBefore);
        assertThat(topLeft(after, "k")).isEqualTo(topLeft(auto, "k").plus(0, 100));
    }

    private static Point topLeft(Diagram d, String id) {
        var b = d.element(id).orElseThrow().bounds();
        return new Point(b.x(), b.y());
    }
}
