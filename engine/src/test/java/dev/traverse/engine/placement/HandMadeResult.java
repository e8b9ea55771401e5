package dev.traverse.engine.placement;

import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import java.util.ArrayList;
import java.util.List;

/** A placement result written by hand, to feed the validator right and wrong ones. */
final class HandMadeResult {

    private final List<Assignment> assignments = new ArrayList<>();
    private final List<UnplacedReplica> unplaced = new ArrayList<>();

    HandMadeResult assign(String workload, int replica, String node) {
        assignments.add(new Assignment(workload, replica, node));
        return this;
    }

    /** Assigns replicas {@code from..to} (inclusive) to one node. */
    HandMadeResult assignRange(String workload, int from, int to, String node) {
        for (int r = from; r <= to; r++) {
            assign(workload, r, node);
        }
        return this;
    }

    HandMadeResult unplace(String workload, int replica) {
        unplaced.add(new UnplacedReplica(workload, replica, "0/1 nodes are available", List.of(), List.of()));
        return this;
    }

    /** Moves an assigned replica elsewhere, keeping its place in the list. */
    HandMadeResult move(String workload, int replica, String node) {
        int i = indexOf(workload, replica);
        assignments.set(i, new Assignment(workload, replica, node));
        return this;
    }

    /** Assigns a replica that was unplaced. */
    HandMadeResult place(String workload, int replica, String node) {
        if (!unplaced.removeIf(u -> u.workload().equals(workload) && u.replica() == replica)) {
            throw new IllegalArgumentException(workload + "/" + replica + " is not unplaced");
        }
        return assign(workload, replica, node);
    }

    /** Forgets an assigned replica altogether. */
    HandMadeResult drop(String workload, int replica) {
        assignments.remove(indexOf(workload, replica));
        return this;
    }

    /** Turns an assigned replica into an unplaced one. */
    HandMadeResult unassign(String workload, int replica) {
        return drop(workload, replica).unplace(workload, replica);
    }

    private int indexOf(String workload, int replica) {
        for (int i = 0; i < assignments.size(); i++) {
            if (assignments.get(i).workload().equals(workload) && assignments.get(i).replica() == replica) {
                return i;
            }
        }
        throw new IllegalArgumentException(workload + "/" + replica + " is not assigned");
    }

    PlacementResult build() {
        return new PlacementResult(assignments, unplaced, List.of(), new ObjectiveSummary(0, 0, 0, 0, 0), 0, 0, 0);
    }
}
