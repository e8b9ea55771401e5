package dev.traverse.engine.placement.construct;

/** Shares a whole number out in proportion to weights, as Karmada divides replicas: largest remainders win. */
final class LargestRemainder {

    private LargestRemainder() {
    }

    /** Shares that sum to {@code total}; equal weights when all are zero; ties go to the earlier index. */
    static int[] share(int total, double[] weights) {
        int n = weights.length;
        int[] shares = new int[n];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] remainders = new double[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            double exact = sum > 0 ? total * weights[i] / sum : (double) total / n;
            shares[i] = (int) Math.floor(exact);
            remainders[i] = exact - shares[i];
            given += shares[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
            given++;
        }
        return shares;
    }
}
