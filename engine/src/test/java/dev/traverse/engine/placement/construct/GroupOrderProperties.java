package dev.traverse.engine.placement.construct;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class GroupOrderProperties {

    /** Bounds drawn from a few values, so ties (broken by group) are common; read in any order. */
    @Property(tries = 300)
    void readsLikeAFullSortByBoundThenGroup(
            @ForAll @Size(max = 300) List<@IntRange(min = -5, max = 5) Integer> drawn,
            @ForAll @IntRange(min = 0, max = 299) int firstRead) {
        int n = drawn.size();
        int[] groups = IntStream.range(0, n).map(i -> (i * 7919) % Math.max(n, 1)).toArray();
        double[] boundOf = new double[n];
        for (int i = 0; i < n; i++) {
            boundOf[groups[i]] = drawn.get(i) / 4.0;
        }
        List<Integer> expected = IntStream.of(groups).boxed()
                .sorted(Comparator.<Integer>comparingDouble(g -> boundOf[g]).thenComparing(g -> g)).toList();

        GroupOrder order = new GroupOrder(groups.clone(), IntStream.of(groups).mapToDouble(g -> boundOf[g]).toArray(),
                g -> boundOf[g] + 1);

        assertThat(order.size()).isEqualTo(n);
        if (n > 0) {
            int k = firstRead % n; // reading far ahead first must not change the order
            assertThat(order.group(k)).isEqualTo(expected.get(k));
        }
        for (int k = 0; k < n; k++) {
            assertThat(order.group(k)).isEqualTo(expected.get(k));
            assertThat(order.bound(k)).isEqualTo(boundOf[expected.get(k)]);
            assertThat(order.emptyBound(k)).isEqualTo(boundOf[expected.get(k)] + 1);
        }
    }
}
