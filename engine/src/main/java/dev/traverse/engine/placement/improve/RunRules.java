package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Replica;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * What the improvement pass takes from the construction of the same run: its state, and the scores, scopes, filters
 * and explanations the construction placed by, so that both passes judge a host alike.
 */
public interface RunRules extends ReplicaScore {

    /** The state the construction filled; the improvement pass changes it. */
    PlacementState state();

    /**
     * Whether a replica's score may depend on replicas placed after it, beyond the change of one function of the
     * state: then the canonical objective depends on replica order, and a move must score again the later replicas
     * it affects.
     */
    boolean scoresDependOnOrder();

    /**
     * The part of {@link #of} from scorers whose delta is the change of one function of the state
     * ({@link dev.traverse.engine.placement.framework.Scorer#isMarginal}), or null when the rules do not tell the
     * parts apart. With {@link #orderDependentPart} it lets a move be priced by replaying only the order-dependent
     * part for the replicas it affects: the marginal part of a move is exact from the moved replicas alone.
     */
    default ReplicaScore marginalPart() {
        return null;
    }

    /** The rest of {@link #of} beside {@link #marginalPart}; null exactly when that is null. */
    default ReplicaScore orderDependentPart() {
        return null;
    }

    /**
     * The fallback tiers of a replica, best first, as predicates over group indices: its own site or cluster, within
     * the workload's ordered cluster groups when it has them.
     */
    List<IntPredicate> tiers(Replica replica);

    /** The host filters that can refuse a replica of the demand, in evaluation order. */
    HostFilter[] filters(int demand);

    /** A lower bound on the objective of any placement of the replicas the state holds now. */
    double lowerBound();

    /** Why no host in the replica's scope takes it, against the current state. */
    UnplacedReplica explain(Replica replica);
}
