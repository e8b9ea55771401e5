package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.explain.UnplacedExplainer;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * What construction does with the replicas its greedy pass left: tries them again against the final state
 * ({@link UnplacedRetry}); on an instance small enough, searches every assignment for one that places more
 * ({@link ExhaustiveSearch}) and takes it; then explains each replica still left against the final state, so that
 * an explanation names what stops it where everything else ended up, not where things stood at its turn.
 */
final class UnplacedCompletion {

    /** The explanations of the replicas left, and the objective of the final placement. */
    record Outcome(List<UnplacedReplica> unplaced, double objective) {
    }

    private final PlacementState state;
    private final GroupMembers members;
    private final UnplacedExplainer explainer;
    private final ExhaustiveSearch exhaustive;
    private final ObjectiveReplay replay;

    UnplacedCompletion(PlacementState state, GroupMembers members, UnplacedExplainer explainer,
                       ExhaustiveSearch exhaustive, ObjectiveReplay replay) {
        this.state = state;
        this.members = members;
        this.explainer = explainer;
        this.exhaustive = exhaustive;
        this.replay = replay;
    }

    /**
     * @param unplaced  the replicas the greedy pass left, by index, in the order it met them
     * @param objective what the greedy pass's placements added up to
     * @param placer    places one replica as the greedy pass would
     * @throws CancellationException when {@code cancelled} answers true
     */
    Outcome complete(List<Integer> unplaced, double objective, ReplicaPlacer placer, BooleanSupplier cancelled) {
        if (unplaced.isEmpty()) {
            return new Outcome(List.of(), objective);
        }
        UnplacedRetry.Outcome retried = UnplacedRetry.retry(unplaced, placer, cancelled);
        List<Integer> left = retried.unplaced();
        double total = objective + retried.addedObjective();
        if (!left.isEmpty()) {
            int[] better = exhaustive.better(state, cancelled);
            if (better != null) {
                take(better);
                total = replay.of(better);
                left = unplacedIn(better);
            }
        }
        List<UnplacedReplica> explained = new ArrayList<>(left.size());
        for (int index : left) {
            Replica replica = state.replica(index);
            explained.add(explainer.explain(replica, GroupScope.union(GroupScope.tiers(state.problem(), replica))));
        }
        return new Outcome(explained, total);
    }

    /** Moves the state to the assignment: replicas that change host are taken off first, then placed. */
    private void take(int[] assignment) {
        for (int i = 0; i < assignment.length; i++) {
            int host = state.hostOf(i);
            if (host != PlacementState.UNPLACED && host != assignment[i]) {
                state.remove(i);
            }
        }
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] != PlacementState.UNPLACED && state.hostOf(i) == PlacementState.UNPLACED) {
                state.place(i, assignment[i]);
            }
        }
        members.reread();
    }

    private static List<Integer> unplacedIn(int[] assignment) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < assignment.length; i++) {
            if (assignment[i] == PlacementState.UNPLACED) {
                out.add(i);
            }
        }
        return out;
    }
}
