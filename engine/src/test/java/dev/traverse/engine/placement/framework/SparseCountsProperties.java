package dev.traverse.engine.placement.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SparseCountsProperties {

    /** Each update as (domain, +1 or -1): the table must agree with a plain map after any sequence, growth included. */
    @Property(tries = 300)
    void agreesWithAMapAfterAnyUpdates(@ForAll @Size(max = 400) List<@IntRange(min = 0, max = 100_000) Integer> domains,
                                       @ForAll @Size(max = 400) List<Boolean> removals) {
        SparseCounts counts = new SparseCounts();
        Map<Integer, Integer> expected = new HashMap<>();
        for (int i = 0; i < domains.size(); i++) {
            int domain = domains.get(i);
            int delta = i < removals.size() && removals.get(i) && expected.getOrDefault(domain, 0) > 0 ? -1 : 1;
            counts.add(domain, delta);
            expected.merge(domain, delta, Integer::sum);
        }
        for (int domain : domains) {
            assertThat(counts.get(domain)).isEqualTo(expected.get(domain));
        }
        assertThat(counts.get(100_001)).isZero();
    }
}
