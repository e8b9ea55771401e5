package dev.traverse.engine.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Random draws the generators share. */
final class Draw {

    private Draw() {
    }

    /** An index drawn in proportion to {@code weights}; zero weights are never drawn. */
    static int weighted(SplittableRandom rng, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("no positive weight to draw from");
        }
        double u = rng.nextDouble() * sum;
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                last = i;
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    static <T> T one(SplittableRandom rng, List<T> items) {
        return items.get(rng.nextInt(items.size()));
    }

    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    /** A whole number in {@code min..max}, both included. */
    static int between(SplittableRandom rng, int min, int max) {
        return min + rng.nextInt(max - min + 1);
    }

    static double between(SplittableRandom rng, double min, double max) {
        return min + (max - min) * rng.nextDouble();
    }
}
