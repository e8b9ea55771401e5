package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import java.util.SplittableRandom;

/** Draws the replicas that neighbourhoods move: placed ones that are not bound to one host. */
final class PlacedReplicas {

    /** Draws before giving up when most movable replicas are unplaced. */
    private static final int DRAWS = 8;

    private final PlacementState state;
    private final int[] movable;

    PlacedReplicas(PlacementState state, MoveRules rules) {
        this.state = state;
        int[] all = new int[state.replicas().size()];
        int n = 0;
        for (int r = 0; r < all.length; r++) {
            if (rules.movable(r)) {
                all[n++] = r;
            }
        }
        this.movable = java.util.Arrays.copyOf(all, n);
    }

    /** A placed, movable replica drawn at random, or -1. */
    int draw(SplittableRandom random) {
        if (movable.length == 0) {
            return -1;
        }
        for (int i = 0; i < DRAWS; i++) {
            int replica = movable[random.nextInt(movable.length)];
            if (state.hostOf(replica) != PlacementState.UNPLACED) {
                return replica;
            }
        }
        return -1;
    }
}
