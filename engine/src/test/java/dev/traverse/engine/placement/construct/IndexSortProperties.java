package dev.traverse.engine.placement.construct;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class IndexSortProperties {

    /** Keys drawn from a few values, so ties (broken by item) are common. */
    @Property(tries = 300)
    void sortsLikeAComparatorSortByKeyThenItem(
            @ForAll @Size(max = 300) List<@IntRange(min = -5, max = 5) Integer> drawnKeys) {
        int n = drawnKeys.size();
        int[] items = IntStream.range(0, n).map(i -> (i * 7919) % Math.max(n, 1)).toArray();
        double[] keys = new double[n];
        for (int i = 0; i < n; i++) {
            keys[i] = drawnKeys.get(i) / 4.0;
        }
        List<double[]> expected = IntStream.range(0, n).mapToObj(i -> new double[] {keys[i], items[i]})
                .sorted(Comparator.<double[]>comparingDouble(p -> p[0]).thenComparingDouble(p -> p[1])).toList();

        IndexSort.sort(items, keys);

        for (int i = 0; i < n; i++) {
            assertThat(keys[i]).isEqualTo(expected.get(i)[0]);
            assertThat(items[i]).isEqualTo((int) expected.get(i)[1]);
        }
    }
}
