package dev.traverse.engine.placement.construct;

import dev.traverse.engine.model.ReplicaDivision;
import dev.traverse.engine.model.ReplicaScheduling;
import dev.traverse.engine.placement.PlacementResult.UnplacedReplica;
import dev.traverse.engine.placement.explain.UnplacedExplainer;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.improve.RunRules;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleSupplier;
import java.util.function.IntPredicate;

/**
 * The greedy construction pass: replicas in {@link ReplicaOrder}, each to the best host of the first fallback tier
 * that has one; the replicas no host takes are completed ({@link UnplacedCompletion}): tried again, searched
 * exhaustively on tiny instances, and explained against the final state.
 */
public final class ConstructionPass {

    /**
     * What the pass produced: the state, the explanations of what it could not place, the placement's
     * {@link dev.traverse.engine.placement.improve.CanonicalObjective} and the lower bound for what it placed. The
     * bound is worked out when first asked for, from the state as it is then, since a run that improves on the
     * placement needs only its own: ask before changing which replicas the state places.
     */
    public record Outcome(PlacementState state, List<UnplacedReplica> unplaced, double objective,
                          DoubleSupplier lowerBound) {
    }

    private final Problem problem;
    private final PlacementState state;
    private final CandidateSearch search;
    private final GroupMembers members;
    private final UnplacedCompletion completion;
    private final UnplacedExplainer explainer;
    private final BitSet[] clustersUsed;
    /** Per replica, the host an earlier run gave it, or -1; null in a run from scratch. */
    private int[] earlierHosts;
    /** The replicas' indices in {@link ReplicaOrder}, worked out on first use: a keep pass reads it too. */
    private int[] order;

    /** The state this pass fills. */
    public PlacementState state() {
        return state;
    }

    ConstructionPass(PlacementState state, CandidateSearch search, GroupMembers members,
                     UnplacedCompletion completion, UnplacedExplainer explainer) {
        this.problem = state.problem();
        this.state = state;
        this.search = search;
        this.members = members;
        this.completion = completion;
        this.explainer = explainer;
        this.clustersUsed = new BitSet[problem.demands().size()];
    }

    public Outcome run(BooleanSupplier cancelled) {
        return run(cancelled, null);
    }

    /** The indices of the state's replicas in the order they are placed ({@link ReplicaOrder}); not to be changed. */
    int[] order() {
        if (order == null) {
            order = ReplicaOrder.of(problem, state.replicas(), state::feasibleGroups);
        }
        return order;
    }

    /**
     * Lets the lower bound search harder: {@code effort} times its usual work (at least 1) for the search of the
     * relaxation's dual, worth it in a run whose improvement pass takes long anyway.
     */
    public void boundEffort(double effort) {
        search.scoring().boundEffort(effort);
    }

    /** At its turn, a replica goes back to the host an earlier run gave it when that host still takes it. */
    void preferEarlierHosts(int[] hosts) {
        this.earlierHosts = hosts;
    }

    /** Runs the pass; when a probe is given, it judges every host for its replica at that replica's turn. */
    Outcome run(BooleanSupplier cancelled, ReplicaProbe probe) {
        List<Integer> unplaced = new ArrayList<>();
        double objective = 0;
        int[] order = order();
        noteClustersOfKept();
        for (int n = 0; n < order.length; n++) {
            if ((n & 255) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("placement cancelled");
            }
            int index = order[n];
            if (state.hostOf(index) != PlacementState.UNPLACED) {
                continue; // kept where an earlier run put it
            }
            if (probe != null && probe.isTarget(index)) {
                Replica replica = state.replica(index);
                probe.judge(state, replica, GroupScope.union(GroupScope.tiers(problem, replica)));
            }
            OptionalDouble score = placeBest(index);
            if (probe != null && probe.isTarget(index)) {
                probe.tookAtItsTurn(problem, state.hostOf(index));
            }
            if (score.isPresent()) {
                objective += score.getAsDouble();
            } else {
                unplaced.add(index);
            }
        }
        UnplacedCompletion.Outcome completed = completion.complete(unplaced, objective, this::placeBest, cancelled);
        return new Outcome(state, completed.unplaced(), search.objective(), once(search::lowerBound));
    }

    private static DoubleSupplier once(DoubleSupplier value) {
        double[] known = {Double.NaN};
        return () -> {
            if (Double.isNaN(known[0])) {
                known[0] = value.getAsDouble();
            }
            return known[0];
        };
    }

    /** The scores, scopes, filters and explanations this pass places by, for an improvement pass on its state. */
    public RunRules rules() {
        return new ConstructionRules(problem, search, explainer);
    }

    /** Places the replica on the best host of the first fallback tier that has one; its score, or empty. */
    private OptionalDouble placeBest(int index) {
        Replica replica = state.replica(index);
        List<IntPredicate> tiers = GroupScope.tiers(problem, replica);
        int host = earlierHosts == null || earlierHosts[index] < 0 ? -1
                : search.ifTakes(replica, earlierHosts[index], GroupScope.union(tiers));
        for (int t = 0; host < 0 && t < tiers.size(); t++) {
            host = bestInTier(replica, tiers.get(t));
        }
        if (host < 0) {
            return OptionalDouble.empty();
        }
        double score = search.bestScore();
        boolean wasEmpty = state.isEmpty(host);
        state.place(index, host);
        if (wasEmpty) {
            members.becameUsed(host);
        } else {
            members.loadChanged(host);
        }
        noteCluster(replica.demand(), host);
        return OptionalDouble.of(score);
    }

    /** Replicas kept before the pass hold their clusters for aggregated division, as placed ones do. */
    private void noteClustersOfKept() {
        for (int i = 0; i < state.replicas().size(); i++) {
            int host = state.hostOf(i);
            if (host != PlacementState.UNPLACED) {
                noteCluster(state.replica(i).demand(), host);
            }
        }
    }

    /** Aggregated division keeps a workload in the clusters it already uses while they have room. */
    private int bestInTier(Replica replica, IntPredicate tier) {
        BitSet used = clustersUsed[replica.demand()];
        if (used != null && isAggregated(replica.demand())) {
            int host = search.best(replica, tier.and(g -> {
                HostGroup group = problem.groups().get(g);
                return group.clusterIndex() >= 0 && used.get(group.clusterIndex());
            }));
            if (host >= 0) {
                return host;
            }
        }
        return search.best(replica, tier);
    }

    private boolean isAggregated(int demand) {
        ReplicaScheduling s = problem.demands().get(demand).workload().replicaScheduling();
        return s != null && s.division() == ReplicaDivision.AGGREGATED;
    }

    private void noteCluster(int demand, int host) {
        int cluster = problem.groupOf(host).clusterIndex();
        if (cluster >= 0) {
            if (clustersUsed[demand] == null) {
                clustersUsed[demand] = new BitSet();
            }
            clustersUsed[demand].set(cluster);
        }
    }
}
