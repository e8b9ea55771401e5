package dev.traverse.engine.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/** Splits whole numbers exactly: the generator's totals must come out to the unit, never off by rounding. */
final class Apportion {

    private Apportion() {
    }

    /**
     * Shares {@code total} out in proportion to {@code weights} by the largest-remainder method. The parts sum to
     * {@code total} exactly; ties go to the earlier index, so the result is deterministic.
     */
    static int[] byWeight(int total, double[] weights) {
        Objects.requireNonNull(weights, "weights");
        int[] parts = new int[weights.length];
        if (total <= 0 || weights.length == 0) {
            return parts;
        }
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be non-negative and finite");
            }
            sum += w;
        }
        if (sum == 0) {
            // nothing to go by: share evenly
            return byWeight(total, filled(weights.length));
        }
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        Integer[] order = new Integer[weights.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // stable sort: equal remainders keep index order
        Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int k = 0; given < total; k = (k + 1) % order.length) {
            parts[order[k]]++;
            given++;
        }
        return parts;
    }

    /** Like {@link #byWeight} but every part gets at least one when there is enough to go round. */
    static int[] byWeightAtLeastOne(int total, double[] weights) {
        if (total < weights.length) {
            return byWeight(total, weights);
        }
        int[] parts = byWeight(total - weights.length, weights);
        for (int i = 0; i < parts.length; i++) {
            parts[i]++;
        }
        return parts;
    }

    /**
     * Cuts {@code total} into chunks of {@code min..max} (a last chunk below {@code min} only when the total itself is
     * below it), as node pools and device groups come in sizes.
     */
    static List<Integer> chunks(int total, int min, int max, SplittableRandom rng) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("chunk sizes need 1 <= min <= max, got " + min + ".." + max);
        }
        List<Integer> sizes = new ArrayList<>();
        int left = total;
        while (left > 0) {
            int size;
            if (left <= max) {
                size = left;
            } else {
                // keep at least min for the next chunk
                size = min + rng.nextInt(Math.min(max, left - min) - min + 1);
            }
            sizes.add(size);
            left -= size;
        }
        return sizes;
    }

    private static double[] filled(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1);
        return w;
    }
}
