package dev.traverse.engine.placement.construct;

import java.util.function.IntToDoubleFunction;

/**
 * A workload's feasible groups from the lowest bound on their score up, sorted lazily: the search usually stops after
 * the first few, so the groups wait in a binary heap and are taken out in order only as far as some search has read.
 * Ties go to the lower group index. Shared by every replica of the workloads with the same groups and bounds.
 */
final class GroupOrder {

    private final int[] heapGroups;
    private final double[] heapBounds;
    private int heapSize;
    private final int[] groups;
    private final double[] bounds;
    private final double[] emptyBounds;
    private int sorted;
    private final IntToDoubleFunction emptyBound;

    /**
     * @param groups     the feasible groups; taken over by the order, not to be changed afterwards
     * @param bounds     per position in {@code groups}, a lower bound on the score on any member of that group; taken
     *                   over too
     * @param emptyBound a lower bound on the score on an empty member, asked only for groups some search reaches
     */
    GroupOrder(int[] groups, double[] bounds, IntToDoubleFunction emptyBound) {
        int n = groups.length;
        this.heapGroups = groups;
        this.heapBounds = bounds;
        this.heapSize = n;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
        this.groups = new int[n];
        this.bounds = new double[n];
        this.emptyBounds = new double[n];
        this.emptyBound = emptyBound;
    }

    int size() {
        return groups.length;
    }

    /** The k-th group in order; k below {@link #size()}. */
    int group(int k) {
        reach(k);
        return groups[k];
    }

    double bound(int k) {
        reach(k);
        return bounds[k];
    }

    double emptyBound(int k) {
        reach(k);
        return emptyBounds[k];
    }

    private void reach(int k) {
        while (sorted <= k) {
            int group = heapGroups[0];
            groups[sorted] = group;
            bounds[sorted] = heapBounds[0];
            emptyBounds[sorted] = emptyBound.applyAsDouble(group);
            sorted++;
            heapSize--;
            heapGroups[0] = heapGroups[heapSize];
            heapBounds[0] = heapBounds[heapSize];
            siftDown(0);
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= heapSize) {
                return;
            }
            int smallest = left + 1 < heapSize && before(left + 1, left) ? left + 1 : left;
            if (!before(smallest, i)) {
                return;
            }
            int g = heapGroups[i];
            double b = heapBounds[i];
            heapGroups[i] = heapGroups[smallest];
            heapBounds[i] = heapBounds[smallest];
            heapGroups[smallest] = g;
            heapBounds[smallest] = b;
            i = smallest;
        }
    }

    private boolean before(int a, int b) {
        return heapBounds[a] < heapBounds[b] || heapBounds[a] == heapBounds[b] && heapGroups[a] < heapGroups[b];
    }
}
