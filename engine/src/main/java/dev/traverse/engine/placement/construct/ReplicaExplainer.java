package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.ReplicaExplanation;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.PluginRegistry;
import dev.traverse.engine.placement.improve.Budget;
import dev.traverse.engine.placement.improve.ImprovementPass;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;

/** Runs a placement and judges every host for one replica at its turn. */
public final class ReplicaExplainer {

    private ReplicaExplainer() {
    }

    /**
     * @throws NoSuchElementException when the workload has no such replica; the message lists the replica numbers
     */
    public static ReplicaExplanation explain(Problem problem, PluginRegistry registry, ObjectiveWeights weights,
                                             String workload, int ordinal, Budget budget, long seed,
                                             BooleanSupplier cancelled) {
        PassFactory.Wiring wiring = PassFactory.wire(problem, registry, weights);
        PlacementState state = wiring.pass().state();
        List<Replica> replicas = state.replicas();
        int target = -1;
        int count = 0;
        for (int i = 0; i < replicas.size(); i++) {
            Replica r = replicas.get(i);
            if (problem.demands().get(r.demand()).name().equals(workload)) {
                count++;
                if (r.ordinal() == ordinal) {
                    target = i;
                }
            }
        }
        if (target < 0) {
            throw new NoSuchElementException(count == 0 ? "no workload named " + workload
                    : workload + " has replicas 0 to " + (count - 1) + ", not " + ordinal);
        }
        ReplicaProbe probe = new ReplicaProbe(target, wiring.feasibility(), wiring.registry().hostFilters(),
                wiring.scoring());
        ConstructionPass.Outcome built = wiring.pass().run(cancelled, probe);
        ImprovementPass.run(wiring.pass().rules(), built.unplaced(), built.objective(), built.lowerBound(), budget,
                seed, cancelled);
        int host = state.hostOf(target);
        return probe.explanation(workload, ordinal, host == PlacementState.UNPLACED ? null : problem.hostNames()[host]);
    }
}
