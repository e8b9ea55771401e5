package dev.traverse.engine.model;

import java.util.EnumMap;
import java.util.Map;

/**
 * Counts and totals of a topology, as summaries show them: elements per kind (pool and group members counted one by
 * one), replicas, and the capacity of all nodes.
 */
public record TopologyStats(
        int sites,
        int clusters,
        int nodePools,
        int nodes,
        int deviceGroups,
        int devices,
        int links,
        int workloads,
        int replicas,
        long cpuMillis,
        long memoryBytes,
        long storageBytes,
        long gpus,
        Map<Provider, Integer> sitesByProvider,
        Map<DeviceKind, Integer> devicesByKind,
        Map<WorkloadKind, Integer> workloadsByKind) {

    public TopologyStats {
        sitesByProvider = Map.copyOf(sitesByProvider);
        devicesByKind = Map.copyOf(devicesByKind);
        workloadsByKind = Map.copyOf(workloadsByKind);
    }

    /**
     * Replicas count each workload's own replicas; daemons and firmware, which run per site or per device, count as
     * one here since how many they become is the placement engine's answer.
     */
    public static TopologyStats of(Topology t) {
        int clusters = 0;
        int pools = 0;
        int nodes = 0;
        int groups = 0;
        int devices = 0;
        long cpu = 0;
        long memory = 0;
        long storage = 0;
        long gpus = 0;
        Map<Provider, Integer> byProvider = new EnumMap<>(Provider.class);
        Map<DeviceKind, Integer> byDeviceKind = new EnumMap<>(DeviceKind.class);
        for (Site site : t.sites()) {
            byProvider.merge(site.provider(), 1, Integer::sum);
            clusters += site.clusters().size();
            for (Cluster cluster : site.clusters()) {
                for (Node node : cluster.nodes()) {
                    pools++;
                    nodes += node.count();
                    cpu = add(cpu, node.count(), node.capacity().milli(Resources.CPU));
                    memory = add(memory, node.count(), node.capacity().whole(Resources.MEMORY));
                    storage = add(storage, node.count(), node.capacity().whole(Resources.STORAGE));
                    gpus = add(gpus, node.count(), node.capacity().whole(Resources.GPU));
                }
            }
            for (Device device : site.devices()) {
                groups++;
                devices += device.count();
                byDeviceKind.merge(device.kind(), device.count(), Integer::sum);
            }
        }
        int replicas = 0;
        Map<WorkloadKind, Integer> byWorkloadKind = new EnumMap<>(WorkloadKind.class);
        for (Workload w : t.workloads()) {
            replicas += w.replicas();
            byWorkloadKind.merge(w.kind(), 1, Integer::sum);
        }
        return new TopologyStats(t.sites().size(), clusters, pools, nodes, groups, devices, t.links().size(),
                t.workloads().size(), replicas, cpu, memory, storage, gpus, byProvider, byDeviceKind, byWorkloadKind);
    }

    /** total + count * each, saturating at Long.MAX_VALUE: exabyte pools are silly, not an overflow. */
    private static long add(long total, int count, long each) {
        try {
            return Math.addExact(total, Math.multiplyExact(count, each));
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
