package dev.traverse.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class OrderedEntriesTest {

    private static SourceNode.Entry entry(String key, int line) {
        return new SourceNode.Entry(key, SourcePosition.pack(line, 1), new SourceNode.Scalar(
                SourcePosition.pack(line, 5), key + line, SourceNode.ScalarType.STRING));
    }

    @Test
    void aKeyPutAgainTakesTheFirstOnesPlaceAndAnswersIt() {
        OrderedEntries.Builder builder = new OrderedEntries.Builder();
        assertThat(builder.put(entry("b", 1))).isNull();
        assertThat(builder.put(entry("a", 2))).isNull();
        assertThat(builder.put(entry("b", 3))).isEqualTo(entry("b", 1));
        OrderedEntries built = builder.build();
        assertThat(built.keySet()).containsExactly("b", "a");
        assertThat(built.get("b")).isEqualTo(entry("b", 3));
        assertThat(built.get("c")).isNull();
        assertThat(built.containsKey("a")).isTrue();
    }

    /** The same answers as a linked hash map, below and above the size from which an index is kept. */
    @Property(tries = 200)
    void answersAsALinkedHashMapDoes(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 25) Integer> keys) {
        OrderedEntries.Builder builder = new OrderedEntries.Builder();
        Map<String, SourceNode.Entry> expected = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            SourceNode.Entry e = entry("k" + keys.get(i), i + 1);
            assertThat(builder.put(e)).isEqualTo(expected.put(e.key(), e));
            assertThat(builder.get(e.key())).isEqualTo(e);
        }
        OrderedEntries built = builder.build();
        assertThat(built).isEqualTo(expected);
        assertThat(expected).isEqualTo(built);
        assertThat(built.hashCode()).isEqualTo(expected.hashCode());
        assertThat(new ArrayList<>(built.values())).containsExactlyElementsOf(expected.values());
        List<String> visited = new ArrayList<>();
        built.forEach((k, e) -> visited.add(k));
        assertThat(visited).containsExactlyElementsOf(expected.keySet());
        for (int k = 0; k <= 26; k++) {
            assertThat(built.get("k" + k)).isEqualTo(expected.get("k" + k));
        }
        assertThat(OrderedEntries.copyOf(expected)).isEqualTo(built);
    }

    @Test
    void aPositionSurvivesPacking() {
        SourcePosition p = new SourcePosition(123_456, 7_890);
        assertThat(SourcePosition.unpack(p.packed())).isEqualTo(p);
        assertThat(new SourceNode.Scalar(p, "x", SourceNode.ScalarType.STRING).position()).isEqualTo(p);
    }
}
