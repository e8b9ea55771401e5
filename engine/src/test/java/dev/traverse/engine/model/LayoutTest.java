package dev.traverse.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void layoutsAreEqualWhenTheyHoldTheSamePositionsWhateverTheOrderGiven() {
        Map<String, Position> a = new LinkedHashMap<>();
        a.put("store-2", new Position(10, 20));
        a.put("store-1", new Position(0, 0));
        Map<String, Position> b = new HashMap<>(Map.of("store-1", new Position(0, 0), "store-2", new Position(10, 20)));

        assertThat(new Layout(a)).isEqualTo(new Layout(b)).hasSameHashCodeAs(new Layout(b));
    }

    @Test
    void aMovedOrMissingOrExtraPositionMakesThemDiffer() {
        Layout base = new Layout(Map.of("a", new Position(0, 0), "b", new Position(5, 5)));

        assertThat(base).isNotEqualTo(new Layout(Map.of("a", new Position(0, 0), "b", new Position(5, 6))));
        assertThat(base).isNotEqualTo(new Layout(Map.of("a", new Position(0, 0))));
        assertThat(base).isNotEqualTo(new Layout(Map.of("a", new Position(0, 0), "c", new Position(5, 5))));
        assertThat(base).isNotEqualTo(new Layout(Map.of("a", new Position(0, 0), "b", new Position(5, 5),
                "c", new Position(1, 1))));
        assertThat(base).isNotEqualTo(null).isNotEqualTo("a layout");
    }
}
