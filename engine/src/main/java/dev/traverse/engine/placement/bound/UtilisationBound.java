package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * A lower bound on the sum, over the placed replicas, of their host's dominant utilisation once each is placed (what
 * the {@code balance} objective adds up), for every placement of them in every order.
 *
 * <p>A replica adds at least its own dominant share of the roomiest host it may use. Replicas sharing a host add
 * more: in one resource, a host's replicas add up the prefix sums of their requests over its capacity, at least as
 * much as with the smallest placed first, which is the integral over {@code s} of {@code m(m+1)/2} over capacity,
 * {@code m} being how many of them request more than {@code s}. For each {@code s}, spreading the replicas that
 * request more than {@code s} over the hosts they may use costs at least the cheapest {@code m} of the marginal
 * costs {@code t / capacity} (the {@code t}-th replica on a member). Since the sum only grows with more replicas on a
 * host, replicas may be split into pools bounded apart, each over the groups its replicas may use: replicas with
 * the same places (which keeps their restrictions exact), replicas held to one site, or replicas whose places lie
 * within the widest set of groups some class has (which counts replicas of overlapping classes together). The split
 * that gives most counts, and never less than the replicas' own shares.
 */
public final class UtilisationBound {

    private final PlacedReplicas placed;
    private final Problem problem;
    /** Per class, in the order of {@link PlacedReplicas#classes()}: its replicas' least own share, times their count. */
    private final double[] own;
    /** The bound of each pool of classes (by their indices, ascending) that some split has asked for. */
    private final Map<List<Integer>, Double> bounded = new HashMap<>();

    private UtilisationBound(PlacedReplicas placed) {
        this.placed = placed;
        this.problem = placed.problem();
        this.own = ownShares();
    }

    private double[] ownShares() {
        // Groups of a set often share a shape: look at each distinct capacity once.
        List<List<long[]>> shapes = new ArrayList<>();
        for (BitSet set : placed.groupSets()) {
            List<long[]> distinct = new ArrayList<>();
            for (int g = set.nextSetBit(0); g >= 0; g = set.nextSetBit(g + 1)) {
                long[] capacity = problem.groups().get(g).capacity();
                if (distinct.stream().noneMatch(c -> Arrays.equals(c, capacity))) {
                    distinct.add(capacity);
                }
            }
            shapes.add(distinct);
        }
        List<ReplicaClass> classes = placed.classes();
        double[] out = new double[classes.size()];
        for (int i = 0; i < out.length; i++) {
            ReplicaClass c = classes.get(i);
            long[] request = problem.demands().get(c.demand()).request();
            double least = Double.POSITIVE_INFINITY;
            for (long[] capacity : shapes.get(c.places())) {
                least = Math.min(least, ownShare(request, capacity));
            }
            out[i] = least == Double.POSITIVE_INFINITY ? 0 : c.count() * least;
        }
        return out;
    }

    public static double of(PlacedReplicas placed) {
        UtilisationBound bound = new UtilisationBound(placed);
        return Math.max(Math.max(bound.total(UtilisationBound::places), bound.total(bound.siteOrPlaces())),
                bound.total(bound.widestSuperset()));
    }

    /** What a replica alone adds on a member of the group: its dominant share there. */
    private static double ownShare(long[] request, long[] capacity) {
        double dominant = 0;
        for (int k = 0; k < capacity.length; k++) {
            if (capacity[k] > 0) {
                dominant = Math.max(dominant, (double) request[k] / capacity[k]);
            }
        }
        return dominant;
    }

    /** Each class's places as the widest of the classes' sets of groups that holds them. */
    private Function<ReplicaClass, Object> widestSuperset() {
        List<BitSet> sets = placed.groupSets();
        long[][] words = new long[sets.size()][];
        List<List<Integer>> containing = new ArrayList<>();
        for (int g = 0; g < problem.groups().size(); g++) {
            containing.add(new ArrayList<>());
        }
        Integer[] widestFirst = new Integer[sets.size()];
        for (int i = 0; i < sets.size(); i++) {
            words[i] = sets.get(i).toLongArray();
            widestFirst[i] = i;
        }
        Arrays.sort(widestFirst, (a, b) -> Integer.compare(sets.get(b).cardinality(), sets.get(a).cardinality()));
        for (int i : widestFirst) {
            BitSet set = sets.get(i);
            for (int g = set.nextSetBit(0); g >= 0; g = set.nextSetBit(g + 1)) {
                containing.get(g).add(i);
            }
        }
        Object[] widest = new Object[sets.size()];
        for (int i = 0; i < sets.size(); i++) {
            int rarest = -1;
            for (int g = sets.get(i).nextSetBit(0); g >= 0; g = sets.get(i).nextSetBit(g + 1)) {
                if (rarest < 0 || containing.get(g).size() < containing.get(rarest).size()) {
                    rarest = g;
                }
            }
            widest[i] = i;
            if (rarest >= 0) {
                for (int candidate : containing.get(rarest)) {
                    if (contains(words[candidate], words[i])) {
                        widest[i] = candidate; // the widest first, so the first that holds it
                        break;
                    }
                }
            }
        }
        return c -> c.groups().isEmpty() ? places(c) : widest[c.places()];
    }

