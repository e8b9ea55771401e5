package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.explain.UnplacedExplainer;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.PlacementPlugin;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.PluginRegistry;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Wires one run: static feasibility, the replicas to place, the state with the counts plugins asked for, the pass. */
public final class PassFactory {

    private PassFactory() {
    }

    public static ConstructionPass create(Problem problem, PluginRegistry registry, ObjectiveWeights weights) {
        return wire(problem, registry, weights).pass();
    }

    /**
     * A keep pass followed by its construction pass, for a run that starts from an earlier one's placement.
     *
     * @param feasibility the static feasibility of this problem under the registry's group filters, which the
     *                    caller may have partly reused from the earlier run
     */
    public static KeepPass createKeeping(Problem problem, PluginRegistry registry, ObjectiveWeights weights,
                                         StaticFeasibility feasibility) {
        Wiring wiring = wire(problem, registry, weights, feasibility);
        return new KeepPass(wiring.pass(), wiring.search(), wiring.members());
    }

    /** The pass and what an explanation of one replica, or a keep pass, needs from the same run. */
    record Wiring(ConstructionPass pass, StaticFeasibility feasibility, PluginRegistry registry, ScoringPlan scoring,
                  CandidateSearch search, GroupMembers members) {
    }

    static Wiring wire(Problem problem, PluginRegistry registry, ObjectiveWeights weights) {
        return wire(problem, registry, weights, new StaticFeasibility(problem, registry.groupFilters()));
    }

    private static Wiring wire(Problem problem, PluginRegistry registry, ObjectiveWeights weights,
                               StaticFeasibility feasibility) {
        List<Replica> replicas = new ReplicaPlanner(problem, feasibility).plan();
        CountRequests counts = new CountRequests(problem.demands().size());
        List<PlacementPlugin> plugins = new ArrayList<>(registry.groupFilters());
        plugins.addAll(registry.hostFilters());
        plugins.addAll(registry.scorers());
        plugins.forEach(p -> p.requestCounts(problem, counts));
        PlacementState state = new PlacementState(problem, replicas, feasibility.all(), counts);
        GroupMembers members = new GroupMembers(problem, state);
        ScoringPlan scoring = new ScoringPlan(problem, registry.scorers(), weights);
        CandidateSearch search = new CandidateSearch(state, registry.hostFilters(), scoring, members);
        UnplacedExplainer explainer = new UnplacedExplainer(state, feasibility::allRejections, registry.hostFilters());
        Supplier<PlacementState> emptyState = () -> new PlacementState(problem, replicas, feasibility.all(), counts);
        ObjectiveReplay replay = new ObjectiveReplay(scoring, emptyState);
        UnplacedCompletion completion = new UnplacedCompletion(state, members, explainer,
                new ExhaustiveSearch(registry.hostFilters(), emptyState, replay), replay);
        ConstructionPass pass = new ConstructionPass(state, search, members, completion, explainer);
        scoring.placesIn(pass::order);
        return new Wiring(pass, feasibility, registry, scoring, search, members);
    }
}
