package dev.traverse.canvas.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.canvas.document.Point;
import org.junit.jupiter.api.Test;

class SnapTest {

    @Test
    void roundsToTheNearestTenCanvasUnits() {
        assertThat(Snap.snap(0)).isEqualTo(0);
        assertThat(Snap.snap(14.9)).isEqualTo(10);
        assertThat(Snap.snap(15)).isEqualTo(20);
        assertThat(Snap.snap(-14)).isEqualTo(-10);
        assertThat(Snap.snap(new Point(123, 457))).isEqualTo(new Point(120, 460));
    }

    @Test
    void aSnappedDeltaLandsTheStartOnTheGrid() {
        assertThat(Snap.snapDelta(103, 31)).isEqualTo(27);
        assertThat(103 + Snap.snapDelta(103, -44)).isEqualTo(60);
        assertThat(Snap.snapDelta(100, 4)).isEqualTo(0);
    }
}
