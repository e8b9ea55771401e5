package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.HostFilter.Reads;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Replica;

/**
 * Whether a replica may go to a host without breaking a hard rule: every rule the construction obeyed (the host's
 * group passed the group filters, lies within the replica's site or cluster and in its fallback tier or a better
 * one, and every host filter admits it) and what its departure must keep ({@link DepartureRules},
 * {@link AggregatedClusters}). Pinned replicas and firmware bound to one device never move.
 */
final class MoveRules {

    private final PlacementState state;
    private final RunRules rules;
    private final ReplicaReach reach;
    private final DepartureRules departure;
    private final AggregatedClusters aggregated;

    MoveRules(RunRules rules, ReplicaReach reach, DepartureRules departure, AggregatedClusters aggregated) {
        this.state = rules.state();
        this.rules = rules;
        this.reach = reach;
        this.departure = departure;
        this.aggregated = aggregated;
    }

    /** False for replicas bound to one host: pinned ones and firmware for one device. */
    boolean movable(int replica) {
        return state.replica(replica).host() < 0;
    }

    /**
     * Called once the replica is off {@code from}: the keys whose domain it must keep, to pass to {@link #admits}.
     */
    int domainsToKeep(int replica, int from) {
        return departure.domainsToKeep(replica, from);
    }

    /**
     * Whether the replica, which is not placed now, may go to the host.
     *
     * @param from    the host it left, or {@link PlacementState#UNPLACED} when it was never placed
     * @param maxTier the worst fallback tier it may use: the tier it came from, for a move
     * @param keep    what {@link #domainsToKeep} said when it left; 0 when it was never placed
     */
    boolean admits(int replica, int from, int to, int maxTier, int keep) {
        if (to == from) {
            return false;
        }
        Replica r = state.replica(replica);
        // Room first: the cheapest test, and the one most hosts fail.
        if (state.shortDimension(to, state.demandOf(r).request()) >= 0) {
            return false;
        }
        return admitsOtherwise(replica, from, to, maxTier, keep, false);
    }

    /**
     * Whether the replica may go to the host once the host has room for it: every rule of {@link #admits} but room.
     * For making room on a host by moving others off it, which is worth trying only where room is all it lacks.
     */
    boolean admitsWithRoom(int replica, int from, int to, int maxTier, int keep) {
        return admitsOtherwise(replica, from, to, maxTier, keep, true);
    }

    /** Every rule of {@link #admits} but the room test, and but the filters that judge room when told to. */
    private boolean admitsOtherwise(int replica, int from, int to, int maxTier, int keep, boolean ignoringRoom) {
        if (to == from) {
            return false;
        }
        Replica r = state.replica(replica);
        if (r.host() >= 0 && r.host() != to) {
            return false;
        }
        int tier = reach.tierOf(replica, to);
        if (tier < 0 || tier > maxTier) {
            return false;
        }
        if ((keep != 0 && !departure.keeps(keep, from, to)) || !aggregated.allows(replica, from, to)) {
            return false;
        }
        for (HostFilter filter : rules.filters(r.demand())) {
            if (!filter.admits(state, r, to) && !(ignoringRoom && filter.reads(state, r.demand()) == Reads.ROOM)) {
                return false;
            }
        }
        return true;
    }

    /** The fallback tier of the host the replica is on. */
    int tierOf(int replica, int host) {
        return reach.tierOf(replica, host);
    }
}
