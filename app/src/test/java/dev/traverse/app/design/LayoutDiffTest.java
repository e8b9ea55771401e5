package dev.traverse.app.design;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Position;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LayoutDiffTest {

    @Test
    void findsEveryAddedRemovedAndMovedEntryAndNothingElse() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            Map<String, Position> before = randomPositions(random);
            Map<String, Position> after = new HashMap<>(before);
            for (int k = random.nextInt(5); k > 0; k--) {
                String id = "e" + random.nextInt(40);
                switch (random.nextInt(3)) {
                    case 0 -> after.remove(id);
                    case 1 -> after.put(id, new Position(random.nextInt(3), 0));
                    default -> after.computeIfPresent(id, (key, p) -> new Position(p.x(), p.y()));
                }
            }
            Set<String> expected = new TreeSet<>();
            for (String id : union(before, after)) {
                if (!Objects.equals(before.get(id), after.get(id))) {
                    expected.add(id);
                }
            }

            Set<String> changed = LayoutDiff.changedIds(new Layout(before), new Layout(after));

            assertThat(changed).as("round %d", round).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aLayoutHasNoChangesAgainstItself() {
        Layout layout = new Layout(Map.of("a", new Position(1, 2)));
        assertThat(LayoutDiff.changedIds(layout, layout)).isEmpty();
    }

    private static Map<String, Position> randomPositions(Random random) {
        Map<String, Position> out = new HashMap<>();
        for (int k = random.nextInt(30); k > 0; k--) {
            out.put("e" + random.nextInt(40), new Position(random.nextInt(3), 0));
        }
        return out;
    }

    private static Set<String> union(Map<String, Position> a, Map<String, Position> b) {
        Set<String> all = new TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
