package dev.traverse.engine.placement;

import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.construct.ConstructionPass;
import dev.traverse.engine.placement.construct.ObjectiveWeights;
import dev.traverse.engine.placement.construct.PassFactory;
import dev.traverse.engine.placement.framework.PluginRegistry;
import dev.traverse.engine.placement.improve.Budget;
import dev.traverse.engine.placement.improve.ImprovementPass;
import dev.traverse.engine.placement.incremental.IncrementalResult;
import dev.traverse.engine.placement.incremental.IncrementalRun;
import dev.traverse.engine.placement.incremental.WarmStart;
import dev.traverse.engine.placement.plugins.BuiltInPlugins;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Decides where every replica of every workload would run, without breaking any hard constraint, and explains every
 * refusal: a greedy construction pass, then an improvement pass within the options' time and step limits. Pure, and
 * deterministic when a step limit or stagnation rather than the clock ends the improvement pass: the same topology
 * and options then give the same result. Runs on the caller's thread; call it off the UI thread and cancel stale
 * runs through the cancellation check.
 */
public final class PlacementEngine {

    /** The most times its usual work the lower bound's search does, however long the run ({@link #boundEffort}). */
    static final double MOST_BOUND_EFFORT = 3;

    private PlacementEngine() {
    }

    /**
     * Why one replica goes where it goes: every host judged at the replica's turn in a full placement run, and the
     * host the run (improvement pass included, as {@link #place} runs it with the same options) ends it on.
     *
     * @throws java.util.NoSuchElementException when the workload or replica does not exist, saying which do
     */
    public static ReplicaExplanation explain(Topology topology, PlacementOptions options, String workload,
                                             int replica) {
        Problem problem = ProblemCompiler.compile(topology);
        return dev.traverse.engine.placement.construct.ReplicaExplainer.explain(problem,
                BuiltInPlugins.registry(), new ObjectiveWeights(topology.objectives(), options.weights()), workload,
                replica, new Budget(options.timeLimit(), options.stepLimit()), options.seed(), () -> false);
    }

    /**
     * What happens when a site, cluster, node or link fails: the placement before and after, the replicas that
     * move, and those that find no host any more.
     *
     * @throws IllegalArgumentException when the failure names nothing in the topology
     */
    public static WhatIfResult whatIf(Topology topology, PlacementOptions options, Failure failure) {
        return WhatIf.run(Objects.requireNonNull(topology, "topology"), options, failure, () -> false);
    }

    public static PlacementResult place(Topology topology, PlacementOptions options) {
        return place(topology, options, BuiltInPlugins.registry(), () -> false);
    }

    /**
     * @param cancelled polled during the run; when it answers true the run stops with a
     *                  {@link java.util.concurrent.CancellationException}
     */
    public static PlacementResult place(Topology topology, PlacementOptions options, PluginRegistry registry,
                                        BooleanSupplier cancelled) {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(options, "options");
        long start = System.nanoTime();
        Problem problem = ProblemCompiler.compile(topology);
        ObjectiveWeights weights = new ObjectiveWeights(topology.objectives(), options.weights());
        ConstructionPass pass = PassFactory.create(problem, registry, weights);
        pass.boundEffort(boundEffort(options.timeLimit()));
        ConstructionPass.Outcome built = pass.run(cancelled);
        ImprovementPass.Outcome outcome = ImprovementPass.run(pass.rules(), built.unplaced(), built.objective(),
                built.lowerBound(), new Budget(options.timeLimit(), options.stepLimit()), options.seed(), cancelled);
        return ResultAssembler.assemble(outcome, () -> (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * How hard the lower bound searches, for a run given this long to improve its placement: its usual work up to the
     * default 200 ms, and as many times more as the time limit is longer, up to {@link #MOST_BOUND_EFFORT}. Users who
     * give a run more time want a closer answer, and a gap that says how close it is. At 1 s, the search of the
     * relaxation's dual raised the bound on the generated 5,000-node estates by 0.4 % (`plain`) and 1.3 % (`all`),
     * for up to about 1 s more of the bound's time there.
     */
    static double boundEffort(java.time.Duration timeLimit) {
        java.time.Duration most = PlacementOptions.DEFAULT_TIME_LIMIT.multipliedBy((long) MOST_BOUND_EFFORT);
        if (timeLimit.compareTo(most) >= 0) {
            return MOST_BOUND_EFFORT;
        }
        return Math.max(1, (double) timeLimit.toMillis() / PlacementOptions.DEFAULT_TIME_LIMIT.toMillis());
    }

    /**
     * Places an edited topology starting from an earlier result. Each replica of {@code previous} (by workload name
     * and replica number; a daemon's by the site it serves) stays on its host while that host exists and every hard
     * rule still allows it there, judged in the engine's replica order against what stays before it; a pin in the
     * edited topology wins over the earlier host. Everything else is placed on top as a full run would place it.
     */
    public static PlacementResult place(Topology edited, PlacementOptions options, PlacementResult previous) {
        return placeIncrementally(edited, options, WarmStart.keeping(previous), () -> false).result();
    }

    /**
     * As {@link #place(Topology, PlacementOptions, PlacementResult)}, also reusing the work of the run that made
     * {@code start} wherever what it depends on did not change: for the designer's live preview, which places again
     * after every edit. Start from {@link WarmStart#NONE} (a full placement) and hand each run's
     * {@link IncrementalResult#next()} to the next.
     *
     * @param cancelled polled during the run; when it answers true the run stops with a
     *                  {@link java.util.concurrent.CancellationException}
     */
    public static IncrementalResult placeIncrementally(Topology edited, PlacementOptions options, WarmStart start,
                                                       BooleanSupplier cancelled) {
        Objects.requireNonNull(edited, "edited");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(start, "start");
        long begin = System.nanoTime();
        IncrementalRun run = IncrementalRun.prepare(edited, options, start);
        ConstructionPass.Outcome built = run.keepThenConstruct(cancelled);
        // No improvement pass here: it would move replicas the edit did not touch, and the preview would flicker.
        ImprovementPass.Outcome outcome = new ImprovementPass.Outcome(built.state(), built.unplaced(),
                built.objective(), built.lowerBound().getAsDouble(), 0);
        PlacementResult result = ResultAssembler.assemble(outcome, () -> (System.nanoTime() - begin) / 1_000_000);
        return new IncrementalResult(result, run.next(result));
    }
}
