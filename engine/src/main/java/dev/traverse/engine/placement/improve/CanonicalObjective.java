package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;

/**
 * The objective of a placement, independent of the order it was built in: the placed replicas replayed in replica
 * order (the order of {@link PlacementState#replicas()}) into an empty state, each adding its score. For scorers whose
 * delta is the change of a function of the state (every built-in one) this is that function; for others (a plugin's)
 * it is one fixed way of adding them up, so that two placements of one run can be compared.
 */
public final class CanonicalObjective {

    private CanonicalObjective() {
    }

    /**
     * The objective of what {@code state} holds. The state is emptied and refilled in place, which replays into an
     * empty state without building one (plugins keep per-state data); it holds the same placement afterwards.
     */
    public static double of(PlacementState state, ReplicaScore score) {
        int[] hosts = new int[state.replicas().size()];
        for (int i = 0; i < hosts.length; i++) {
            hosts[i] = state.hostOf(i);
            if (hosts[i] != PlacementState.UNPLACED) {
                state.remove(i);
            }
        }
        return replay(state, hosts, score);
    }

    /**
     * The objective of an assignment ({@code hosts[i]} for replica i, or {@link PlacementState#UNPLACED}), replayed
     * into {@code empty}, which holds the assignment afterwards.
     */
    public static double replay(PlacementState empty, int[] hosts, ReplicaScore score) {
        double total = 0;
        for (int i = 0; i < hosts.length; i++) {
            if (hosts[i] != PlacementState.UNPLACED) {
                total += score.of(empty.replica(i), hosts[i]);
                empty.place(i, hosts[i]);
            }
        }
        return total;
    }
}
