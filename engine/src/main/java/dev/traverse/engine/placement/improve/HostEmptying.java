package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import java.util.SplittableRandom;

/**
 * Moves every replica off a lightly used host onto hosts already in use. With {@code when-used} billing a single move
 * gains nothing until the last replica leaves, so the host is emptied in one change: all its replicas find room
 * elsewhere or none moves. A replica that finds no used host with room may make some by moving one replica of a used
 * host it may go to onto a third used host (an ejection chain of two links): where packing matters, used hosts are
 * mostly full, and most emptying failed for want of that.
 */
final class HostEmptying implements Neighbourhood {

    /** Used hosts drawn; the one holding the fewest replicas is emptied. */
    private static final int DRAWN_HOSTS = 3;
    /** Draws before giving up when most used hosts hold a replica bound to them. */
    private static final int DRAWS = 12;
    /** Hosts a replica leaving is tried on (those that admit it, and all looked at). */
    private static final int WANTED = 4;
    private static final int SCAN_LIMIT = 64;
    /** Used hosts tried for making room by ejecting one of their replicas, per replica that finds none with room. */
    private static final int EJECTION_TRIES = 1;
    /** Hosts an ejected replica is tried on (those that admit it, and all looked at). */
    private static final int EJECTED_WANTED = 2;
    private static final int EJECTED_SCAN_LIMIT = 16;

    private final PlacementState state;
    private final Journal journal;
    private final MoveRules rules;
    private final Targets targets;
    private final Occupancy occupancy;
    private final Relocation relocation;
    /**
     * Hosts holding a replica bound to them (pinned, or firmware for one device) when the search starts: such a
     * replica never moves, so the host can never be emptied, and drawing it wastes a try. On estates with many
     * devices most used hosts are such. A bound replica placed later is caught when its host is tried.
     */
    private final boolean[] holdsBound;

    HostEmptying(PlacementState state, Journal journal, MoveRules rules, Targets targets, Occupancy occupancy,
                 Relocation relocation) {
        this.state = state;
        this.journal = journal;
        this.rules = rules;
        this.targets = targets;
        this.occupancy = occupancy;
        this.relocation = relocation;
        this.holdsBound = new boolean[state.problem().hostCount()];
        for (int r = 0; r < state.replicas().size(); r++) {
            if (!rules.movable(r) && state.hostOf(r) != PlacementState.UNPLACED) {
                holdsBound[state.hostOf(r)] = true;
            }
        }
    }

    @Override
    public double tryOne(SplittableRandom random) {
        int host = lightlyUsedHost(random);
        if (host < 0) {
            return Double.NaN;
        }
        int[] leaving = occupancy.replicasOnCopy(host);
        for (int replica : leaving) {
            if (!rules.movable(replica)) {
                return Double.NaN;
            }
        }
        // Find a host for each first, moving plainly; only when all have one are the moves made and priced.
        MovePlan plan = new MovePlan(journal, rules, targets, relocation, 2 * leaving.length);
        for (int replica : leaving) {
            int tier = rules.tierOf(replica, host);
            journal.lift(replica);
            int keep = rules.domainsToKeep(replica, host);
            int to = targets.best(replica, host, tier, keep, host, true, WANTED, SCAN_LIMIT, random);
            if (to < 0) {
                to = eject(plan, replica, host, tier, keep, random);
                if (to < 0) {
                    return plan.abandon();
                }
            }
            plan.drop(replica, to);
        }
        return plan.make();
    }

    /**
     * Makes room for a leaving replica (off its host now) on a used host it may go to by moving one replica there to
     * a third used host: an ejection chain of two links, for when no used host has room as it is. Returns the host
     * it made room on, the ejection planned; -1 when no try found one.
     */
    private int eject(MovePlan plan, int replica, int emptied, int tier, int keep, SplittableRandom random) {
        for (int attempt = 0; attempt < EJECTION_TRIES; attempt++) {
            int on = targets.random(replica, tier, random);
            if (on < 0 || on == emptied || state.isEmpty(on)) {
                continue;
            }
            int ejected = occupancy.replicaOn(on, random.nextInt(occupancy.replicasOn(on)));
            if (rules.movable(ejected) && plan.ejectFor(replica, emptied, on, tier, keep, ejected, emptied, true,
                    EJECTED_WANTED, EJECTED_SCAN_LIMIT, random)) {
                return on;
            }
        }
        return -1;
    }

    private int lightlyUsedHost(SplittableRandom random) {
        int used = occupancy.usedHostCount();
        if (used < 2) {
            return -1;
        }
        int chosen = -1;
        for (int i = 0, drawn = 0; i < DRAWS && drawn < DRAWN_HOSTS; i++) {
            int host = occupancy.usedHost(random.nextInt(used));
            if (holdsBound[host]) {
                continue;
            }
            drawn++;
            if (chosen < 0 || state.replicasOn(host) < state.replicasOn(chosen)) {
                chosen = host;
            }
        }
        return chosen;
    }
}
