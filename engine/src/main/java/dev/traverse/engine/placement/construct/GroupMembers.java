package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.Arrays;

/**
 * Per host group, the members that hold something, least loaded first, and the first empty one. Empty members of a
 * group are interchangeable, so a search looks at one of them and at the used ones (unless a host filter tells them
 * apart; see {@link CandidateSearch}). Used members of a group differ mostly in their load, so a search that reads
 * them least loaded first finds the best ones among the first few that pass.
 */
final class GroupMembers {

    private final Problem problem;
    private final PlacementState state;
    private final int[][] used;
    private final int[] usedCount;
    private final int[] nextEmpty;
    /** Per group, an upper bound of the free capacity of any used member, per dimension. */
    private final long[][] maxFreeUsed;
    /** Per host, its dominant load: the largest share of any resource it has that is in use. */
    private final double[] load;
    /** Per used host, its position in its group's {@code used} array. */
    private final int[] position;

    GroupMembers(Problem problem, PlacementState state) {
        this.problem = problem;
        this.state = state;
        int groups = problem.groups().size();
        used = new int[groups][];
        usedCount = new int[groups];
        nextEmpty = new int[groups];
        maxFreeUsed = new long[groups][problem.dimensions().size()];
        load = new double[problem.hostCount()];
        position = new int[problem.hostCount()];
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
        position[host] = usedCount[group];
        used[group][usedCount[group]++] = host;
        loadChanged(host);
    }

    /** Call after placing on or removing from a used host: keeps its group's used members ordered by load. */
    void loadChanged(int host) {
        int group = problem.hostGroup()[host];
        int[] members = used[group];
        double now = dominantLoad(host);
        load[host] = now;
        int at = position[host];
        // One replica moves a host a short way along the order: shift its neighbours rather than re-sort.
        while (at > 0 && (load[members[at - 1]] > now || load[members[at - 1]] == now && members[at - 1] > host)) {
            members[at] = members[at - 1];
            position[members[at]] = at;
            at--;
        }
        int last = usedCount[group] - 1;
        while (at < last && (load[members[at + 1]] < now || load[members[at + 1]] == now && members[at + 1] < host)) {
            members[at] = members[at + 1];
            position[members[at]] = at;
            at++;
        }
        members[at] = host;
        position[host] = at;
    }

    private double dominantLoad(int host) {
        long[] capacity = problem.groupOf(host).capacity();
        double dominant = 0;
        for (int d = 0; d < capacity.length; d++) {
            if (capacity[d] > 0) {
                dominant = Math.max(dominant, (double) state.used(host, d) / capacity[d]);
            }
        }
        return dominant;
    }
}
