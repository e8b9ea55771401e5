package dev.traverse.engine.placement.bound;

import java.util.Arrays;

/**
 * The positions of a cost array from the cheapest up, ties to the lower position: the order a stable sort by
 * {@link Double#compare} gives, worked out only as far as it is read. Filling the cheapest groups first up to a
 * count usually stops after one or two groups of thousands, so the first few are picked by a scan and only a long
 * read sorts the rest. For one thread.
 */
final class CheapestFirst {

    /** Picks made by scanning what is left before the rest is sorted. */
    private static final int SCANNED_PICKS = 8;

    private final double[] cost;
    private final int[] positions;
    private int taken;
    private boolean restSorted;

    CheapestFirst(double[] cost) {
        this.cost = cost;
        this.positions = new int[cost.length];
        Arrays.setAll(positions, i -> i);
    }

    /** The next cheapest position, or -1 when every one was read. */
    int next() {
        if (taken == positions.length) {
            return -1;
        }
        if (taken >= SCANNED_PICKS && !restSorted) {
            sortRest();
        }
        if (!restSorted) {
            int best = taken;
            for (int i = taken + 1; i < positions.length; i++) {
                if (before(positions[i], positions[best])) {
                    best = i;
                }
            }
            int picked = positions[best];
            positions[best] = positions[taken];
            positions[taken] = picked;
        }
        return positions[taken++];
    }

    private boolean before(int a, int b) {
        int byCost = Double.compare(cost[a], cost[b]);
        return byCost < 0 || byCost == 0 && a < b;
    }

    private void sortRest() {
        Integer[] rest = new Integer[positions.length - taken];
        for (int i = 0; i < rest.length; i++) {
            rest[i] = positions[taken + i];
        }
        Arrays.sort(rest, (a, b) -> before(a, b) ? -1 : before(b, a) ? 1 : 0);
        for (int i = 0; i < rest.length; i++) {
            positions[taken + i] = rest[i];
        }
        restSorted = true;
    }
}
