package dev.traverse.engine.placement.framework;

import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.problem.Demand;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.Replica;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * What is placed where during one run, with the counts that filters and scorers read: resources used per host,
 * replicas per host, replicas of each workload per domain of the topology keys its rules mention, and firmware slots.
 * Owned by one run on one thread.
 */
public final class PlacementState {

    public static final int UNPLACED = -1;
    /** The keys, once: {@code values()} copies its array on every call, and every placement walks them. */
    private static final TopologyKey[] KEYS = TopologyKey.values();

    private final Problem problem;
    private final List<Replica> replicas;
    private final BitSet[] feasibleGroups;
    private final int dims;
    private final long[] used;
    /** Each group's capacity, {@code group * dims + dimension}, and each host's group: read for every host tried. */
    private final long[] groupCapacity;
    private final int[] hostGroup;
    private final int[] replicasOnHost;
    private final int[] firmwareOnHost;
    private final int[] hostOfReplica;
    private final int[] placedPerDemand;
    private final DomainCounter[][] counters;
    /**
     * Per demand and key, counts by cluster and domain ({@code cluster * domains + domain}) for demands with replicas
     * held to one cluster: Karmada hands those to a member cluster whose own scheduler sees only its replicas.
     */
    private final SparseCounts[][] clusterCounters;
    /** Per demand, the fallback tier of each host group ({@link FallbackTiers}), worked out when first needed. */
    private final int[][] tierOfGroup;
    /** Tier 0 for every group: the tiers of every workload without fallback groups. */
    private final int[] noTiers;
    /**
     * Per demand with fallback groups and key, counts by tier and domain ({@code tier * domains + domain}): each
     * tier's clusters run the workload as Karmada hands it to them, and their schedulers see only their replicas.
     */
    private final SparseCounts[][] tierCounters;
    private long version;

    /**
     * @param feasibleGroups per demand, the host groups that passed every group filter
     * @param counts         which demands are counted per domain of which keys, as the plugins asked
     */
    public PlacementState(Problem problem, List<Replica> replicas, BitSet[] feasibleGroups, CountRequests counts) {
        boolean[][] trackedKeys = counts.tracked();
        this.problem = problem;
        this.replicas = List.copyOf(replicas);
        this.feasibleGroups = feasibleGroups;
        this.dims = problem.dimensions().size();
        int hosts = problem.hostCount();
        this.used = new long[hosts * dims];
        this.hostGroup = problem.hostGroup();
        this.groupCapacity = new long[problem.groups().size() * dims];
        for (int g = 0; g < problem.groups().size(); g++) {
            System.arraycopy(problem.groups().get(g).capacity(), 0, groupCapacity, g * dims, dims);
        }
        this.replicasOnHost = new int[hosts];
        this.firmwareOnHost = new int[hosts];
        this.hostOfReplica = new int[replicas.size()];
        Arrays.fill(hostOfReplica, UNPLACED);
        this.placedPerDemand = new int[problem.demands().size()];
        this.counters = new DomainCounter[problem.demands().size()][];
        this.clusterCounters = new SparseCounts[problem.demands().size()][];
        for (Replica r : replicas) {
            if (r.cluster() >= 0 && clusterCounters[r.demand()] == null) {
                clusterCounters[r.demand()] = new SparseCounts[TopologyKey.values().length];
            }
        }
        this.tierOfGroup = new int[problem.demands().size()][];
        this.noTiers = new int[problem.groups().size()];
        this.tierCounters = new SparseCounts[problem.demands().size()][];
        for (int d = 0; d < counters.length; d++) {
            counters[d] = new DomainCounter[TopologyKey.values().length];
            Demand demand = problem.demands().get(d);
            boolean tiered = demand.workload().clusterAffinities().size() > 1;
            for (TopologyKey key : TopologyKey.values()) {
                if (trackedKeys[d][key.ordinal()]) {
                    counters[d][key.ordinal()] = new DomainCounter(problem.domainCount(key));
                    if (clusterCounters[d] != null) {
                        clusterCounters[d][key.ordinal()] = new SparseCounts();
                    }
                    if (tiered) {
                        if (tierCounters[d] == null) {
                            tierCounters[d] = new SparseCounts[TopologyKey.values().length];
                        }
                        tierCounters[d][key.ordinal()] = new SparseCounts();
                    }
                }
            }
        }
    }

    public Problem problem() {
        return problem;
    }

    public List<Replica> replicas() {
        return replicas;
    }

    public Replica replica(int index) {
        return replicas.get(index);
    }

    public Demand demandOf(Replica replica) {
        return problem.demands().get(replica.demand());
    }

    /** The groups that passed every group filter for a demand. */
    public BitSet feasibleGroups(int demand) {
        return feasibleGroups[demand];
    }

    public long used(int host, int dimension) {
        return used[host * dims + dimension];
    }

    public long free(int host, int dimension) {
        return problem.groupOf(host).capacity()[dimension] - used[host * dims + dimension];
    }

    /** The first dimension in which the request does not fit the host's free capacity, or -1 when it fits. */
    public int shortDimension(int host, long[] request) {
        int base = host * dims;
        int capacity = hostGroup[host] * dims;
        for (int i = 0; i < dims; i++) {
            if (request[i] > 0 && used[base + i] + request[i] > groupCapacity[capacity + i]) {
                return i;
            }
        }
        return -1;
    }

