package dev.traverse.engine.placement.construct;

import dev.traverse.engine.placement.framework.FallbackTiers;
import dev.traverse.engine.placement.framework.HostFilter;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The workloads with ordered fallback groups whose first tier always has room for them at their turn, so that no
 * replica of theirs overflows. The lower bound then counts them in that tier alone, where the rules keep them,
 * rather than in every tier: a burst cluster that is cheaper, or has more zones, is none of their business.
 *
 * <p>Replicas are placed in {@link ReplicaOrder}, and one overflows only when every host of its first tier refuses
 * it at its turn. Where the only filters that look at the placement judge free capacity ({@link HostFilter.Reads#ROOM})
 * or keep the workload's replicas on separate hosts, and the others read nothing placed, a host not holding one of
 * its replicas refuses for lack of room: in some resource {@code k} it holds more than its capacity less the
 * replica's request, {@code f_hk}. Every such host full splits them by such a resource, the hosts of resource
 * {@code k} holding more than the sum of their {@code f_hk}, while the replicas placed before that may use them
 * request {@code U_k} of it in all. For any weights {@code w_k >= 0} adding up to 1, the sum over those hosts of
 * {@code min_k w_k f_hk / U_k} is then below 1: weights for which it is at least 1, without the hosts the workload's
 * earlier replicas may hold, prove the tier never fills before the workload's last replica is placed.
 *
 * <p>The replicas placed before that may use those hosts are those whose rules let them: a replica held to a site or
 * cluster within it only, one of a workload already proven to stay in its first tier within that tier only. Proofs
 * are made in rounds, each taking the workloads proven so far to their first tier; together they hold by induction
 * along the placing order, as each counts only what the others' proofs keep where they say.
 *
 * <p>A run that keeps replicas from an earlier one places them all first, whatever their turn, and may keep some
 * of a workload in a later tier: the kept replicas count as placed before every other, and such workloads are left
 * out.
 */
final class FirstTierRoom {

    /** Kept between the proof's sum and 1, against rounding. */
    private static final double MARGIN = 1e-9;
    /** Rounds of proofs, each taking the workloads proven so far to their first tier. */
    private static final int MOST_ROUNDS = 4;

    private final PlacementState state;
    private final Problem problem;
    private final List<HostFilter> filters;
    private final IntFunction<BitSet> inSomeTier;
    private final BitSet kept;
    /** Per demand, its replicas in placing order. */
    private final List<List<Integer>> replicasOf = new ArrayList<>();
    private final int[] order;

    private FirstTierRoom(PlacementState state, List<HostFilter> filters, IntFunction<BitSet> inSomeTier, int[] order,
                          BitSet kept) {
        this.state = state;
        this.kept = kept;
        this.problem = state.problem();
        this.filters = filters;
        this.inSomeTier = inSomeTier;
        this.order = order;
        for (int d = 0; d < problem.demands().size(); d++) {
            replicasOf.add(new ArrayList<>());
        }
        for (int n = 0; n < order.length; n++) {
            replicasOf.get(state.replica(order[n]).demand()).add(order[n]);
        }
    }

    /**
     * Per demand, the groups of its first fallback tier when that tier is proven to have room for every replica of
     * it at its turn and a later tier has groups it could use; null otherwise.
     *
     * @param inSomeTier per demand, the groups some tier of its fallback groups allows
     * @param order      the replicas in the order the construction pass places them ({@link ReplicaOrder}), asked
     *                   for only when some workload has fallback groups
     * @param kept       the replicas a keep pass placed before the construction pass
     */
    static BitSet[] of(PlacementState state, List<HostFilter> filters, IntFunction<BitSet> inSomeTier,
                       java.util.function.Supplier<int[]> order, BitSet kept) {
        BitSet[] out = new BitSet[state.problem().demands().size()];
        boolean anyFallbacks = state.problem().demands().stream()
                .anyMatch(d -> d.workload().clusterAffinities().size() > 1);
        if (!anyFallbacks) {
            return out;
        }
        FirstTierRoom room = new FirstTierRoom(state, filters, inSomeTier, order.get(), kept);
        List<Candidate> open = new ArrayList<>();
        for (Demand demand : room.problem.demands()) {
            Candidate candidate = room.candidate(demand);
            if (candidate != null) {
                open.add(candidate);
            }
        }
        // A workload proven to stay in its first tier loads no other tier's hosts, which may prove others: rounds
        // until none is added. Each proof holds by induction along the placing order, whichever round found it.
        for (int round = 0; round < MOST_ROUNDS && !open.isEmpty(); round++) {
            Map<BitSet, List<Candidate>> byTier = new LinkedHashMap<>();
            for (Candidate c : open) {
                byTier.computeIfAbsent(c.firstTier(), t -> new ArrayList<>()).add(c);
            }
            List<Candidate> proven = new ArrayList<>();
            byTier.forEach((tier, candidates) -> {
                Map<Candidate, double[]> requested = room.requestedBefore(tier, candidates, out);
                for (Candidate c : candidates) {
                    if (room.alwaysHasRoom(c, requested.get(c))) {
                        proven.add(c);
                    }
                }
            });
            for (Candidate c : proven) {
                out[c.demand().index()] = c.firstTier();
            }
            open.removeAll(proven);
            if (proven.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /**
     * A workload that may be proven to stay in its first tier: its groups there, and the hosts of those groups its
     * filters that read nothing placed admit, per group.
     *
     * @param ownPerHost whether its replicas keep to separate hosts, so that each of its earlier ones may hold one
     */
    private record Candidate(Demand demand, BitSet firstTier, int[] admitted, boolean ownPerHost) {
    }

    private Candidate candidate(Demand demand) {
        int d = demand.index();
        List<Integer> own = replicasOf.get(d);
        if (demand.workload().clusterAffinities().size() < 2 || own.isEmpty()) {
            return null;
        }
        for (int r : own) {
            Replica replica = state.replica(r);
            if (replica.site() >= 0 || replica.cluster() >= 0 || replica.host() >= 0) {
                return null; // its tiers depend on its own site or cluster, or it has a host already
            }
        }
        BitSet reach = inSomeTier.apply(d);
        int[] tiers = FallbackTiers.of(problem, demand);
        int firstTier = Integer.MAX_VALUE;
        for (int g = reach.nextSetBit(0); g >= 0; g = reach.nextSetBit(g + 1)) {
            if (tiers[g] >= 0) {
                firstTier = Math.min(firstTier, tiers[g]);
            }
        }
        BitSet firstGroups = new BitSet();
        boolean later = false;
        for (int g = reach.nextSetBit(0); g >= 0; g = reach.nextSetBit(g + 1)) {
            if (tiers[g] == firstTier) {
                firstGroups.set(g);
            } else {
                later = true;
            }
        }
        if (!later || firstGroups.isEmpty() || keptElsewhere(own, firstGroups)) {
            return null;
        }
        List<HostFilter> placementFree = new ArrayList<>();
        boolean ownPerHost = false;
        for (HostFilter filter : filters) {
            if (!filter.appliesTo(state, d)) {
                continue;
            }
            switch (filter.reads(state, d)) {
                case NOTHING_PLACED -> placementFree.add(filter);
                case OWN_REPLICA_ON_HOST -> ownPerHost = true;
                case ROOM -> {
                }
                default -> {
                    return null;
                }
            }
        }
        int[] admitted = new int[problem.groups().size()];
        Replica replica = state.replica(own.get(0));
        for (int g = firstGroups.nextSetBit(0); g >= 0; g = firstGroups.nextSetBit(g + 1)) {
            admitted[g] = admittedMembers(problem.groups().get(g), replica, placementFree);
        }
        return new Candidate(demand, firstGroups, admitted, ownPerHost);
    }

    /** Whether a replica of the workload is on a host outside its first tier, as a kept one may be. */
    private boolean keptElsewhere(List<Integer> own, BitSet firstGroups) {
        for (int r : own) {
            int host = state.hostOf(r);
            if (host >= 0 && !firstGroups.get(problem.hostGroup()[host])) {
                return true;
            }
        }
        return false;
    }

    /** The group's members every filter that reads nothing placed admits the replica on. */
    private int admittedMembers(HostGroup group, Replica replica, List<HostFilter> placementFree) {
        if (placementFree.isEmpty()) {
            return group.size();
        }
        int admitted = 0;
        for (int h = group.firstHost(); h < group.firstHost() + group.size(); h++) {
            boolean all = true;
            for (HostFilter filter : placementFree) {
                all &= filter.admits(state, replica, h);
            }
            admitted += all ? 1 : 0;
        }
        return admitted;
    }

    /**
     * Per candidate sharing these first-tier groups, what the replicas placed before its last one and able to use
     * any of the groups request in all, per resource. One walk along the placing order serves them all.
     */
    private Map<Candidate, double[]> requestedBefore(BitSet groups, List<Candidate> candidates, BitSet[] proven) {
        boolean[] reaches = new boolean[problem.demands().size()];
        for (Demand other : problem.demands()) {
            reaches[other.index()] = reachOf(other.index(), proven).intersects(groups);
        }
        Map<Replica, Boolean> scoped = new java.util.HashMap<>();
        Map<Integer, Candidate> byLastReplica = new java.util.HashMap<>();
        for (Candidate c : candidates) {
            List<Integer> own = replicasOf.get(c.demand().index());
            byLastReplica.put(own.get(own.size() - 1), c);
        }
        Map<Candidate, double[]> out = new java.util.HashMap<>();
        double[] running = new double[problem.dimensions().size()];
        for (int r = kept.nextSetBit(0); r >= 0; r = kept.nextSetBit(r + 1)) {
            addIfUses(r, groups, reaches, scoped, proven, running);
        }
        for (int r : order) {
            Candidate c = byLastReplica.get(r);
            if (c != null) {
                out.put(c, running.clone());
            }
            if (!kept.get(r)) {
                addIfUses(r, groups, reaches, scoped, proven, running);
            }
        }
        return out;
    }

    /** The groups a workload's replicas may use: its first tier once proven, every tier's otherwise. */
    private BitSet reachOf(int demand, BitSet[] proven) {
        return proven[demand] != null ? proven[demand] : inSomeTier.apply(demand);
    }

    /**
     * Adds the replica's request when it may use one of the groups: a replica held to a host counts there only, one
     * held to a site or cluster within it only, as the rules keep it.
     */
    private void addIfUses(int r, BitSet groups, boolean[] reaches, Map<Replica, Boolean> scoped, BitSet[] proven,
                           double[] running) {
        Replica replica = state.replica(r);
        boolean uses;
        if (replica.host() >= 0) {
            uses = groups.get(problem.hostGroup()[replica.host()]);
        } else if (replica.site() < 0 && replica.cluster() < 0 || !reaches[replica.demand()]) {
            uses = reaches[replica.demand()];
        } else {
            uses = scoped.computeIfAbsent(new Replica(replica.demand(), 0, replica.site(), replica.cluster(), -1),
                    k -> GroupScope.allowed(problem, reachOf(k.demand(), proven), k).intersects(groups));
        }
        if (uses) {
            long[] request = problem.demands().get(replica.demand()).request();
            for (int k = 0; k < running.length; k++) {
                running[k] += request[k];
            }
        }
    }

    private boolean alwaysHasRoom(Candidate candidate, double[] requestedBefore) {
        long[] request = candidate.demand().request();
        int earlier = candidate.ownPerHost() ? replicasOf.get(candidate.demand().index()).size() - 1 : 0;
        double[] requested = requestedBefore.clone();
        List<Integer> resources = new ArrayList<>();
        for (int k = 0; k < request.length; k++) {
            // Earlier replicas kept to hosts of their own load only those, which the proof leaves out.
            requested[k] -= (double) earlier * request[k];
            // A resource the replica does not ask for never refuses it, and one nobody took never fills.
            if (request[k] > 0 && requested[k] > 1e-9 * request[k]) {
                resources.add(k);
            }
        }
        BitSet groups = candidate.firstTier();
        int[] admitted = candidate.admitted();
        int hosts = 0;
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            hosts += admitted[g];
        }
        if (hosts <= earlier) {
            return false;
        }
        if (resources.isEmpty()) {
            return true;
        }
        // Per group and resource, f / U. The weights tried: even ones, and for each group those even on its terms.
        double[][] share = new double[problem.groups().size()][];
        List<double[]> weights = new ArrayList<>();
        weights.add(evenWeights(resources.size()));
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            share[g] = new double[resources.size()];
            double inverseSum = 0;
            for (int i = 0; i < resources.size(); i++) {
                int k = resources.get(i);
                share[g][i] = (problem.groups().get(g).capacity()[k] - request[k]) / requested[k];
                inverseSum += share[g][i] > 0 ? 1 / share[g][i] : Double.POSITIVE_INFINITY;
            }
            if (Double.isFinite(inverseSum)) {
                double[] w = new double[resources.size()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = 1 / share[g][i] / inverseSum;
                }
                weights.add(w);
            }
        }
        for (double[] w : weights) {
            if (proves(w, share, groups, admitted, earlier)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sum over the hosts of {@code min_k w_k f_hk / U_k} reaches 1 without the {@code earlier} hosts that
     * add most, which the workload's own earlier replicas may hold.
     */
    private static boolean proves(double[] w, double[][] share, BitSet groups, int[] admitted, int earlier) {
        List<double[]> perGroup = new ArrayList<>(); // {each host's part, hosts}
        for (int g = groups.nextSetBit(0); g >= 0; g = groups.nextSetBit(g + 1)) {
            double least = Double.POSITIVE_INFINITY;
            for (int i = 0; i < w.length; i++) {
                least = Math.min(least, w[i] * share[g][i]);
            }
            perGroup.add(new double[] {least, admitted[g]});
        }
        perGroup.sort((a, b) -> Double.compare(b[0], a[0]));
        double sum = 0;
        int skip = earlier;
        for (double[] part : perGroup) {
            double hosts = part[1];
            double skipped = Math.min(skip, hosts);
            skip -= (int) skipped;
            sum += part[0] * (hosts - skipped);
        }
        return sum >= 1 + MARGIN;
    }

    private static double[] evenWeights(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }
}
