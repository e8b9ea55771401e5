package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import java.util.SplittableRandom;

/**
 * Moves every replica off a lightly used host onto hosts already in use. With {@code when-used} billing a single move
 * gains nothing until the last replica leaves, so the host is emptied in one change: all its replicas find room
 * elsewhere or none moves.
 */
final class HostEmptying implements Neighbourhood {

    /** Used hosts drawn; the one holding the fewest replicas is emptied. */
    private static final int DRAWN_HOSTS = 3;
    /** Draws before giving up when most used hosts hold a replica bound to them. */
    private static final int DRAWS = 12;
    /** Hosts a replica leaving is tried on (those that admit it, and all looked at). */
    private static final int WANTED = 4;
    private static final int SCAN_LIMIT = 64;

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
        int mark = journal.mark();
        int[] hosts = new int[leaving.length];
        for (int i = 0; i < leaving.length; i++) {
            int replica = leaving[i];
            int tier = rules.tierOf(replica, host);
            journal.lift(replica);
            int keep = rules.domainsToKeep(replica, host);
            hosts[i] = targets.best(replica, host, tier, keep, host, true, WANTED, SCAN_LIMIT, random);
            if (hosts[i] < 0) {
                journal.undoTo(mark);
                return Double.NaN;
            }
            journal.drop(replica, hosts[i]);
        }
        journal.undoTo(mark);
        double delta = 0;
        for (int i = 0; i < leaving.length; i++) {
            delta += relocation.move(leaving[i], hosts[i]);
        }
        return delta;
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
