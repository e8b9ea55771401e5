package dev.traverse.canvas.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagramReplaceTest {

    private final Diagram diagram = new Diagram(List.of(
            site("west", 0, 0, 100, 100),
            site("middle", 200, 50, 100, 100),
            site("east", 400, 0, 100, 300)), List.of());

    @Test
    void aBoxMovedWithinTheExtentKeepsItAndTheIndexes() {
        Diagram moved = diagram.withReplaced(Map.of(1, site("middle", 210, 60, 100, 100)));

        assertThat(moved.extent()).isEqualTo(new Box(0, 0, 500, 300));
        assertThat(moved.sameShape(diagram)).isTrue();
        assertThat(moved.element("middle").orElseThrow().bounds()).isEqualTo(new Box(210, 60, 100, 100));
        assertThat(moved.element("west")).containsSame(diagram.element("west").orElseThrow());
    }

    @Test
    void theExtentFollowsABoxThatLeavesItOrLeavesItsEdge() {
        assertThat(diagram.withReplaced(Map.of(1, site("middle", 200, -40, 100, 100))).extent())
                .isEqualTo(new Box(0, -40, 500, 340));
        // east set the right and bottom edges: moved inwards, the extent shrinks to the others
        assertThat(diagram.withReplaced(Map.of(2, site("east", 250, 0, 40, 40))).extent())
                .isEqualTo(new Box(0, 0, 300, 150));
    }

    @Test
    void aReplacementMustBeTheSameElement() {
        assertThatThrownBy(() -> diagram.withReplaced(Map.of(1, site("other", 0, 0, 10, 10))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("middle");
    }

    private static DiagramElement site(String id, double x, double y, double w, double h) {
        return new DiagramElement(new ElementSpec(id, ElementKind.SITE, null, id, "", "aws", null), new Box(x, y, w, h),
                0);
    }
}
