package dev.traverse.engine.placement.bound;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.nio.LongBuffer;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of the objective bound that scorers charging for opening a host add up to ({@code cost} for
 * {@code when-used} nodes, {@code consolidation} for any host): which hosts any placement of the placed replicas
 * must use, priced at the sum of the charges. Groups that no class of replicas links (by being allowed in both) form
 * components, each bounded on its own by the best of:
 * <ul>
 *   <li>the hosts replicas need: a pinned replica's host, the one member of a replica's only group, as many members
 *       of a group as the replicas that may use it alone fill (rounded up, in the fullest resource), and as many
 *       hosts as a workload keeping its replicas apart (required anti-affinity to itself) has replicas, or as
 *       replicas each asking more than half of a member's resource, for such sets on groups apart from each other;
 *       then every other replica at its cheapest share of a host (its request over a member's capacity in one
 *       resource per group, free in a group already counted);</li>
 *   <li>the forced hosts only, then every other replica at its cheapest share;</li>
 *   <li>one host of the component's cheapest group.</li>
 * </ul>
 * The share is the covering relaxation: a group's members in use hold at least its load, in every resource.
 */
final class OpeningBound {

    private final PlacedReplicas placed;
    private final Problem problem;
    /** Per charging scorer, then their sum last: per group, what opening a member costs in the objective. */
    private final double[][] charges;
    private final int[] component;
    /** Per group, hosts some replica must use there: pinned, or the only member of its only group. */
    private final int[] forced;
    /** Per group, how many members it must use: the forced ones, or those its single-group replicas fill. */
    private final long[] required;
    /** Per group, the resource a replica's share of a member is measured in. */
    private final int[] shareDimension;
    /** Workloads keeping their replicas apart: the groups they may use and how many hosts they need. */
    private final List<Apart> apart = new ArrayList<>();

    private record Apart(BitSet groups, int hosts) {
    }

    private OpeningBound(PlacedReplicas placed, double[][] charges) {
        this.placed = placed;
        this.problem = placed.problem();
        int groups = problem.groups().size();
        this.charges = Arrays.copyOf(charges, charges.length + 1);
        this.charges[charges.length] = new double[groups];
        for (double[] charge : charges) {
            for (int g = 0; g < groups; g++) {
                this.charges[charges.length][g] += charge[g];
            }
        }
        this.forced = new int[groups];
        this.required = new long[groups];
        this.shareDimension = new int[groups];
        countRequired();
        findApart();
        findLarge();
        this.component = components();
        chooseShareDimensions();
    }

    /**
     * The bound for the opening charges of several scorers, or 0 when there are none. Each component counts the
     * better of the bound on their summed charges and the sum of the bounds on each scorer's: the best case of
     * each differs (one host of the cheapest group, or shares of many).
     *
     * @param charges per charging scorer, per group, what opening one of its members costs in the objective
     *                (already weighted); never negative
     */
    static double of(PlacedReplicas placed, List<double[]> charges) {
        if (charges.isEmpty()) {
            return 0;
        }
        OpeningBound bound = new OpeningBound(placed, charges.toArray(double[][]::new));
        double[][] perComponent = bound.perComponent();
        int together = charges.size();
        double total = 0;
        for (int root = 0; root < perComponent[together].length; root++) {
            double apart = 0;
            for (int s = 0; s < together; s++) {
                apart += perComponent[s][root];
            }
            total += Math.max(perComponent[together][root], apart);
        }
        return total;
    }

    /** Per charge vector, per component (by its representative group), the bound on what its hosts cost. */
    private double[][] perComponent() {
        int groups = problem.groups().size();
        int vectors = charges.length;
        double[][] needed = new double[vectors][groups];
        double[][] forcedOnly = new double[vectors][groups];
        double[][] cheapest = new double[vectors][groups];
        for (double[] c : cheapest) {
            Arrays.fill(c, Double.POSITIVE_INFINITY);
        }
        for (int g = 0; g < groups; g++) {
            int root = component[g];
            for (int v = 0; root >= 0 && v < vectors; v++) {
                needed[v][root] += charges[v][g] * required[g];
                forcedOnly[v][root] += charges[v][g] * forced[g];
                cheapest[v][root] = Math.min(cheapest[v][root], charges[v][g]);
            }
        }
        BitSet counted = new BitSet(groups);
        BitSet forcedGroups = new BitSet(groups);
        for (int g = 0; g < groups; g++) {
            counted.set(g, required[g] > 0);
            forcedGroups.set(g, forced[g] > 0);
        }
        addHostsKeptApart(needed, counted);
        // Shares depend on the request and the set of groups only: many classes ask the same.
        Map<List<Object>, double[]> shares = new HashMap<>();
        for (ReplicaClass c : placed.classes()) {
            if (mustOpen(c) >= 0 || c.groups().isEmpty()) {
                continue;
            }
            int root = component[c.groups().nextSetBit(0)];
            long[] request = problem.demands().get(c.demand()).request();
            double[] share = shares.computeIfAbsent(List.of(c.places(), LongBuffer.wrap(request)),
                    k -> cheapestShares(request, c.groups()));
            if (!onlyGroup(c) && !c.groups().intersects(counted)) {
                for (int v = 0; v < vectors; v++) {
                    needed[v][root] += c.count() * share[v];
                }
            }
            if (!c.groups().intersects(forcedGroups)) {
                for (int v = 0; v < vectors; v++) {
                    forcedOnly[v][root] += c.count() * share[v];
                }
            }
        }
        double[][] out = new double[vectors][groups];
        for (int v = 0; v < vectors; v++) {
            for (int g = 0; g < groups; g++) {
                if (component[g] == g) {
                    out[v][g] = Math.max(Math.max(needed[v][g], forcedOnly[v][g]), cheapest[v][g]);
                }
            }
        }
        return out;
    }

