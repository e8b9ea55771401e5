package dev.traverse.engine.placement.improve;

import java.util.SplittableRandom;

/**
 * Which neighbourhood to try next. Each is drawn in proportion to what its recent tries gained on average for what a
 * try of it costs, so that the steps go where they pay on this topology (emptying hosts where nodes are billed when
 * used, moving single replicas where balance weighs most), never below a small share, so that one that stopped paying
 * can show that it pays again. Placing waiting replicas has a share of its own, which shrinks while it keeps failing. Only steps and
 * gains decide, never the clock, so that runs repeat.
 */
final class NeighbourhoodChoice {

    /** Tries between two revisions of the shares. */
    static final int WINDOW = 1_000;
    /** The least share of draws a neighbourhood that costs as much as a move keeps; a dearer one keeps less. */
    static final double MIN_SHARE = 0.02;
    /** The share of draws for placing waiting replicas, before failures shrink it. */
    static final double ADMISSION_SHARE = 0.05;
    /** Failed admissions in a row that halve its share. */
    static final int ADMISSION_FAILURES_HALVING = 100;

    private final double[] share;
    private final int[] cost;
    private final double[] gained;
    private final long[] tried;
    private int sinceRevision;
    private int admissionFailures;

    /**
     * @param weights how often each neighbourhood is drawn at first, in parts of their sum
     * @param costs   what a try of each costs, in tries of the cheapest; fixed, so that runs repeat
     */
    NeighbourhoodChoice(int[] weights, int[] costs) {
        cost = costs.clone();
        share = new double[weights.length];
        gained = new double[weights.length];
        tried = new long[weights.length];
        double total = 0;
        for (int w : weights) {
            total += w;
        }
        for (int i = 0; i < weights.length; i++) {
            share[i] = weights[i] / total;
        }
    }

    /** The neighbourhood to try: an index of the weights given, or -1 for placing a waiting replica. */
    int draw(SplittableRandom random, boolean admitting) {
        if (admitting && random.nextDouble() < admissionShare()) {
            return -1;
        }
        double pick = random.nextDouble();
        for (int i = 0; i < share.length - 1; i++) {
            pick -= share[i];
            if (pick < 0) {
                return i;
            }
        }
        return share.length - 1;
    }

    /** What a try of the neighbourhood gained: how much lower the objective is for it, 0 when nothing. */
    void tried(int neighbourhood, double gain) {
        tried[neighbourhood]++;
        gained[neighbourhood] += gain;
        if (++sinceRevision == WINDOW) {
            revise();
        }
    }

    void admissionTried(boolean placed) {
        admissionFailures = placed ? 0 : admissionFailures + 1;
    }

    private double admissionShare() {
        return ADMISSION_SHARE / (1 << Math.min(20, admissionFailures / ADMISSION_FAILURES_HALVING));
    }

    /** Shares from the gain per try, remembering half of the past. */
    private void revise() {
        double[] rate = new double[share.length];
        double total = 0;
        for (int i = 0; i < share.length; i++) {
            rate[i] = tried[i] == 0 ? 0 : gained[i] / tried[i] / cost[i];
            total += rate[i];
            gained[i] /= 2;
            tried[i] /= 2;
        }
        if (total > 0) {
            double floors = 0;
            for (int c : cost) {
                floors += MIN_SHARE / c;
            }
            double free = 1 - floors;
            for (int i = 0; i < share.length; i++) {
                share[i] = MIN_SHARE / cost[i] + free * rate[i] / total;
            }
        }
        sinceRevision = 0;
    }
}
