package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Places replicas the construction could not. A try either searches the whole reach of one, tier after tier, or
 * tries it on one host of its best tier drawn at random, moving replicas off that host to other hosts when it lacks
 * room. Placing one more replica always counts as better, whatever it does to the objective.
 */
final class Admission implements Neighbourhood {

    /** Hosts that admit a replica moved to make room, and hosts looked at, before the best of them is taken. */
    private static final int WANTED = 4;
    private static final int SCAN_LIMIT = 64;
    /** How rarely a try searches the replica's whole reach rather than one host: it costs as much as hundreds. */
    private static final int SEARCH_WHOLE_REACH_ONE_IN = 8;

    private final PlacementState state;
    private final Journal journal;
    private final MoveRules rules;
    private final Targets targets;
    private final ReplicaReach reach;
    private final Occupancy occupancy;
    private final Relocation relocation;
    /** The replicas still unplaced that some host might take. */
    private final List<Integer> waiting = new ArrayList<>();

    Admission(PlacementState state, Journal journal, MoveRules rules, Targets targets, ReplicaReach reach,
              Occupancy occupancy, Relocation relocation) {
        this.state = state;
        this.journal = journal;
        this.rules = rules;
        this.targets = targets;
        this.reach = reach;
        this.occupancy = occupancy;
        this.relocation = relocation;
        for (int r = 0; r < state.replicas().size(); r++) {
            if (state.hostOf(r) == PlacementState.UNPLACED) {
                waiting.add(r);
            }
        }
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    /**
     * Searches every tier of each waiting replica's reach, best tier first, and places those that fit; replicas of
     * one workload and scope that found nothing are not searched for again. Returns what that did to the objective.
     *
     * @param clock counts each replica searched as a step and may end the search early; null to search for every
     *              replica, as the pass does once its time is up
     */
    double placeWherePossible(Budget.Clock clock) {
        double delta = 0;
        Set<ReplicaReach.Reach> full = new HashSet<>();
        for (int i = 0; i < waiting.size() && (clock == null || clock.allowsStep()); i++) {
            int replica = waiting.get(i);
            ReplicaReach.Reach r = reach.of(replica);
            boolean boundToHost = state.replica(replica).host() >= 0;
            if (!boundToHost && full.contains(r)) {
                continue;
            }
            if (clock != null) {
                clock.stepped();
            }
            int host = bestHost(replica);
            if (host < 0) {
                if (!boundToHost) {
                    full.add(r);
                }
                continue;
            }
            delta += relocation.move(replica, host);
            waiting.remove(i--);
        }
        return delta;
    }

    /** The best host of the replica's best tier that has one, or -1. */
    private int bestHost(int replica) {
        ReplicaReach.Reach r = reach.of(replica);
        int host = -1;
        for (int tier = 0; tier < r.tiers() && host < 0; tier++) {
            host = targets.bestInTier(replica, tier);
        }
        return host;
    }

    @Override
    public double tryOne(SplittableRandom random) {
        if (waiting.isEmpty()) {
            return Double.NaN;
        }
        int slot = random.nextInt(waiting.size());
        int replica = waiting.get(slot);
        int tier = reach.of(replica).firstTier();
        if (tier < 0) {
            waiting.remove(slot); // no group could ever take it
            return Double.NaN;
        }
        if (random.nextInt(SEARCH_WHOLE_REACH_ONE_IN) == 0) {
            int host = bestHost(replica);
            if (host < 0) {
                return Double.NaN;
            }
            waiting.remove(slot);
            return relocation.move(replica, host);
        }
        int pinned = state.replica(replica).host();
        int host = pinned >= 0 ? pinned : targets.random(replica, tier, random);
        if (host < 0) {
            return Double.NaN;
        }
        int mark = journal.mark();
        double delta = makeRoom(replica, host, random);
        if (Double.isNaN(delta) || !rules.admits(replica, PlacementState.UNPLACED, host, tier, 0)) {
            journal.undoTo(mark);
            return Double.NaN;
        }
        waiting.remove(slot);
        return delta + relocation.move(replica, host);
    }

    /**
     * Moves replicas off the host, in random order, until the replica's request fits; returns what that did to the
     * objective, or NaN when it does not fit even so (the caller takes the moves back).
     */
    private double makeRoom(int replica, int host, SplittableRandom random) {
        long[] request = state.demandOf(state.replica(replica)).request();
        double delta = 0;
        if (state.shortDimension(host, request) < 0) {
            return delta;
        }
        int[] onHost = occupancy.replicasOnCopy(host);
        for (int i = onHost.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = onHost[i];
            onHost[i] = onHost[j];
            onHost[j] = t;
        }
        for (int other : onHost) {
            if (!rules.movable(other)) {
                continue;
            }
            int tier = rules.tierOf(other, host);
            int mark = journal.mark();
            journal.lift(other);
            int keep = rules.domainsToKeep(other, host);
            int to = targets.best(other, host, tier, keep, host, false, WANTED, SCAN_LIMIT, random);
            journal.undoTo(mark);
            if (to < 0) {
                continue;
            }
            delta += relocation.move(other, to);
            if (state.shortDimension(host, request) < 0) {
                return delta;
            }
        }
        return Double.NaN;
    }
}
