package dev.traverse.engine.placement.improve;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * When the improvement pass stops: at its time limit, at its step limit (which makes runs repeatable on any machine),
 * or when it has gone on long without finding anything better. Checked between steps.
 *
 * @param timeLimit the longest the pass may run
 * @param stepLimit the most steps it may take
 */
public record Budget(Duration timeLimit, long stepLimit) {

    /** Steps between two looks at the cancellation check. */
    private static final int CANCEL_CHECK_STEPS = 256;

    public Budget {
        if (timeLimit.isNegative() || stepLimit < 0) {
            throw new IllegalArgumentException("a budget must not be negative");
        }
    }

    boolean isZero() {
        return timeLimit.isZero() || stepLimit == 0;
    }

    /** The running budget of one pass, started now. */
    Clock start(long stagnationLimit, BooleanSupplier cancelled) {
        long nanos;
        try {
            nanos = timeLimit.toNanos();
        } catch (ArithmeticException tooLong) {
            nanos = Long.MAX_VALUE;
        }
        return new Clock(System.nanoTime(), nanos, stagnationLimit, cancelled);
    }

    /** Counts the steps of one pass and says when to stop. */
    final class Clock {

        private final long start;
        private final long nanos;
        private final long stagnationLimit;
        private final BooleanSupplier cancelled;
        private long steps;
        private long lastImprovement;

        private Clock(long start, long nanos, long stagnationLimit, BooleanSupplier cancelled) {
            this.start = start;
            this.nanos = nanos;
            this.stagnationLimit = stagnationLimit;
            this.cancelled = cancelled;
        }

        /**
         * Whether another step may be taken.
         *
         * @throws CancellationException when the run was cancelled
         */
        boolean allowsStep() {
            if (steps % CANCEL_CHECK_STEPS == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("placement cancelled");
            }
            return steps < stepLimit && steps - lastImprovement < stagnationLimit && System.nanoTime() - start < nanos;
        }

        void stepped() {
            steps++;
        }

        /** The search found a better placement at this step. */
        void improved() {
            lastImprovement = steps;
        }

        long steps() {
            return steps;
        }
    }
}
