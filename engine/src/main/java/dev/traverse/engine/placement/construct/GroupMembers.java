package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.Arrays;

/**
 * Per host group, the members that hold something (in the order they were first used) and the first empty one. Empty
 * members of a group are interchangeable, so a search looks at one of them and at the used ones.
 */
final class GroupMembers {

    private final Problem problem;
    private final PlacementState state;
    private final int[][] used;
    private final int[] usedCount;
    private final int[] nextEmpty;

    GroupMembers(Problem problem, PlacementState state) {
        this.problem = problem;
        this.state = state;
        int groups = problem.groups().size();
        used = new int[groups][];
        usedCount = new int[groups];
        nextEmpty = new int[groups];
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

    /** Call after placing on a host that was empty before. */
    void becameUsed(int host) {
        int group = problem.hostGroup()[host];
        if (usedCount[group] == used[group].length) {
            used[group] = Arrays.copyOf(used[group], used[group].length * 2);
        }
        used[group][usedCount[group]++] = host;
    }
}
