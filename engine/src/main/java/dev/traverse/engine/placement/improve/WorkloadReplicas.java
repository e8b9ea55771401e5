package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import java.util.Arrays;

/**
 * Where each workload's replicas lie among a run's replicas: they are consecutive, so one range per demand. Built once
 * per search and shared by the parts that walk or draw a workload's replicas.
 */
final class WorkloadReplicas {

    private final int[] first;
    private final int[] end;

    WorkloadReplicas(PlacementState state) {
        int demands = state.problem().demands().size();
        first = new int[demands];
        end = new int[demands];
        Arrays.fill(first, -1);
        for (int r = 0; r < state.replicas().size(); r++) {
            int d = state.replica(r).demand();
            if (first[d] < 0) {
                first[d] = r;
            }
            end[d] = r + 1;
        }
    }

    /** The demand's first replica, or -1 when it has none. */
    int first(int demand) {
        return first[demand];
    }

    /** One past the demand's last replica; 0 when it has none. */
    int end(int demand) {
        return end[demand];
    }

    /** How many replicas the demand has. */
    int count(int demand) {
        return end[demand] - first[demand] - (first[demand] < 0 ? 1 : 0);
    }
}
