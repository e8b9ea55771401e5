package dev.traverse.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.app.testing.Topologies;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Topology;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutChangesTest {

    private static Topology withLayout(Topology t, Map<String, Position> positions) {
        return new Topology(t.metadata(), t.objectives(), t.sites(), t.links(), t.workloads(), new Layout(positions));
    }

    private static Map<String, Position> positions(Object... idsAndX) {
        Map<String, Position> out = new LinkedHashMap<>();
        for (int k = 0; k < idsAndX.length; k += 2) {
            out.put((String) idsAndX[k], new Position((Integer) idsAndX[k + 1], 0));
        }
        return out;
    }

    @Test
    void movedPositionsAreOnlyPositionsMovedWhateverOrderTheyWereGivenIn() {
        Topology t = Topologies.retailMini();
        Topology before = withLayout(t, positions("b", 1, "a", 2, "c", 3));
        Topology after = withLayout(t, positions("a", 5, "c", 3, "b", 9));

        assertThat(LayoutChanges.onlyPositionsMoved(before, after)).isTrue();
        assertThat(LayoutChanges.onlyLayoutDiffers(before, after)).isTrue();
        assertThat(LayoutChanges.topologyDiffers(before, after)).isFalse();
    }

    @Test
    void anEntryAddedRemovedOrRenamedIsMoreThanAMove() {
        Topology t = Topologies.retailMini();
        Topology before = withLayout(t, positions("a", 1, "b", 2));

        assertThat(LayoutChanges.onlyPositionsMoved(before, withLayout(t, positions("a", 1, "b", 2, "c", 3))))
                .isFalse();
        assertThat(LayoutChanges.onlyPositionsMoved(before, withLayout(t, positions("a", 1)))).isFalse();
        assertThat(LayoutChanges.onlyPositionsMoved(before, withLayout(t, positions("a", 1, "d", 2)))).isFalse();
        assertThat(LayoutChanges.onlyLayoutDiffers(before, withLayout(t, positions("a", 1, "d", 2)))).isTrue();
    }
}