    public int replicasOn(int host) {
        return replicasOnHost[host];
    }

    public boolean isEmpty(int host) {
        return replicasOnHost[host] == 0;
    }

    public int firmwareOn(int host) {
        return firmwareOnHost[host];
    }

    public int hostOf(int replica) {
        return hostOfReplica[replica];
    }

    public int placedCount(int demand) {
        return placedPerDemand[demand];
    }

    /**
     * Replicas of a demand in the domain of a topology key. Only keys that the demand's rules (or rules naming it)
     * mention are counted: asking for another is a programming error.
     */
    public int count(int demand, TopologyKey key, int domain) {
        return requireTracked(demand, key).get(domain);
    }

    private DomainCounter requireTracked(int demand, TopologyKey key) {
        DomainCounter counter = counters[demand][key.ordinal()];
        if (counter == null) {
            throw new IllegalStateException("domain counts of " + problem.demands().get(demand).name() + " over "
                    + key + " are not tracked");
        }
        return counter;
    }


    /**
     * Replicas of a demand in the domain of a topology key that are held to the given cluster; with a cluster of -1,
     * the same as {@link #count}. For replicas Karmada hands to one member cluster, whose scheduler counts only its
     * own.
     */
    public int countInCluster(int demand, TopologyKey key, int domain, int cluster) {
        if (cluster < 0) {
            return count(demand, key, domain);
        }
        requireTracked(demand, key);
        SparseCounts[] perKey = clusterCounters[demand];
        return perKey == null ? 0 : perKey[key.ordinal()].get(cluster * problem.domainCount(key) + domain);
    }

    /**
     * Per host group, the demand's fallback tier ({@link FallbackTiers}): 0 for every group of a workload without
     * fallback groups. Not to be changed.
     */
    public int[] fallbackTiers(int demand) {
        int[] tiers = tierOfGroup[demand];
        if (tiers == null) {
            Demand d = problem.demands().get(demand);
            tiers = d.workload().clusterAffinities().isEmpty() ? noTiers : FallbackTiers.of(problem, d);
            tierOfGroup[demand] = tiers;
        }
        return tiers;
    }

    /**
     * Replicas of a demand in the domain of a topology key as the scheduler placing one more would count them: those
     * held to the cluster when it is not -1, else those in the fallback tier ({@link FallbackTiers}) when the demand
     * has fallback groups and the tier is not -1, else all of them.
     */
    public int countInScope(int demand, TopologyKey key, int domain, int cluster, int tier) {
        if (cluster >= 0) {
            return countInCluster(demand, key, domain, cluster);
        }
        requireTracked(demand, key);
        SparseCounts[] perKey = tierCounters[demand];
        if (perKey == null || tier < 0) {
            return count(demand, key, domain);
        }
        return perKey[key.ordinal()].get(tier * problem.domainCount(key) + domain);
    }

    public boolean isTracked(int demand, TopologyKey key) {
        return counters[demand][key.ordinal()] != null;
    }

    /** Changes with every placement and removal: equal versions of one state mean nothing moved in between. */
    public long version() {
        return version;
    }

    public void place(int replicaIndex, int host) {
        if (hostOfReplica[replicaIndex] != UNPLACED) {
            throw new IllegalStateException("replica " + replicaIndex + " is already placed");
        }
        apply(replicaIndex, host, 1);
        hostOfReplica[replicaIndex] = host;
    }

    public void remove(int replicaIndex) {
        int host = hostOfReplica[replicaIndex];
        if (host == UNPLACED) {
            throw new IllegalStateException("replica " + replicaIndex + " is not placed");
        }
        apply(replicaIndex, host, -1);
        hostOfReplica[replicaIndex] = UNPLACED;
    }

    private void apply(int replicaIndex, int host, int sign) {
        version++;
        Replica replica = replicas.get(replicaIndex);
        Demand demand = problem.demands().get(replica.demand());
        long[] request = demand.request();
        int base = host * dims;
        for (int i = 0; i < dims; i++) {
            used[base + i] += sign * request[i];
        }
        replicasOnHost[host] += sign;
        if (demand.workload().effectiveRuntime() == Runtime.FIRMWARE) {
            firmwareOnHost[host] += sign;
        }
        placedPerDemand[replica.demand()] += sign;
        DomainCounter[] perKey = counters[replica.demand()];
        SparseCounts[] perCluster = replica.cluster() >= 0 ? clusterCounters[replica.demand()] : null;
        SparseCounts[] perTier = tierCounters[replica.demand()];
        int tier = perTier == null ? -1 : fallbackTiers(replica.demand())[hostGroup[host]];
        for (TopologyKey key : KEYS) {
            if (perKey[key.ordinal()] != null) {
                perKey[key.ordinal()].add(problem.domain(key, host), sign);
                if (perCluster != null) {
                    perCluster[key.ordinal()].add(replica.cluster() * problem.domainCount(key)
                            + problem.domain(key, host), sign);
                }
                if (tier >= 0) {
                    perTier[key.ordinal()].add(tier * problem.domainCount(key) + problem.domain(key, host), sign);
                }
            }
        }
    }
}
