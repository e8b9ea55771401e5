package dev.traverse.engine.placement.bound;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The limits of a hard spread against every way of sharing the replicas out within its maxSkew. */
class SpreadLimitsProperties {

    @Property
    void theLimitsAreTheFewestAndMostAnyDomainHoldsWithinMaxSkew(@ForAll @IntRange(min = 0, max = 9) int replicas,
                                                                 @ForAll @IntRange(min = 1, max = 4) int domains,
                                                                 @ForAll @IntRange(min = 1, max = 3) int maxSkew) {
        int[] seen = {Integer.MAX_VALUE, Integer.MIN_VALUE};
        share(new int[domains], 0, replicas, maxSkew, seen);

        assertThat(SpreadLimits.fewest(replicas, domains, maxSkew)).isEqualTo(seen[0]);
        assertThat(SpreadLimits.most(replicas, domains, maxSkew)).isEqualTo(seen[1]);
    }

    /** Every count per domain adding up to the replicas; records the least and largest count of those within skew. */
    private static void share(int[] counts, int domain, int left, int maxSkew, int[] seen) {
        if (domain == counts.length - 1) {
            counts[domain] = left;
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            for (int c : counts) {
                min = Math.min(min, c);
                max = Math.max(max, c);
            }
            if (max - min <= maxSkew) {
                seen[0] = Math.min(seen[0], min);
                seen[1] = Math.max(seen[1], max);
            }
            return;
        }
        for (int here = 0; here <= left; here++) {
            counts[domain] = here;
            share(counts, domain + 1, left - here, maxSkew, seen);
        }
    }
}
