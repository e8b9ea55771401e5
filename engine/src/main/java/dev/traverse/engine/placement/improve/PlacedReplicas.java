package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/** Draws the replicas that neighbourhoods move: placed ones that are not bound to one host. */
final class PlacedReplicas {

    /** Draws before giving up when most movable replicas are unplaced. */
    private static final int DRAWS = 8;

    private final PlacementState state;
    private final int[] movable;

    PlacedReplicas(PlacementState state, MoveRules rules) {
        this.state = state;
        this.movable = IntStream.range(0, state.replicas().size()).filter(rules::movable).toArray();
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
