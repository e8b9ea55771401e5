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
     * The score in the parts {@link ScoreParts} describes, or null when the rules cannot split it: then a move is
     * priced by scoring again, with the whole score, every later replica on the hosts it leaves and joins and every
     * later one that sees it through preferred terms.
     */
    default ScoreParts scoreParts() {
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
