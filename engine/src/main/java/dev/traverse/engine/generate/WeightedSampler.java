package dev.traverse.engine.generate;

import java.util.SplittableRandom;

/**
 * Draws an index in proportion to weights that change as they are drawn (free capacity shrinks as workloads are
 * placed). A Fenwick tree: updates and draws take O(log n), so tens of thousands of workloads over thousands of
 * pools stay fast.
 */
final class WeightedSampler {

    private final long[] tree;
    private final long[] weights;
    private long total;

    WeightedSampler(int size) {
        tree = new long[size + 1];
        weights = new long[size];
    }

    int size() {
        return weights.length;
    }

    long total() {
        return total;
    }

    long weight(int index) {
        return weights[index];
    }

    void set(int index, long weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("weight must not be negative: " + weight);
        }
        long delta = weight - weights[index];
        weights[index] = weight;
        total += delta;
        for (int i = index + 1; i < tree.length; i += i & -i) {
            tree[i] += delta;
        }
    }

    /** An index drawn in proportion to its weight, or -1 when every weight is zero. */
    int draw(SplittableRandom rng) {
        if (total <= 0) {
            return -1;
        }
        long target = rng.nextLong(total);
        int pos = 0;
        for (int step = Integer.highestOneBit(weights.length); step > 0; step >>= 1) {
            int next = pos + step;
            if (next < tree.length && tree[next] <= target) {
                pos = next;
                target -= tree[next];
            }
        }
        return pos;
    }
}
