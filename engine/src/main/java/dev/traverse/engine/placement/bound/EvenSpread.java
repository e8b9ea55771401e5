package dev.traverse.engine.placement.bound;

import java.util.Arrays;

/**
 * The fewest pairs of items sharing a domain when items are spread over domains that each hold at most so many: the
 * sum over domains of {@code k(k-1)/2} is convex in each count, so it is least when the counts are as even as the
 * limits allow (fill the domains that hold little to their limit, share the rest out evenly).
 */
public final class EvenSpread {

    private EvenSpread() {
    }

    /** The fewest pairs of items in a common domain, with no limit to what a domain holds. */
    public static long pairs(long items, int domains) {
        return evenly(items, domains);
    }

    /**
     * @param items  how many items to spread
     * @param limits per domain, the most items it holds; ignored when together they hold fewer than {@code items}
     * @return the least number of pairs of items in a common domain
     */
    public static long pairs(long items, long[] limits) {
        if (items <= 1 || limits.length == 0) {
            return evenly(items, limits.length);
        }
        long[] sorted = limits.clone();
        long room = 0;
        for (long limit : sorted) {
            room = room > Long.MAX_VALUE - limit ? Long.MAX_VALUE : room + limit;
        }
        if (room < items) {
            Arrays.fill(sorted, Long.MAX_VALUE);
        }
        Arrays.sort(sorted);
        long left = items;
        long pairs = 0;
        for (int i = 0; i < sorted.length; i++) {
            long domains = sorted.length - i;
            if (sorted[i] <= left / domains) {
                pairs += pairsIn(sorted[i]);
                left -= sorted[i];
                continue;
            }
            // Every domain left holds more than an even share: share out evenly.
            return pairs + evenly(left, (int) domains);
        }
        return pairs;
    }

    /** The pairs of items shared out as evenly as possible over domains with no limit. */
    private static long evenly(long items, int domains) {
        if (domains <= 0) {
            return pairsIn(items);
        }
        long even = items / domains;
        long oneMore = items % domains;
        return oneMore * pairsIn(even + 1) + (domains - oneMore) * pairsIn(even);
    }

    /** The pairs among k items in one domain. */
    private static long pairsIn(long k) {
        return k <= 1 ? 0 : k * (k - 1) / 2;
    }
}
