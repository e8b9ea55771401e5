package dev.traverse.engine.placement.framework;

import dev.traverse.engine.placement.problem.Replica;

/**
 * A filter that depends on what is already placed (free capacity, spread, inter-workload affinity). It is evaluated
 * per replica and candidate host, after the group filters passed. Must not change the state.
 */
public interface HostFilter extends PlacementPlugin {

    /** Null when the replica may go to the host now; otherwise why not. */
    Rejection filter(PlacementState state, Replica replica, int host);

    /**
     * The same answer as {@link #filter} without its words: the search asks this for every candidate, so a plugin
     * whose reasons cost something to build should answer it directly.
     */
    default boolean admits(PlacementState state, Replica replica, int host) {
        return filter(state, replica, host) == null;
    }

    /**
     * False when this filter cannot reject any replica of the demand (it has no constraint of this plugin's kind), so
     * the engine can skip it. Defaults to true.
     */
    default boolean appliesTo(PlacementState state, int demand) {
        return true;
    }

    /**
     * True when this filter may refuse one empty member of a group and accept another for the demand, because it
     * looks at the member itself (its name) and not only at what is placed. The engine otherwise judges one empty
     * member for all the empty members of a group. Defaults to false.
     */
    default boolean distinguishesEmptyMembers(PlacementState state, int demand) {
        return false;
    }

    /** What of the placement a filter's answer may depend on: see {@link #reads}. */
    enum Reads {
        /** Nothing placed: only the host and the workload, such as latency or a node's name. */
        NOTHING_PLACED,
        /** Only room: it refuses a host only when, in some resource, less is free there than the replica requests. */
        ROOM,
        /** Only the workload's own replicas: it refuses a host only when the host already runs one of them. */
        OWN_REPLICA_ON_HOST,
        /** Anything placed, such as where other workloads or this one's other replicas run. */
        ANYTHING
    }

    /**
     * What of the placement this filter's answer for the demand's replicas may depend on. The lower bound proves from
     * it that a workload's first fallback tier always has room for it, so that its replicas never overflow. Defaults
     * to {@link Reads#ANYTHING}, which is always safe.
     */
    default Reads reads(PlacementState state, int demand) {
        return Reads.ANYTHING;
    }

    /**
     * True when this filter's refusal stands however many replicas are placed after it: placing only takes room
     * away (capacity, firmware slots) or changes nothing it reads (latency). An exhaustive search then drops a
     * partial placement this filter refuses instead of completing it. Defaults to false, which is always safe.
     */
    default boolean refusesForGood() {
        return false;
    }
}
