package dev.traverse.engine.placement.incremental;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementOptions;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.construct.ConstructionPass;
import dev.traverse.engine.placement.construct.KeepPass;
import dev.traverse.engine.placement.construct.ObjectiveWeights;
import dev.traverse.engine.placement.construct.PassFactory;
import dev.traverse.engine.placement.construct.StaticFeasibility;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.PluginRegistry;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * One incremental run of an edited topology: compiled afresh, its static feasibility taken over from the warm start
 * where the inputs are unchanged and worked out for the rest, the previous result's replicas kept where they may
 * stay, and everything else placed by the construction pass on top. Used once, on one thread.
 */
public final class IncrementalRun {

    private final PluginRegistry registry;
    private final GroupFilterInputs inputs;
    private final StaticFeasibility feasibility;
    private final KeepPass keep;
    private final int[] earlierHosts;

    private IncrementalRun(PluginRegistry registry, GroupFilterInputs inputs, StaticFeasibility feasibility,
                           KeepPass keep, int[] earlierHosts) {
        this.registry = registry;
        this.inputs = inputs;
        this.feasibility = feasibility;
        this.keep = keep;
        this.earlierHosts = earlierHosts;
    }

    /** Everything up to the first placement: compile, static feasibility, replicas and where they were. */
    public static IncrementalRun prepare(Topology edited, PlacementOptions options, WarmStart start) {
        PluginRegistry registry = start.registry() != null ? start.registry() : BuiltInPlugins.registry();
        Problem problem = ProblemCompiler.compile(edited);
        GroupFilterInputs inputs = GroupFilterInputs.of(problem);
        StaticFeasibility feasibility = start.feasibility() == null
                ? new StaticFeasibility(problem, registry.groupFilters())
                : new StaticFeasibility(problem, registry.groupFilters(), start.feasibility().answersFor(inputs));
        KeepPass keep = PassFactory.createKeeping(problem, registry,
                new ObjectiveWeights(edited.objectives(), options.weights()), feasibility);
        keep.startBoundFrom(start.boundPrices());
        int[] earlierHosts;
        if (start.previous() == null) {
            earlierHosts = new int[keep.replicas().size()];
            Arrays.fill(earlierHosts, PlacementState.UNPLACED);
        } else {
            earlierHosts = EarlierHosts.of(start.previous(), problem, keep.replicas());
        }
        return new IncrementalRun(registry, inputs, feasibility, keep, earlierHosts);
    }

    /**
     * Keeps what may stay, then constructs the rest: the same kind of outcome as a full construction pass, with the
     * objective of the whole placement, kept replicas included.
     */
    public ConstructionPass.Outcome keepThenConstruct(BooleanSupplier cancelled) {
        keep.keep(earlierHosts, cancelled);
        return keep.construction().run(cancelled); // its objective is that of the whole state, kept replicas included
    }

    /** What the next run starts from, once this run's result is known. */
    public WarmStart next(PlacementResult result) {
        return new WarmStart(result, registry, FeasibilityMemo.of(inputs, feasibility), keep.boundPrices());
    }
}
