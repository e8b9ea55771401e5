package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.explain.UnplacedExplainer;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.improve.RunRules;
import dev.traverse.engine.placement.improve.ScoreParts;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.List;
import java.util.function.IntPredicate;

/** The construction's scores, scopes, filters and explanations, for the improvement pass of the same run. */
final class ConstructionRules implements RunRules {

    private final Problem problem;
    private final CandidateSearch search;
    private final UnplacedExplainer explainer;

    ConstructionRules(Problem problem, CandidateSearch search, UnplacedExplainer explainer) {
        this.problem = problem;
        this.search = search;
        this.explainer = explainer;
    }

    @Override
    public PlacementState state() {
        return search.state();
    }

    @Override
    public double of(Replica replica, int host) {
        return search.scoring().score(search.state(), replica, host);
    }

    @Override
    public ScoreParts scoreParts() {
        ScoringPlan scoring = search.scoring();
        return new ScoreParts(
                (replica, host) -> scoring.score(search.state(), replica, host, ScoringPlan.ScorePart.MARGINAL),
                (replica, host) -> scoring.score(search.state(), replica, host, ScoringPlan.ScorePart.REST));
    }

    @Override
    public boolean scoresDependOnOrder() {
        return search.scoring().dependsOnOrder();
    }

    @Override
    public List<IntPredicate> tiers(Replica replica) {
        return GroupScope.tiers(problem, replica);
    }

    @Override
    public HostFilter[] filters(int demand) {
        return search.applicable(demand);
    }

    @Override
    public double lowerBound() {
        return search.lowerBound();
    }

    @Override
    public UnplacedReplica explain(Replica replica) {
        return explainer.explain(replica, GroupScope.union(GroupScope.tiers(problem, replica)));
    }
}
