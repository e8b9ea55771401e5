package dev.traverse.engine.placement.improve;

import java.util.Arrays;

/**
 * Late acceptance hill climbing (Burke and Bykov): a change is kept when the objective it leads to is no worse than
 * the current one, or than the current one was a fixed number of steps ago. Worse placements are accepted for a
 * while, which lets the search cross plateaus and leave local minima, with one parameter and no temperature to tune.
 */
final class LateAcceptance {

    private final double[] history;
    private int index;

    LateAcceptance(int length, double initial) {
        history = new double[length];
        reset(initial);
    }

    int length() {
        return history.length;
    }

    boolean accepts(double candidate, double current) {
        return candidate <= current || candidate <= history[index];
    }

    /** Ends a step: remembers the objective the search is at now. */
    void stepped(double current) {
        history[index] = current;
        index = index + 1 == history.length ? 0 : index + 1;
    }

    /** Forgets the past: every remembered objective becomes the given one. */
    void reset(double current) {
        Arrays.fill(history, current);
    }
}
