package dev.traverse.engine.placement;

import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import java.util.List;

/**
 * What a failure would do: the placement before and after, the replicas that would move, and those that would find
 * no host any more (with the explanation of why, from the run after the failure).
 */
public record WhatIfResult(Failure failure, PlacementResult before, PlacementResult after, List<Move> moved,
                           List<UnplacedReplica> lost) {

    public WhatIfResult {
        moved = List.copyOf(moved);
        lost = List.copyOf(lost);
    }

    /** A replica that runs elsewhere after the failure. */
    public record Move(String workload, int replica, String from, String to) {
    }

    public double costDelta() {
        return after.objectives().costPerHour() - before.objectives().costPerHour();
    }
}