    /**
     * Adds, per component, the hosts workloads keeping replicas apart need beyond the groups' required ones, at the
     * cheapest members left: for workloads on groups apart from each other, largest first (by the summed charges),
     * so no host counts twice. Their groups count as paid for from then on.
     */
    private void addHostsKeptApart(double[][] needed, BitSet counted) {
        int together = charges.length - 1;
        List<double[]> extras = new ArrayList<>();
        for (int i = 0; i < apart.size(); i++) {
            extras.add(new double[] {extraHosts(apart.get(i), charges[together]), i});
        }
        extras.sort((a, b) -> Double.compare(b[0], a[0]));
        BitSet taken = new BitSet();
        for (double[] extra : extras) {
            Apart a = apart.get((int) extra[1]);
            if (extra[0] > 0 && !taken.intersects(a.groups())) {
                taken.or(a.groups());
                counted.or(a.groups());
                int root = component[a.groups().nextSetBit(0)];
                for (int v = 0; v < charges.length; v++) {
                    needed[v][root] += extraHosts(a, charges[v]);
                }
            }
        }
    }

    /** What the hosts a workload keeping replicas apart needs beyond its groups' required ones cost at least. */
    private double extraHosts(Apart a, double[] charge) {
        long missing = a.hosts();
        int[] groups = a.groups().stream().toArray();
        double[] groupCharges = new double[groups.length];
        for (int i = 0; i < groups.length; i++) {
            missing -= required[groups[i]];
            groupCharges[i] = charge[groups[i]];
        }
        CheapestFirst byCharge = new CheapestFirst(groupCharges);
        double cost = 0;
        while (missing > 0) {
            int i = byCharge.next();
            if (i < 0) {
                break;
            }
            int g = groups[i];
            long take = Math.min(missing, problem.groups().get(g).size() - required[g]);
            cost += take * charge[g];
            missing -= take;
        }
        return cost;
    }

