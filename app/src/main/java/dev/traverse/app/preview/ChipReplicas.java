package dev.traverse.app.preview;

import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import java.util.HashSet;
import java.util.Set;

/** Which replica a chip stands for. Any thread. */
final class ChipReplicas {

    private ChipReplicas() {
    }

    /**
     * The chip's own replica, or for a chip of several the lowest-numbered unpinned replica of its workload on its
     * element in {@code shown}.
     *
     * @throws IllegalArgumentException when no such replica runs there in {@code shown}
     */
    static int replicaOf(ChipId chip, TopologyIndex index, PlacementResult shown) {
        if (chip.isSingleReplica()) {
            return chip.replica();
        }
        Workload workload = index.workload(chip.workload());
        Set<Integer> pinned = new HashSet<>();
        if (workload != null) {
            for (Pin p : workload.pins()) {
                pinned.add(p.replica());
            }
        }
        int lowest = Integer.MAX_VALUE;
        for (Assignment a : shown.assignments()) {
            if (a.replica() < lowest && a.workload().equals(chip.workload()) && !pinned.contains(a.replica())
                    && chip.elementId().equals(index.elementOfHost(a.node()))) {
                lowest = a.replica();
            }
        }
        if (lowest == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("no replica of " + chip.workload() + " runs on " + chip.elementId()
                    + " in the preview shown");
        }
        return lowest;
    }

    /** The host a replica runs on in {@code shown}, or null when it is unplaced there. */
    static String hostOf(PlacementResult shown, String workload, int replica) {
        for (Assignment a : shown.assignments()) {
            if (a.replica() == replica && a.workload().equals(workload)) {
                return a.node();
            }
        }
        return null;
    }
}
