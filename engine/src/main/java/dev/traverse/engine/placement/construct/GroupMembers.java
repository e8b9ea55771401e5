package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.Arrays;

/**
 * Per host group, the members that hold something (in the order they were first used) and the first empty one. Empty
 * members of a group are interchangeable, so a search looks at one of them and at the used ones (unless a host filter
 * tells them apart; see {@link CandidateSearch}).
 */
final class GroupMembers {

    private final Problem problem;
    private final PlacementState state;
    private final int[][] used;
    private final int[] usedCount;
    private final int[] nextEmpty;
    /** Per group, an upper bound of the free capacity of any used member, per dimension. */
    private final long[][] maxFreeUsed;

    GroupMembers(Problem problem, PlacementState state) {
        this.problem = problem;
        this.state = state;
        int groups = problem.groups().size();
        used = new int[groups][];
        usedCount = new int[groups];
        nextEmpty = new int[groups];
        maxFreeUsed = new long[groups][problem.dimensions().size()];
        for (HostGroup g : problem.groups()) {
            used[g.index()] = new int[Math.min(g.size(), 4)];
            nextEmpty[g.index()] = g.firstHost();
        }
    }

    int usedCount(int group) {
        return usedCount[group];
    }

    int used(int group, int i) {
        return used[group][i];
    }

    /** The lowest-numbered empty member, or -1 when every member holds something. */
    int firstEmpty(int group) {
        HostGroup g = problem.groups().get(group);
        int h = nextEmpty[group];
        while (h < g.lastHostExclusive() && !state.isEmpty(h)) {
            h++;
        }
        nextEmpty[group] = h;
        return h < g.lastHostExclusive() ? h : -1;
    }

    /** False when no used member of the group can have room for the request, so the search skips them. */
    boolean usedMayFit(int group, long[] request) {
        long[] bound = maxFreeUsed[group];
        for (int i = 0; i < request.length; i++) {
            if (request[i] > bound[i]) {
                return false;
            }
        }
        return true;
    }

    /** After a scan of every used member: the exact largest free capacity among them. */
    void tightenMaxFree(int group) {
        long[] bound = maxFreeUsed[group];
        java.util.Arrays.fill(bound, 0);
        for (int i = 0; i < usedCount[group]; i++) {
            widen(bound, used[group][i]);
        }
    }

    private void widen(long[] bound, int host) {
        for (int d = 0; d < bound.length; d++) {
            bound[d] = Math.max(bound[d], state.free(host, d));
        }
    }

    /**
     * Reads the state afresh, after replicas were moved or taken off hosts: the notes kept as replicas are only
     * added (used members, the next empty one, the bound on free room) would otherwise hide hosts that have room.
     */
    void reread() {
        for (HostGroup g : problem.groups()) {
            usedCount[g.index()] = 0;
            nextEmpty[g.index()] = g.firstHost();
            Arrays.fill(maxFreeUsed[g.index()], 0);
            for (int h = g.firstHost(); h < g.lastHostExclusive(); h++) {
                if (!state.isEmpty(h)) {
                    becameUsed(h);
                }
            }
        }
    }

    /** Call after placing on a host that was empty before. */
    void becameUsed(int host) {
        int group = problem.hostGroup()[host];
        widen(maxFreeUsed[group], host);
        if (usedCount[group] == used[group].length) {
            used[group] = Arrays.copyOf(used[group], used[group].length * 2);
        }
        used[group][usedCount[group]++] = host;
    }
}