    private static boolean contains(long[] wide, long[] narrow) {
        if (narrow.length > wide.length) {
            return false;
        }
        for (int w = 0; w < narrow.length; w++) {
            if ((narrow[w] & ~wide[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Where a class's replicas may go: its groups, or its one host (a number from 0; sites count from -1 down). */
    private static Object places(ReplicaClass c) {
        return c.isPinned() ? Integer.valueOf(c.host()) : c.groups();
    }

    /** The site all of a class's places are in, or the places themselves when they span several sites. */
    private Function<ReplicaClass, Object> siteOrPlaces() {
        int[] siteOf = new int[placed.groupSets().size()];
        for (int i = 0; i < siteOf.length; i++) {
            BitSet set = placed.groupSets().get(i);
            int site = -1;
            for (int g = set.nextSetBit(0); g >= 0 && site != -2; g = set.nextSetBit(g + 1)) {
                int s = problem.groups().get(g).siteIndex();
                site = site == -1 || site == s ? s : -2;
            }
            siteOf[i] = site;
        }
        return c -> siteOf[c.places()] >= 0 ? Integer.valueOf(-1 - siteOf[c.places()]) : places(c);
    }

    private double total(Function<ReplicaClass, Object> poolOf) {
        Map<Object, List<Integer>> pools = new LinkedHashMap<>();
        List<ReplicaClass> classes = placed.classes();
        for (int i = 0; i < classes.size(); i++) {
            pools.computeIfAbsent(poolOf.apply(classes.get(i)), k -> new ArrayList<>()).add(i);
        }
        double total = 0;
        for (List<Integer> pool : pools.values()) {
            // The splits share most of their pools (a class alone, or the classes of one site): each is bounded once.
            total += bounded.computeIfAbsent(pool, this::pool);
        }
        return total;
    }

    /** The bound on a pool of classes, by their indices. */
    private double pool(List<Integer> members) {
        List<ReplicaClass> pool = new ArrayList<>(members.size());
        BitSet groups = new BitSet();
        BitSet setsSeen = new BitSet();
        double ownTotal = 0;
        for (int i : members) {
            ReplicaClass c = placed.classes().get(i);
            pool.add(c);
            if (!setsSeen.get(c.places())) {
                setsSeen.set(c.places());
                groups.or(c.groups());
            }
            ownTotal += own[i];
        }
        if (pool.size() == 1 && pool.get(0).count() == 1) {
            return ownTotal; // one replica shares with nothing
        }
        int host = pool.get(0).host();
        boolean oneHost = pool.stream().allMatch(c -> c.isPinned() && c.host() == host);
        double best = ownTotal;
        for (int k = 0; k < problem.dimensions().size(); k++) {
            best = Math.max(best, stacked(pool, groups, oneHost, k));
        }
        return best;
    }

    /**
     * The prefix-sum bound in one resource; 0 when no replica of the pool requests it, and when the members with the
     * most of it are as many as the replicas, since then it is no more than their own shares.
     */
    private double stacked(List<ReplicaClass> pool, BitSet groups, boolean oneHost, int k) {
        List<long[]> items = new ArrayList<>();
        long replicas = 0;
        for (ReplicaClass c : pool) {
            long request = problem.demands().get(c.demand()).request()[k];
            if (request > 0) {
                items.add(new long[] {request, c.count()});
                replicas += c.count();
            }
        }
        if (items.isEmpty()) {
            return 0;
        }
        long largest = 0;
        long roomiest = 0;
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            HostGroup group = problem.groups().get(g);
            long capacity = group.capacity()[k];
            if (capacity > largest) {
                largest = capacity;
                roomiest = 0;
            }
            if (capacity == largest) {
                roomiest += oneHost ? 1 : group.size();
            }
        }
        if (largest == 0 || roomiest >= replicas) {
            return 0;
        }
        // Members alike in this resource are alike here: count them per capacity.
        Map<Long, Long> members = new HashMap<>();
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            HostGroup group = problem.groups().get(g);
            if (group.capacity()[k] > 0) {
                members.merge(group.capacity()[k], oneHost ? 1L : group.size(), Long::sum);
            }
        }
        items.sort((a, b) -> Long.compare(b[0], a[0]));
        Slots slots = new Slots(members);
        double total = 0;
        long count = 0;
        for (int i = 0; i < items.size(); i++) {
            count += items.get(i)[1];
            long next = i + 1 < items.size() ? items.get(i + 1)[0] : 0;
            total += (items.get(i)[0] - next) * slots.cheapest(count);
        }
        return total;
    }

    /**
     * The marginal costs {@code t / capacity} of the t-th replica on a member, over members that have the resource,
     * taken cheapest first: {@link #cheapest} gives the sum of the cheapest n, for growing n.
     */
    private static final class Slots {

        /** Per capacity: the next marginal cost, its t, the capacity, and how many members have it. */
        private final PriorityQueue<double[]> next = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        private long taken;
        private double sum;
        /** The level being taken: its marginal cost and how many members it has left. */
        private double level;
        private long levelLeft;

        /** @param members how many members there are of each capacity, none of them 0 */
        Slots(Map<Long, Long> members) {
            members.forEach((capacity, count) -> next.add(new double[] {1.0 / capacity, 1, capacity, count}));
        }

        double cheapest(long n) {
            while (taken < n) {
                if (levelLeft == 0) {
                    double[] top = next.poll();
                    level = top[0];
                    levelLeft = (long) top[3];
                    next.add(new double[] {(top[1] + 1) / top[2], top[1] + 1, top[2], top[3]});
                }
                long take = Math.min(levelLeft, n - taken);
                sum += take * level;
                taken += take;
                levelLeft -= take;
            }
            return sum;
        }
    }
}
