package dev.traverse.engine.generate;

/**
 * What {@link TopologyGenerator} makes: how many sites, nodes, devices and workloads, and the seed that makes the
 * result repeatable.
 *
 * @param sites     the number of sites, at least 1
 * @param nodes     the number of nodes, counting every member of each node pool
 * @param devices   the number of devices, counting every member of each device group
 * @param workloads the number of workload entries (not replicas)
 * @param seed      the random seed: the same spec always gives the same topology
 */
public record GeneratorSpec(int sites, int nodes, int devices, int workloads, long seed) {

    public GeneratorSpec {
        if (sites < 1) {
            throw new IllegalArgumentException("sites must be at least 1, got " + sites);
        }
        if (nodes < 0) {
            throw new IllegalArgumentException("nodes must not be negative, got " + nodes);
        }
        if (devices < 0) {
            throw new IllegalArgumentException("devices must not be negative, got " + devices);
        }
        if (workloads < 0) {
            throw new IllegalArgumentException("workloads must not be negative, got " + workloads);
        }
    }

    @Override
    public String toString() {
        return "sites=" + sites + ", nodes=" + nodes + ", devices=" + devices + ", workloads=" + workloads
                + ", seed=" + seed;
    }
}
