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
        return evenly(items, domains, 1);
    }

    /**
     * The least, over spreads of the items over domains that each hold at most their limit, of the sum over domains
     * of {@code T(k - allowance)}, k being the items in the domain and T(m) = m(m+1)/2 for m above 0 (else 0): what
     * items pay when each one arriving in a domain that already holds c pays {@code max(0, c + 1 - allowance)}.
     * With an allowance of 1 these are the pairs sharing a domain ({@link #pairs(long, long[])}).
     *
     * @param limits per domain, the most items it holds; ignored when together they hold fewer than {@code items}
     */
    public static long leastBeyond(long items, long[] limits, long allowance) {
        if (allowance < 0) {
            throw new IllegalArgumentException("allowance must not be negative, got " + allowance);
        }
        return spread(items, limits, allowance);
    }

    /**
     * @param items  how many items to spread
     * @param limits per domain, the most items it holds; ignored when together they hold fewer than {@code items}
     * @return the least number of pairs of items in a common domain
     */
    public static long pairs(long items, long[] limits) {
        return spread(items, limits, 1);
    }

    private static long spread(long items, long[] limits, long allowance) {
        if (items <= allowance || limits.length == 0) {
            return evenly(items, limits.length, allowance);
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
                pairs += beyond(sorted[i], allowance);
                left -= sorted[i];
                continue;
            }
            // Every domain left holds more than an even share: share out evenly.
            return pairs + evenly(left, (int) domains, allowance);
        }
        return pairs;
    }

    /** Items shared out as evenly as possible over domains with no limit, each paying beyond the allowance. */
    private static long evenly(long items, int domains, long allowance) {
        if (domains <= 0) {
            return beyond(items, allowance);
        }
        long even = items / domains;
        long oneMore = items % domains;
        return oneMore * beyond(even + 1, allowance) + (domains - oneMore) * beyond(even, allowance);
    }

    /** T(k - allowance): what k items in one domain pay, each beyond the allowance paying the items before it. */
    private static long beyond(long k, long allowance) {
        long m = k - allowance;
        return m <= 0 ? 0 : m * (m + 1) / 2;
    }
}