    /** Per charge vector, the least a replica's share of a host costs among its groups. */
    private double[] cheapestShares(long[] request, BitSet groups) {
        double[] out = new double[charges.length];
        Arrays.fill(out, Double.POSITIVE_INFINITY);
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            int k = shareDimension[g];
            double fraction = (double) request[k] / problem.groups().get(g).capacity()[k];
            for (int v = 0; v < out.length; v++) {
                out[v] = Math.min(out[v], charges[v][g] * fraction);
            }
        }
        return out;
    }

    /** The host a class's replicas must use, or -1. */
    private int mustOpen(ReplicaClass c) {
        if (c.isPinned()) {
            return c.host();
        }
        if (onlyGroup(c)) {
            HostGroup g = problem.groups().get(c.groups().nextSetBit(0));
            return g.size() == 1 ? g.firstHost() : -1;
        }
        return -1;
    }

    private static boolean onlyGroup(ReplicaClass c) {
        return c.groups().cardinality() == 1;
    }

    private void countRequired() {
        int dims = problem.dimensions().size();
        long[][] load = new long[problem.groups().size()][];
        BitSet forcedHosts = new BitSet(problem.hostCount());
        for (ReplicaClass c : placed.classes()) {
            int host = mustOpen(c);
            if (host >= 0 && !forcedHosts.get(host)) {
                forcedHosts.set(host);
                forced[problem.hostGroup()[host]]++;
            }
            if (c.isPinned() || onlyGroup(c)) {
                int g = c.isPinned() ? problem.hostGroup()[c.host()] : c.groups().nextSetBit(0);
                if (load[g] == null) {
                    load[g] = new long[dims];
                }
                long[] request = problem.demands().get(c.demand()).request();
                for (int k = 0; k < dims; k++) {
                    load[g][k] += c.count() * request[k];
                }
            }
        }
        for (int g = 0; g < load.length; g++) {
            required[g] = forced[g];
            if (load[g] != null) {
                long[] capacity = problem.groups().get(g).capacity();
                for (int k = 0; k < dims; k++) {
                    if (capacity[k] > 0) {
                        required[g] = Math.max(required[g], ceilDiv(load[g][k], capacity[k]));
                    }
                }
            }
        }
    }

    /** Workloads with a required anti-affinity to themselves: their replicas are on different hosts. */
    private void findApart() {
        for (Demand d : problem.demands()) {
            if (placed.count(d.index()) > 1 && keepsApart(d.workload())) {
                BitSet groups = new BitSet();
                placed.ofDemand(d.index()).forEach(c -> groups.or(c.groups()));
                if (!groups.isEmpty()) {
                    apart.add(new Apart(groups, placed.count(d.index())));
                }
            }
        }
    }

    /**
     * Replicas asking more than half of a member's resource, in the same resource, on every group they may use: no
     * two share a host, whatever their workloads, so each such set needs as many hosts as it has replicas. Sets are
     * merged where their groups meet, so the hosts of one cannot count for another.
     */
    private void findLarge() {
        for (int k = 0; k < problem.dimensions().size(); k++) {
            List<Apart> sets = new ArrayList<>();
            for (ReplicaClass c : placed.classes()) {
                if (c.isPinned() || c.groups().isEmpty() || !largeEverywhere(c, k)) {
                    continue;
                }
                BitSet groups = (BitSet) c.groups().clone();
                int hosts = c.count();
                for (int i = sets.size() - 1; i >= 0; i--) {
                    if (sets.get(i).groups().intersects(groups)) {
                        groups.or(sets.get(i).groups());
                        hosts += sets.get(i).hosts();
                        sets.remove(i);
                    }
                }
                sets.add(new Apart(groups, hosts));
            }
            sets.stream().filter(a -> a.hosts() > 1).forEach(apart::add);
        }
    }

    /** Whether a replica of the class asks more than half of resource {@code k} of a member of each of its groups. */
    private boolean largeEverywhere(ReplicaClass c, int k) {
        long request = problem.demands().get(c.demand()).request()[k];
        for (int g = c.groups().nextSetBit(0); g >= 0; g = c.groups().nextSetBit(g + 1)) {
            if (2 * request <= problem.groups().get(g).capacity()[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean keepsApart(Workload w) {
        for (AffinityTerm t : w.antiAffinity()) {
            if (t.isRequired() && w.name().equals(t.workload())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Any resource gives a valid share; the one the replicas that may use a group fill the most of its capacity in
     * gives the strongest.
     */
    private void chooseShareDimensions() {
        int dims = problem.dimensions().size();
        // What the classes ask for, per distinct set of groups first: sets are far fewer than classes.
        double[][] perSet = new double[placed.groupSets().size()][dims];
        for (ReplicaClass c : placed.classes()) {
            long[] request = problem.demands().get(c.demand()).request();
            for (int k = 0; k < dims; k++) {
                perSet[c.places()][k] += (double) c.count() * request[k];
            }
        }
        double[][] wanted = new double[problem.groups().size()][dims];
        for (int i = 0; i < perSet.length; i++) {
            BitSet set = placed.groupSets().get(i);
            for (int g = set.nextSetBit(0); g >= 0; g = set.nextSetBit(g + 1)) {
                for (int k = 0; k < dims; k++) {
                    wanted[g][k] += perSet[i][k];
                }
            }
        }
        for (HostGroup group : problem.groups()) {
            int g = group.index();
            double fullest = -1;
            for (int k = 0; k < dims; k++) {
                if (group.capacity()[k] > 0 && wanted[g][k] / group.capacity()[k] > fullest) {
                    fullest = wanted[g][k] / group.capacity()[k];
                    shareDimension[g] = k;
                }
            }
        }
    }

    /**
     * Groups joined by a class, or a workload keeping replicas apart, allowed in both, as the index of a
     * representative group; -1 for groups no placed replica may use.
     */
    private int[] components() {
        int[] parent = new int[problem.groups().size()];
        Arrays.fill(parent, -1);
        List<BitSet> links = new ArrayList<>(placed.groupSets());
        apart.forEach(a -> links.add(a.groups()));
        for (BitSet set : links) {
            int first = set.nextSetBit(0);
            for (int g = first; g >= 0; g = set.nextSetBit(g + 1)) {
                if (parent[g] < 0) {
                    parent[g] = g;
                }
                GroupComponents.union(parent, first, g);
            }
        }
        for (int g = 0; g < parent.length; g++) {
            if (parent[g] >= 0) {
                parent[g] = GroupComponents.find(parent, g);
            }
        }
        return parent;
    }


    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
