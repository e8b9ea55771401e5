package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Problem;
import java.util.Arrays;

/**
 * Which replicas each host holds, which members of each group are in use, and which hosts are in use at all: the
 * lists the neighbourhoods draw from, kept up to date by {@link Journal}. Removal swaps the last entry into the gap,
 * so every update is constant time; list order is therefore arbitrary (but deterministic).
 */
final class Occupancy implements PlacementListener {

    private static final int[] NONE = new int[0];

    private final Problem problem;
    private final int[][] onHost;
    private final int[] onHostCount;
    /** Each placed replica's position in its host's list. */
    private final int[] slotOnHost;
    private final int[][] usedMembers;
    private final int[] usedMemberCount;
    /** Each used host's position in its group's list of used members, and in the list of all used hosts. */
    private final int[] slotInGroup;
    private final int[] usedHosts;
    private final int[] slotInUsed;
    private int usedHostCount;

    Occupancy(PlacementState state) {
        this.problem = state.problem();
        int hosts = problem.hostCount();
        onHost = new int[hosts][];
        Arrays.fill(onHost, NONE);
        onHostCount = new int[hosts];
        slotOnHost = new int[state.replicas().size()];
        usedMembers = new int[problem.groups().size()][];
        Arrays.fill(usedMembers, NONE);
        usedMemberCount = new int[problem.groups().size()];
        slotInGroup = new int[hosts];
        usedHosts = new int[hosts];
        slotInUsed = new int[hosts];
        for (int r = 0; r < slotOnHost.length; r++) {
            int host = state.hostOf(r);
            if (host != PlacementState.UNPLACED) {
                added(r, host);
            }
        }
    }

    int replicasOn(int host) {
        return onHostCount[host];
    }

    /** The {@code i}th replica on the host, {@code 0 <= i < replicasOn(host)}. */
    int replicaOn(int host, int i) {
        return onHost[host][i];
    }

    /** The replicas on the host, as a copy that later moves do not change. */
    int[] replicasOnCopy(int host) {
        return Arrays.copyOf(onHost[host], onHostCount[host]);
    }

    int usedMembers(int group) {
        return usedMemberCount[group];
    }

    int usedMember(int group, int i) {
        return usedMembers[group][i];
    }

    int usedHostCount() {
        return usedHostCount;
    }

    int usedHost(int i) {
        return usedHosts[i];
    }

    @Override
    public void added(int replica, int host) {
        if (onHostCount[host] == 0) {
            becameUsed(host);
        }
        onHost[host] = append(onHost[host], onHostCount[host], replica);
        slotOnHost[replica] = onHostCount[host]++;
    }

    @Override
    public void removed(int replica, int host) {
        int slot = slotOnHost[replica];
        int last = onHost[host][--onHostCount[host]];
        onHost[host][slot] = last;
        slotOnHost[last] = slot;
        if (onHostCount[host] == 0) {
            becameEmpty(host);
        }
    }

    private void becameUsed(int host) {
        int group = problem.hostGroup()[host];
        usedMembers[group] = append(usedMembers[group], usedMemberCount[group], host);
        slotInGroup[host] = usedMemberCount[group]++;
        usedHosts[usedHostCount] = host;
        slotInUsed[host] = usedHostCount++;
    }

    private void becameEmpty(int host) {
        int group = problem.hostGroup()[host];
        int last = usedMembers[group][--usedMemberCount[group]];
        usedMembers[group][slotInGroup[host]] = last;
        slotInGroup[last] = slotInGroup[host];
        int lastUsed = usedHosts[--usedHostCount];
        usedHosts[slotInUsed[host]] = lastUsed;
        slotInUsed[lastUsed] = slotInUsed[host];
    }

    private static int[] append(int[] list, int size, int value) {
        int[] out = size < list.length ? list : Arrays.copyOf(list, Math.max(4, list.length * 2));
        out[size] = value;
        return out;
    }
}
