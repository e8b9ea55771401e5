package dev.traverse.engine.placement;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult.Assignment;
import dev.traverse.engine.placement.PlacementResult.ObjectiveSummary;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.List;

/**
 * The independent {@link PlacementValidator}'s verdict on what an engine state holds, for tests of the engine's parts
 * in other packages: the hard rules the placement breaks, one line each.
 */
public final class StateValidation {

    private StateValidation() {
    }

    public static List<String> broken(Topology topology, PlacementState state) {
        Problem problem = state.problem();
        List<Assignment> assignments = new ArrayList<>();
        List<UnplacedReplica> unplaced = new ArrayList<>();
        for (int i = 0; i < state.replicas().size(); i++) {
            Replica r = state.replica(i);
            String workload = problem.demands().get(r.demand()).name();
            int host = state.hostOf(i);
            if (host == PlacementState.UNPLACED) {
                unplaced.add(new UnplacedReplica(workload, r.ordinal(), "unplaced", List.of(), List.of()));
            } else {
                assignments.add(new Assignment(workload, r.ordinal(), problem.hostNames()[host]));
            }
        }
        PlacementResult result = new PlacementResult(assignments, unplaced, List.of(),
                new ObjectiveSummary(0, 0, 0, 0, 0), 0, 0, 0);
        return PlacementValidator.validate(topology, result).stream().map(Object::toString).toList();
    }
}
