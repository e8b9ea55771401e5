package dev.traverse.engine.placement.plugins;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.bound.EvenSpread;
import dev.traverse.engine.placement.framework.CountRequests;
import dev.traverse.engine.placement.framework.DomainCharge;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.Scorer;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Objective {@code resilience}, a fraction from 0 to 1: the share of the workload's replicas already in the host's
 * zone, so replicas spread over zones and losing one zone loses fewer of them. Zones fall back to the cluster (and a
 * site's devices) where nodes state none. Single-replica workloads have nothing to spread and score 0.
 */
public final class ResilienceScorer implements Scorer {

    public static final String NAME = "Resilience";
    public static final String OBJECTIVE = "resilience";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String objective() {
        return OBJECTIVE;
    }

    /** The change of the pairs of replicas of a workload sharing a zone, over its replica count. */
    @Override
    public boolean isMarginal() {
        return true;
    }

    @Override
    public void requestCounts(Problem problem, CountRequests requests) {
        for (Demand d : problem.demands()) {
            if (d.workload().replicas() > 1) {
                requests.track(d.index(), TopologyKey.ZONE);
            }
        }
    }

    /** A zone without the workload adds nothing. */
    @Override
    public double minDelta(Problem problem, int demand, int group) {
        return 0;
    }

    /** Its bounds depend on the group only. */
    @Override
    public Object minDeltaKey(Problem problem, int demand) {
        return Boolean.TRUE;
    }

    /** Each replica of the workload already in the zone adds one over the replica count; nothing for one replica. */
    @Override
    public DomainCharge domainCharge(Problem problem, int demand) {
        int replicas = problem.demands().get(demand).workload().replicas();
        return DomainCharge.pairs(TopologyKey.ZONE, replicas <= 1 ? 0 : 1.0 / replicas);
    }

    @Override
    public double delta(PlacementState state, Replica replica, int host) {
        int replicas = state.demandOf(replica).workload().replicas();
        if (replicas <= 1) {
            return 0;
        }
        int zone = state.problem().domain(TopologyKey.ZONE, host);
        return (double) state.count(replica.demand(), TopologyKey.ZONE, zone) / replicas;
    }

    /**
     * Over a workload's replicas the deltas add up to the pairs of them sharing a zone, over its replica count,
     * whatever the order: at least the pairs left when they spread as evenly as the zones they may use and those
     * zones' capacity allow. Replicas bound to places in different zones (one cluster each, say) spread apart.
     */
    @Override
    public double lowerBound(PlacedReplicas placed) {
        Zones zones = new Zones(placed);
        double total = 0;
        for (Demand d : placed.problem().demands()) {
            int replicas = d.workload().replicas();
            if (replicas > 1 && placed.count(d.index()) > 1) {
                total += (double) zones.leastPairs(placed.ofDemand(d.index())) / replicas;
            }
        }
        return total;
    }

    /** The zones of each set of groups classes may use, worked out once per set. */
    private static final class Zones {

        private final PlacedReplicas placed;
        private final Problem problem;
        /** Per set of groups: the zones it reaches, and the fewest hosts it has in any of them. */
        private final BitSet[] reached;
        private final int[] fewestHosts;

        Zones(PlacedReplicas placed) {
            this.placed = placed;
            this.problem = placed.problem();
            int sets = placed.groupSets().size();
            this.reached = new BitSet[sets];
            this.fewestHosts = new int[sets];
        }

        long leastPairs(List<ReplicaClass> classes) {
            BitSet all = new BitSet();
            boolean apart = true;
            for (ReplicaClass c : classes) {
                BitSet zones = zonesOf(c);
                apart &= !all.intersects(zones);
                all.or(zones);
            }
            if (apart) {
                long pairs = 0;
                for (ReplicaClass c : classes) {
                    pairs += leastPairs(c.count(), List.of(c));
                }
                return pairs;
            }
            return leastPairs(classes.stream().mapToInt(ReplicaClass::count).sum(), classes);
        }

        /**
         * The fewest pairs among {@code count} replicas that may use the places of the classes. Each member holds at
         * least one replica (its group passed the capacity filter), so zone capacity only matters when an even share
         * exceeds the hosts of some zone.
         */
        private long leastPairs(int count, List<ReplicaClass> classes) {
            if (classes.size() == 1 && !classes.get(0).isPinned()) {
                ReplicaClass c = classes.get(0);
                zonesOf(c);
                int zones = reached[c.places()].cardinality();
                if (zones == 0) {
                    return 0; // nowhere to go: not a placement this bound speaks of
                }
                if ((count + zones - 1) / zones <= fewestHosts[c.places()]) {
                    return EvenSpread.pairs(count, zones);
                }
            }
            Map<Integer, Long> room = new HashMap<>();
            for (ReplicaClass c : classes) {
                for (int g = c.groups().nextSetBit(0); g >= 0; g = c.groups().nextSetBit(g + 1)) {
                    int host = c.isPinned() ? c.host() : problem.groups().get(g).firstHost();
                    room.merge(problem.domain(TopologyKey.ZONE, host), placed.capacityIn(c, g),
                            ResilienceScorer::saturatedSum);
                }
            }
            return EvenSpread.pairs(count, room.values().stream().mapToLong(Long::longValue).toArray());
        }

        private BitSet zonesOf(ReplicaClass c) {
            if (c.isPinned()) {
                BitSet one = new BitSet();
                one.set(problem.domain(TopologyKey.ZONE, c.host()));
                return one;
            }
            if (reached[c.places()] == null) {
                BitSet zones = new BitSet();
                Map<Integer, Integer> hosts = new HashMap<>();
                for (int g = c.groups().nextSetBit(0); g >= 0; g = c.groups().nextSetBit(g + 1)) {
                    HostGroup group = problem.groups().get(g);
                    int zone = problem.domain(TopologyKey.ZONE, group.firstHost());
                    zones.set(zone);
                    hosts.merge(zone, group.size(), Integer::sum);
                }
                reached[c.places()] = zones;
                fewestHosts[c.places()] = hosts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
            }
            return reached[c.places()];
        }
    }

    private static long saturatedSum(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }

    /** Every other replica in the same zone. */
    @Override
    public double scale(Problem problem) {
        return 1;
    }
}
