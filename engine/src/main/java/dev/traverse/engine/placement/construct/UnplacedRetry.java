package dev.traverse.engine.placement.construct;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Tries the replicas construction left unplaced again once it has placed all it could, as a scheduler retries
 * pending pods: a replica placed later can make room under a spread rule or bring the workload an affinity needs
 * nearby. Round after round, in the order given, until a round places none: then every replica left was refused by
 * every host against the final state.
 */
final class UnplacedRetry {

    /** What the retry placed: the replicas still unplaced, in the order given, and what the others added. */
    record Outcome(List<Integer> unplaced, double addedObjective) {
    }

    private UnplacedRetry() {
    }

    /**
     * @throws CancellationException when {@code cancelled} answers true between rounds
     */
    static Outcome retry(List<Integer> unplaced, ReplicaPlacer placer, BooleanSupplier cancelled) {
        List<Integer> left = new ArrayList<>(unplaced);
        double added = 0;
        boolean placedSome = true;
        while (placedSome && !left.isEmpty()) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("placement cancelled");
            }
            placedSome = false;
            List<Integer> stillLeft = new ArrayList<>();
            for (int index : left) {
                OptionalDouble score = placer.place(index);
                if (score.isPresent()) {
                    added += score.getAsDouble();
                    placedSome = true;
                } else {
                    stillLeft.add(index);
                }
            }
            left = stillLeft;
        }
        return new Outcome(left, added);
    }
}
