package dev.traverse.canvas.layout;

import static dev.traverse.canvas.layout.Specs.site;
import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.layout.Alignment.Axis;
import dev.traverse.canvas.layout.Alignment.Edge;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlignmentTest {

    /** Three empty sites (200 x 88 each) and one with a cluster saved inside it. */
    private final Diagram diagram = DiagramLayout.build(List.of(
            site("a", "aws", new Point(0, 0)),
            site("b", "aws", new Point(300, 50)),
            site("c", "aws", new Point(1000, 120)),
            site("d", "aws", new Point(100, 400)),
            Specs.cluster("dk", "d", new Point(120, 440))), List.of());
    private final double emptyW = DiagramLayout.EMPTY_WIDTH;
    private final double emptyH = DiagramLayout.EMPTY_HEIGHT;

    @Test
    void alignsOnTheOuterEdges() {
        assertThat(Alignment.align(diagram, List.of("a", "b", "c"), Edge.LEFT))
                .containsExactly(Map.entry("b", new Point(0, 50)), Map.entry("c", new Point(0, 120)));
        assertThat(Alignment.align(diagram, List.of("a", "b", "c"), Edge.TOP))
                .containsExactly(Map.entry("b", new Point(300, 0)), Map.entry("c", new Point(1000, 0)));
        assertThat(Alignment.align(diagram, List.of("a", "b", "c"), Edge.RIGHT))
                .containsExactly(Map.entry("a", new Point(1000, 0)), Map.entry("b", new Point(1000, 50)));
        assertThat(Alignment.align(diagram, List.of("a", "b", "c"), Edge.BOTTOM))
                .containsExactly(Map.entry("a", new Point(0, 120)), Map.entry("b", new Point(300, 120)));
    }

    @Test
    void alignsCentresOnTheCentreOfTheSelection() {
        double centreX = (0 + 1000 + emptyW) / 2;
        double centreY = (0 + 120 + emptyH) / 2;

        assertThat(Alignment.align(diagram, List.of("a", "c"), Edge.CENTRE_HORIZONTAL)).containsExactly(
                Map.entry("a", new Point(centreX - emptyW / 2, 0)), Map.entry("c", new Point(centreX - emptyW / 2,
                        120)));
        assertThat(Alignment.align(diagram, List.of("a", "c"), Edge.CENTRE_VERTICAL)).containsExactly(
                Map.entry("a", new Point(0, centreY - emptyH / 2)), Map.entry("c", new Point(1000,
                        centreY - emptyH / 2)));
    }

    @Test
    void distributesWithEqualGapsKeepingTheOuterTwo() {
        Map<String, Point> moved = Alignment.distribute(diagram, List.of("c", "a", "b"), Axis.HORIZONTAL);

        double gap = (1000 + emptyW - 0 - 3 * emptyW) / 2;
        assertThat(moved).containsExactly(Map.entry("b", new Point(emptyW + gap, 50)));
    }

    @Test
    void distributesVertically() {
        Map<String, Point> moved = Alignment.distribute(diagram, List.of("a", "b", "c"), Axis.VERTICAL);

        double gap = (120 + emptyH - 3 * emptyH) / 2;
        assertThat(moved).containsExactly(Map.entry("b", new Point(300, emptyH + gap)));
    }

    @Test
    void aMovedSiteTakesItsSavedClusterAlongAndAChildSelectedWithItMovesOnce() {
        Map<String, Point> moved = Alignment.align(diagram, List.of("a", "d", "dk"), Edge.TOP);

        double siteY = diagram.element("d").orElseThrow().bounds().y();
        double dy = 0 - siteY;
        assertThat(moved).containsOnlyKeys("d", "dk");
        assertThat(moved.get("dk")).isEqualTo(new Point(120, 440 + dy));
    }

    @Test
    void fewerThanTwoOrThreeElementsStayPut() {
        assertThat(Alignment.align(diagram, List.of("a"), Edge.LEFT)).isEmpty();
        assertThat(Alignment.distribute(diagram, List.of("a", "b"), Axis.HORIZONTAL)).isEmpty();
        assertThat(Alignment.align(diagram, List.of("a", "a <-> b"), Edge.LEFT)).isEmpty();
    }
}
