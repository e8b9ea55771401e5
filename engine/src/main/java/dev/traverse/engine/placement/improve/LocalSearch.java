package dev.traverse.engine.placement.improve;

import java.util.SplittableRandom;

/**
 * The improvement loop: draws a neighbourhood ({@link NeighbourhoodChoice}), tries one change of it, keeps the change
 * when late acceptance agrees (or always, when it places one more replica), and remembers the best placement seen,
 * to which it returns at the end. Better means more replicas placed, then a lower objective, as the changes' prices
 * add up.
 */
final class LocalSearch {

    /**
     * Late acceptance's longest memory, in steps. Short: a time-bounded pass takes a few steps per replica, where a
     * long memory would spend them wandering; a short one still lets the search cross plateaus.
     */
    static final int HISTORY = 5;
    /** Changes kept since the best placement before the search goes back to it and starts again from there. */
    static final int JOURNAL_LIMIT = 1 << 20;
    /** Objective differences below this are rounding, not improvement. */
    private static final double EPSILON = 1e-9;

    private final Journal journal;
    private final Admission admission;
    private final Neighbourhood[] neighbourhoods;
    private final NeighbourhoodChoice choice;

    LocalSearch(SearchParts parts) {
        this.journal = parts.journal();
        this.admission = parts.admission();
        this.neighbourhoods = parts.neighbourhoods();
        this.choice = new NeighbourhoodChoice(SearchParts.WEIGHTS, SearchParts.COSTS);
    }

    /**
     * Late acceptance's memory after so many steps: one more step of it for every placed replica's worth of steps
     * taken, up to {@link #HISTORY}. While the pass has not yet looked at most replicas once, a worse placement it
     * accepts is seldom made good again: on the generated 5,000-node estate, where 1 s is about two steps per
     * replica, a memory of 1 ends 4 lower than one of 5 (1,133.2-1,134.2 against 1,136.6-1,137.9 over four seeds,
     * 120,000 steps); on 1,000 nodes, with 60 steps per replica, the longer memory ends lower.
     */
    private int historyAfter(long steps) {
        long placed = Math.max(1, journal.placed());
        return (int) Math.min(HISTORY, 1 + steps / placed);
    }

    /**
     * Runs until the clock says stop, then places whatever waiting replicas fit; leaves the best placement found in
     * the state.
     */
    void run(Budget.Clock clock, SplittableRandom random) {
        double current = admission.isEmpty() ? 0 : admission.placeWherePossible(clock);
        int bestPlaced = journal.placed();
        double best = current;
        journal.forget();
        LateAcceptance acceptance = new LateAcceptance(historyAfter(0), current);
        while (clock.allowsStep()) {
            int mark = journal.mark();
            int drawn = choice.draw(random, !admission.isEmpty());
            double delta = (drawn < 0 ? admission : neighbourhoods[drawn]).tryOne(random);
            clock.stepped();
            if (drawn < 0) {
                choice.admissionTried(!Double.isNaN(delta));
            }
            if (Double.isNaN(delta)) {
                if (drawn >= 0) {
                    choice.tried(drawn, 0);
                }
                continue;
            }
            double candidate = current + delta;
            if (drawn < 0) {
                current = candidate;
                acceptance.reset(current);
            } else if (acceptance.accepts(candidate, current)) {
                current = candidate;
                choice.tried(drawn, Math.max(0, -delta));
            } else {
                journal.undoTo(mark);
                choice.tried(drawn, 0);
            }
            acceptance.stepped(current);
            int length = historyAfter(clock.steps());
            if (length != acceptance.length()) {
                acceptance = new LateAcceptance(length, current);
            }
            int placed = journal.placed();
            if (placed > bestPlaced || current < best - EPSILON) {
                clock.improved();
                best = current;
                bestPlaced = placed;
                journal.forget();
            } else if (current <= best + EPSILON) {
                best = Math.min(best, current); // as good: no need to be able to come back
                journal.forget();
            } else if (journal.size() > JOURNAL_LIMIT) {
                journal.undoTo(0);
                current = best;
                acceptance.reset(current);
            }
        }
        journal.undoTo(0);
        if (!admission.isEmpty()) {
            admission.placeWherePossible(null);
            journal.forget();
        }
    }
}
