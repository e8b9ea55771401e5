package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.problem.Replica;
import java.util.Objects;

/**
 * A run's score split into two parts that add up to it, so that the improvement pass can price a move exactly
 * without scoring again every replica after it that it affects.
 *
 * @param marginal the scorers whose delta is the change of one function of the state
 *                 ({@link dev.traverse.engine.placement.framework.Scorer#isMarginal}): their total changes by what the
 *                 moved replicas alone add up to, in any order
 * @param rest     every other scorer: order-dependent, scored again for the replicas that see a move
 */
public record ScoreParts(ReplicaScore marginal, ReplicaScore rest) {

    public ScoreParts {
        Objects.requireNonNull(marginal, "marginal");
        Objects.requireNonNull(rest, "rest");
    }

    /** The two parts together: the whole score. */
    double whole(Replica replica, int host) {
        return marginal.of(replica, host) + rest.of(replica, host);
    }
}
