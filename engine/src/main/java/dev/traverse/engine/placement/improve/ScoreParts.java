package dev.traverse.engine.placement.improve;

import java.util.Objects;

/**
 * A run's score split into three parts that add up to it, so that the improvement pass can price a move exactly
 * without scoring again every replica after it that it affects.
 *
 * @param marginal           the scorers whose delta is the change of one function of the state
 *                           ({@link dev.traverse.engine.placement.framework.Scorer#isMarginal}): their total changes
 *                           by what the moved replicas alone add up to, in any order
 * @param utilisationFactors per demand, the weighted factor of the order-dependent scorers whose delta is the host's
 *                           dominant utilisation once the replica is on it
 *                           ({@link dev.traverse.engine.placement.framework.Scorer#addsDominantUtilisation}): a
 *                           replica adds this factor times that utilisation, so their total is, per host, a function
 *                           of its replicas in replica order ({@link HostUtilisation}), and a move changes it on the
 *                           hosts it leaves and joins only
 * @param rest               every other scorer: order-dependent, scored again for the replicas that see a move
 */
public record ScoreParts(ReplicaScore marginal, double[] utilisationFactors, ReplicaScore rest) {

    public ScoreParts {
        Objects.requireNonNull(marginal, "marginal");
        Objects.requireNonNull(utilisationFactors, "utilisationFactors");
        Objects.requireNonNull(rest, "rest");
    }

    /** The marginal part and the rest together: the whole score less the utilisation part. */
    double besideUtilisation(dev.traverse.engine.placement.problem.Replica replica, int host) {
        return marginal.of(replica, host) + rest.of(replica, host);
    }
}
