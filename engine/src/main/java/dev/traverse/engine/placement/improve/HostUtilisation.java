package dev.traverse.engine.placement.improve;

import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.Arrays;

/**
 * The utilisation part of the canonical objective ({@link ScoreParts#utilisationFactors}) host by host. Replayed in
 * replica order, each replica on a host adds its factor times the host's dominant utilisation once it is there: the
 * largest, over the resources the host has, of what it and the replicas before it on the host request, over the
 * capacity. So a host's share depends only on its own replicas, in replica order, and a move changes the shares of the
 * hosts it leaves and joins alone: reading their replicas' requests costs far less than scoring every later replica
 * on them again, which touches their workloads' counts all over memory. Keeps each host's replicas in replica order,
 * with their demands beside them, and each host's share until the host changes; told of every change by
 * {@link Journal}. Most changes the search tries are taken back, so the last two shares a host had are kept with the
 * replicas they were for, and a host that holds those replicas again gets its share back without working it out.
 * One search's thread.
 */
final class HostUtilisation implements PlacementListener {

    private static final int[] NONE = {};

    private final int dims;
    private final int[] hostGroup;
    /** 1/capacity per group and dimension ({@code group * dims + dimension}), 0 where the group has none. */
    private final double[] inverse;
    /** Each demand's request, {@code demand * dims + dimension}, and each replica's demand. */
    private final long[] request;
    private final int[] demandOf;
    private final double[] factor;
    /** Per host, its replicas in ascending order and their demands, {@code count[host]} of each. */
    private final int[][] replicas;
    private final int[][] demands;
    private final int[] count;
    /** Per host, its share as last worked out, valid while {@code known[host]}. */
    private final double[] share;
    private final boolean[] known;
    /**
     * Per host, the last two shares it had when it changed ({@code 2 * host + slot}), with the replicas they were for
     * (a count of -1 when the slot holds none), and the slot the next one goes to.
     */
    private final double[] savedShare;
    private final int[][] savedReplicas;
    private final int[] savedCount;
    private final boolean[] nextSlot;
    private final long[] used;

    HostUtilisation(PlacementState state, double[] factors) {
        Problem problem = state.problem();
        this.dims = problem.dimensions().size();
        this.hostGroup = problem.hostGroup();
        this.factor = factors.clone();
        this.used = new long[dims];
        inverse = new double[problem.groups().size() * dims];
        for (int g = 0; g < problem.groups().size(); g++) {
            HostGroup group = problem.groups().get(g);
            long[] capacity = group.capacity();
            for (int i = 0; i < dims; i++) {
                inverse[g * dims + i] = capacity[i] > 0 ? 1.0 / capacity[i] : 0;
            }
        }
        request = new long[problem.demands().size() * dims];
        for (int d = 0; d < problem.demands().size(); d++) {
            System.arraycopy(problem.demands().get(d).request(), 0, request, d * dims, dims);
        }
        demandOf = new int[state.replicas().size()];
        for (int r = 0; r < demandOf.length; r++) {
            demandOf[r] = state.replica(r).demand();
        }
        int hosts = problem.hostCount();
        replicas = new int[hosts][];
        demands = new int[hosts][];
        Arrays.fill(replicas, NONE);
        Arrays.fill(demands, NONE);
        count = new int[hosts];
        share = new double[hosts];
        known = new boolean[hosts];
        savedShare = new double[2 * hosts];
        savedReplicas = new int[2 * hosts][];
        Arrays.fill(savedReplicas, NONE);
        savedCount = new int[2 * hosts];
        Arrays.fill(savedCount, -1);
        nextSlot = new boolean[hosts];
        for (int r = 0; r < demandOf.length; r++) {
            int host = state.hostOf(r);
            if (host != PlacementState.UNPLACED) {
                added(r, host);
            }
        }
    }

    /** Whether any demand has a utilisation part at all; when none has, every host's share is 0. */
    boolean weighs() {
        for (double f : factor) {
            if (f != 0) {
                return true;
            }
        }
        return false;
    }

    /** The host's share of the utilisation part, for the replicas it holds now, added up in replica order. */
    double of(int host) {
        if (known[host]) {
            return share[host];
        }
        int n = count[host];
        for (int slot = 2 * host; slot < 2 * host + 2; slot++) {
            if (savedCount[slot] == n && Arrays.equals(savedReplicas[slot], 0, n, replicas[host], 0, n)) {
                share[host] = savedShare[slot];
                known[host] = true;
                return share[host];
            }
        }
        int[] onHost = demands[host];
        Arrays.fill(used, 0);
        int capacity = hostGroup[host] * dims;
        double total = 0;
        for (int k = 0; k < n; k++) {
            int demand = onHost[k];
            int base = demand * dims;
            for (int i = 0; i < dims; i++) {
                used[i] += request[base + i];
            }
            if (factor[demand] != 0) {
                double dominant = 0;
                for (int i = 0; i < dims; i++) {
                    double inv = inverse[capacity + i];
                    if (inv > 0) {
                        dominant = Math.max(dominant, used[i] * inv);
                    }
                }
                total += factor[demand] * dominant;
            }
        }
        share[host] = total;
        known[host] = true;
        return total;
    }

    @Override
    public void added(int replica, int host) {
        changing(host);
        int n = count[host];
        if (n == replicas[host].length) {
            replicas[host] = Arrays.copyOf(replicas[host], Math.max(4, n * 2));
            demands[host] = Arrays.copyOf(demands[host], Math.max(4, n * 2));
        }
        int[] list = replicas[host];
        int at = n;
        while (at > 0 && list[at - 1] > replica) {
            at--;
        }
        System.arraycopy(list, at, list, at + 1, n - at);
        System.arraycopy(demands[host], at, demands[host], at + 1, n - at);
        list[at] = replica;
        demands[host][at] = demandOf[replica];
        count[host] = n + 1;
        known[host] = false;
    }

    @Override
    public void removed(int replica, int host) {
        changing(host);
        int n = count[host];
        int[] list = replicas[host];
        int at = n - 1;
        while (list[at] != replica) {
            at--;
        }
        System.arraycopy(list, at + 1, list, at, n - at - 1);
        System.arraycopy(demands[host], at + 1, demands[host], at, n - at - 1);
        count[host] = n - 1;
        known[host] = false;
    }

    /** Before the host's replicas change: keeps the share it has now, if known, with the replicas it is for. */
    private void changing(int host) {
        if (!known[host]) {
            return;
        }
        int slot = 2 * host + (nextSlot[host] ? 1 : 0);
        nextSlot[host] = !nextSlot[host];
        int n = count[host];
        if (savedReplicas[slot].length < n) {
            savedReplicas[slot] = new int[Math.max(4, replicas[host].length)];
        }
        System.arraycopy(replicas[host], 0, savedReplicas[slot], 0, n);
        savedCount[slot] = n;
        savedShare[slot] = share[host];
    }
}
