package dev.traverse.app.summary;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much a topology holds. Nodes and devices count every member of a pool or group; capacity totals are over
 * nodes (what containers can use), members included.
 *
 * @param cpuMillis   total node cpu in millicores
 * @param memoryBytes total node memory in bytes
 */
public record TopologyCounts(int sites, int clusters, int nodes, int devices, int links, int workloads,
                             int replicas, long cpuMillis, long memoryBytes) {

    public static TopologyCounts of(Topology topology) {
        Objects.requireNonNull(topology, "topology");
        int clusters = 0;
        int nodes = 0;
        int devices = 0;
        BigDecimal cpu = BigDecimal.ZERO;
        BigDecimal memory = BigDecimal.ZERO;
        for (Site site : topology.sites()) {
            clusters += site.clusters().size();
            for (Cluster cluster : site.clusters()) {
                for (Node node : cluster.nodes()) {
                    nodes += node.count();
                    BigDecimal count = BigDecimal.valueOf(node.count());
                    cpu = cpu.add(BigDecimal.valueOf(node.capacity().milli(Resources.CPU)).multiply(count));
                    memory = memory.add(BigDecimal.valueOf(node.capacity().whole(Resources.MEMORY)).multiply(count));
                }
            }
            devices += site.devices().stream().mapToInt(Device::count).sum();
        }
        int replicas = topology.workloads().stream().mapToInt(Workload::replicas).sum();
        return new TopologyCounts(topology.sites().size(), clusters, nodes, devices, topology.links().size(),
                topology.workloads().size(), replicas, saturate(cpu), saturate(memory));
    }

    private static long saturate(BigDecimal value) {
        return value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : value.longValue();
    }
}
