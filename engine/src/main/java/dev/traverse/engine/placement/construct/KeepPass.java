package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.bound.RelaxationPrices;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Puts replicas back on the hosts an earlier run gave them, before the construction pass places the rest on top.
 * Replicas are judged in {@link ReplicaOrder}, each against what was kept before it, by the search's own check: its
 * group passed the group filters, lies in its site, cluster or fallback groups, and every host filter admits it. A
 * replica bound to a host (a pin, a device of its fleet) goes there whatever the earlier run said: the binding wins.
 *
 * <p>What is not kept is left to {@link #construction()}, which tries the earlier host once more at the replica's
 * own turn (what it needed nearby may have been placed by then) before searching.
 */
public final class KeepPass {

    private final Problem problem;
    private final PlacementState state;
    private final CandidateSearch search;
    private final GroupMembers members;
    private final ConstructionPass construction;

    KeepPass(ConstructionPass construction, CandidateSearch search, GroupMembers members) {
        this.construction = construction;
        this.state = construction.state();
        this.problem = state.problem();
        this.search = search;
        this.members = members;
    }

    /** The replicas of the run, in the state's order: {@link #keep}'s array is indexed alike. */
    public List<Replica> replicas() {
        return state.replicas();
    }

    /** Starts the run's lower bound from the prices an earlier run's bound ended with. */
    public void startBoundFrom(RelaxationPrices prices) {
        search.scoring().startBoundFrom(prices);
    }

    /** The prices the run's lower bound ended with, for the next run to start from. */
    public RelaxationPrices boundPrices() {
        return search.scoring().boundPrices();
    }

    /** The construction pass on the same state, to run after {@link #keep}. */
    public ConstructionPass construction() {
        return construction;
    }

    /**
     * Keeps every replica whose earlier host still takes it at its turn. Kept replicas are not scored here: the
     * construction pass states the objective of the whole placement, kept replicas included, once it is complete.
     *
     * @param earlierHosts per replica of {@link #replicas()}, the host an earlier run gave it, or -1
     */
    public void keep(int[] earlierHosts, BooleanSupplier cancelled) {
        if (earlierHosts.length != state.replicas().size()) {
            throw new IllegalArgumentException(earlierHosts.length + " earlier hosts for "
                    + state.replicas().size() + " replicas");
        }
        int[] wanted = new int[earlierHosts.length];
        BitSet kept = new BitSet();
        int[] order = construction.order();
        for (int n = 0; n < order.length; n++) {
            if ((n & 255) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("placement cancelled");
            }
            int index = order[n];
            Replica replica = state.replica(index);
            int host = replica.host() >= 0 ? replica.host() : earlierHosts[index];
            wanted[index] = host;
            if (host < 0 || !search.admits(replica, host, GroupScope.union(GroupScope.tiers(problem, replica)))) {
                continue;
            }
            boolean wasEmpty = state.isEmpty(host);
            state.place(index, host);
            kept.set(index);
            if (wasEmpty) {
                members.becameUsed(host);
            } else {
                members.loadChanged(host);
            }
        }
        construction.preferEarlierHosts(wanted);
        search.scoring().noteKept(kept);
    }
}
