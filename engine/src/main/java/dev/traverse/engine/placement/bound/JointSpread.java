package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.framework.DomainCharge;
import dev.traverse.engine.placement.framework.LimitedCredit;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The least a class of replicas pays in per-replica costs per group and a charge for replicas of its workload sharing
 * a domain ({@link DomainCharge}: a resilience pair, a replica beyond a spread's maxSkew), each group holding no
 * more than its members fit. In one domain the j-th replica (from 0) costs the j-th cheapest place left there plus the
 * charge for finding j others, both growing with j; domains are independent, so taking the cheapest next replica of
 * any domain, one at a time, gives the least (a separable convex cost). Per-replica bounds that pull replicas to one
 * place (latency to the edge, a preferred place) and the charges that spread them then count against each other,
 * where bounding them apart lets each have its best case.
 */
final class JointSpread {

    private final PlacedReplicas placed;
    private final Problem problem;
    /** Per set of groups (by identity) and key: the indexes into the set's groups, domain by domain. */
    private final Map<List<Object>, List<int[]>> domains = new HashMap<>();
    /** Classes alike in costs, request, count and charge pay alike: thousands of workloads share a few shapes. */
    private final Map<List<Object>, Double> known = new HashMap<>();

    /** For one bound computation, on one thread. */
    JointSpread(PlacedReplicas placed) {
        this.placed = placed;
        this.problem = placed.problem();
    }

    /**
     * @param ids    the groups the class may use
     * @param cost   per group of {@code ids}, the least per-replica cost of a replica there; the same array for
     *               classes with the same costs
     * @param charge the weighted charge for the replicas of the class already in the domain
     * @param credit a weighted credit over the charge's key that {@code cost} gives on the groups of its domains but
     *               that a placement earns in at most {@code credit.domains()} of them, or null
     */
    double of(ReplicaClass c, int[] ids, double[] cost, DomainCharge charge, LimitedCredit credit) {
        List<Object> key = Arrays.asList(new Identity(cost), java.nio.LongBuffer.wrap(
                problem.demands().get(c.demand()).request()), c.count(), charge, credit);
        Double value = known.get(key);
        if (value == null) {
            value = spread(c, ids, cost, charge, credit);
            known.put(key, value);
        }
        return value;
    }

    /** Equal only to itself: costs arrays are shared by the classes they belong to. */
    private record Identity(Object of) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.of == of;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(of);
        }
    }

    private List<int[]> byDomain(ReplicaClass c, int[] ids, DomainCharge charge) {
        return domains.computeIfAbsent(List.of(new Identity(c.groups()), charge.key()), k -> {
            Map<Integer, List<Integer>> byDomain = new HashMap<>();
            for (int i = 0; i < ids.length; i++) {
                int domain = problem.domain(charge.key(), problem.groups().get(ids[i]).firstHost());
                byDomain.computeIfAbsent(domain, d -> new ArrayList<>()).add(i);
            }
            List<int[]> out = new ArrayList<>(byDomain.size());
            byDomain.values().forEach(members -> out.add(members.stream().mapToInt(Integer::intValue).toArray()));
            return out;
        });
    }

    /**
     * With a limited credit, the replicas that earn it are in a few domains only ({@link #earningDomains}): each such
     * domain becomes one that holds any group giving the credit, at the credited cost, while every real domain offers
     * its groups without the credit. Replicas earning it in one real domain are then in one of those, their pairs
     * among themselves charged there; their pairs with the others in that domain are left out, which only lowers the
     * bound.
     */
    private double spread(ReplicaClass c, int[] ids, double[] cost, DomainCharge charge, LimitedCredit credit) {
        if (credit != null && !limits(ids, charge, credit)) {
            credit = null; // earned in as many domains as give it: the costs as they are say all
        }
        boolean[] credited = new boolean[ids.length];
        if (credit != null) {
            for (int i = 0; i < ids.length; i++) {
                int host = problem.groups().get(ids[i]).firstHost();
                credited[i] = credit.reach().get(problem.domain(credit.key(), host));
            }
        }
        List<Places> domains = new ArrayList<>();
        for (int[] inDomain : byDomain(c, ids, charge)) {
            double[] price = new double[inDomain.length];
            for (int k = 0; k < price.length; k++) {
                price[k] = cost[inDomain[k]] + (credited[inDomain[k]] ? credit.amount() : 0);
            }
            domains.add(places(c, ids, inDomain, price));
        }
        if (credit != null) {
            int[] earning = java.util.stream.IntStream.range(0, ids.length).filter(i -> credited[i]).toArray();
            double[] price = new double[earning.length];
            for (int k = 0; k < price.length; k++) {
                price[k] = cost[earning[k]];
            }
            long copies = earningDomains(problem, ids, earning, charge, credit);
            for (int d = 0; d < copies; d++) {
                domains.add(places(c, ids, earning, price));
            }
        }
        PriorityQueue<Places> next = new PriorityQueue<>((a, b) -> Double.compare(a.marginal, b.marginal));
        for (Places p : domains) {
            if (p.advance(charge)) {
                next.add(p);
            }
        }
        double total = 0;
        long left = c.count();
        while (left > 0 && !next.isEmpty()) {
            Places p = next.poll();
            total += p.marginal;
            left--;
            if (p.advance(charge)) {
                next.add(p);
            }
        }
        if (left > 0) {
            // Only reached if the replicas are placed beyond what capacity allows: count the rest at the cheapest.
            total += left * Arrays.stream(cost).min().orElse(0);
        }
        return total;
    }

    /** Copies of the groups giving a credit beyond this many are not worth their time: the credit then counts as is. */
    static final long MOST_COPIES = 16;

    /** True when the credit is earned in fewer domains of the charge's key than give it, and in few enough. */
    private boolean limits(int[] ids, DomainCharge charge, LimitedCredit credit) {
        BitSet giving = new BitSet();
        List<Integer> earning = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            int host = problem.groups().get(ids[i]).firstHost();
            if (credit.reach().get(problem.domain(credit.key(), host))) {
                giving.set(problem.domain(charge.key(), host));
                earning.add(i);
            }
        }
        long copies = earningDomains(problem, ids, earning.stream().mapToInt(Integer::intValue).toArray(), charge,
                credit);
        return copies <= MOST_COPIES && copies < giving.cardinality();
    }

    /**
     * At most how many domains of the charge's key the replicas earning the credit are in: as many as the credit's
     * domains, each holding at most as many of them as the most any one of its domains holds among the groups that
     * give the credit (a credit per cluster earned in one cluster is earned in that cluster's zones).
     */
    static long earningDomains(Problem problem, int[] ids, int[] earning, DomainCharge charge,
                               LimitedCredit credit) {
        if (credit.key() == charge.key()) {
            return credit.domains();
        }
        Map<Integer, BitSet> inside = new HashMap<>();
        for (int i : earning) {
            int host = problem.groups().get(ids[i]).firstHost();
            inside.computeIfAbsent(problem.domain(credit.key(), host), k -> new BitSet())
                    .set(problem.domain(charge.key(), host));
        }
        int most = inside.values().stream().mapToInt(BitSet::cardinality).max().orElse(0);
        return (long) credit.domains() * most;
    }

    /** The members of one domain, by their index into {@code ids}, at their prices, cheapest first. */
    private Places places(ReplicaClass c, int[] ids, int[] members, double[] prices) {
        int cheapest = 0;
        for (int k = 1; k < members.length; k++) {
            if (prices[k] < prices[cheapest]) {
                cheapest = k;
            }
        }
        long roomThere = members.length == 0 ? 0 : placed.capacityIn(c, ids[members[cheapest]]);
        if (roomThere >= c.count()) {
            // The usual case: the cheapest member group holds every replica of the class, so nothing else counts.
            return new Places(new double[] {prices[cheapest]}, new long[] {roomThere});
        }
        Integer[] order = new Integer[members.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(prices[a], prices[b]));
        long[] room = new long[members.length];
        double[] price = new double[members.length];
        for (int k = 0; k < room.length; k++) {
            room[k] = placed.capacityIn(c, ids[members[order[k]]]);
            price[k] = prices[order[k]];
        }
        return new Places(price, room);
    }

    /** One domain's places cheapest first, and what the next replica there costs. */
    private static final class Places {

        private final double[] price;
        private final long[] room;
        private int place;
        private long takenHere;
        private long taken;
        private double marginal;

        Places(double[] price, long[] room) {
            this.price = price;
            this.room = room;
        }

        /** Moves to the next replica in this domain; false when the domain holds no more. */
        boolean advance(DomainCharge charge) {
            while (place < room.length && takenHere >= room[place]) {
                place++;
                takenHere = 0;
            }
            if (place == room.length) {
                return false;
            }
            marginal = price[place] + charge.of(taken);
            takenHere++;
            taken++;
            return true;
        }
    }
}
