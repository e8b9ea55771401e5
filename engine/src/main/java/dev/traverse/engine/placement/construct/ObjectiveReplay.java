package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.improve.CanonicalObjective;
import java.util.function.Supplier;

/**
 * The objective of a whole placement, whatever order it was built in: its placed replicas replayed in replica index
 * order into an empty state, each adding its weighted score ({@link ScoringPlan#score}) on its host at that moment.
 * Scores that depend on what is placed already (balance, resilience, preferred terms) make the sum depend on order,
 * so one order is fixed. Uses one state of its own, made on first use; for one run on one thread.
 */
final class ObjectiveReplay {

    private final ScoringPlan scoring;
    private final Supplier<PlacementState> emptyState;
    private PlacementState replay;

    /** @param emptyState makes an empty state over the run's problem and replicas */
    ObjectiveReplay(ScoringPlan scoring, Supplier<PlacementState> emptyState) {
        this.scoring = scoring;
        this.emptyState = emptyState;
    }

    /** @param hostOfReplica the host of each replica by index, or {@link PlacementState#UNPLACED} */
    double of(int[] hostOfReplica) {
        if (replay == null) {
            replay = emptyState.get();
        }
        double total = CanonicalObjective.replay(replay, hostOfReplica,
                (replica, host) -> scoring.score(replay, replica, host));
        for (int i = 0; i < hostOfReplica.length; i++) {
            if (hostOfReplica[i] != PlacementState.UNPLACED) {
                replay.remove(i);
            }
        }
        return total;
    }
}
