package dev.traverse.engine.placement.problem;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Billing;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Taint;
import java.util.List;
import java.util.Map;

/**
 * A node pool or a device group: hosts that are identical until something is placed on them. Filters that depend
 * only on a workload and a host's fixed attributes are evaluated once per group, not once per host.
 *
 * @param index     position in {@link Problem#groups()}
 * @param name      {@code cluster/pool} or {@code site/device-group}
 * @param cluster   the cluster, or null for devices
 * @param node      the node pool, or null for devices
 * @param device    the device group, or null for nodes
 * @param firstHost index of the first member in the problem's host arrays; members are contiguous
 * @param capacity  what one member offers, in {@link ResourceDimensions} units
 */
public record HostGroup(
        int index,
        String name,
        Site site,
        int siteIndex,
        Cluster cluster,
        int clusterIndex,
        Node node,
        Device device,
        int firstHost,
        int size,
        long[] capacity) {

    public boolean isDevice() {
        return device != null;
    }

    public Arch arch() {
        return isDevice() ? device.arch() : node.arch();
    }

    /** The operating system, or null when a device does not state it. */
    public Os os() {
        return isDevice() ? device.os() : node.os();
    }

    public List<Runtime> runtimes() {
        return isDevice() ? device.runtimes() : node.runtimes();
    }

    public Map<String, String> labels() {
        return isDevice() ? device.labels() : node.labels();
    }

    public List<Taint> taints() {
        return isDevice() ? List.of() : node.taints();
    }

    public String gpuModel() {
        return isDevice() ? null : node.gpuModel();
    }

    public double costPerHour() {
        return isDevice() ? 0 : node.costPerHour();
    }

    public Billing billing() {
        return isDevice() ? Billing.ALWAYS : node.billing();
    }

    public double powerWatts() {
        return isDevice() ? device.powerWatts() : node.powerWatts();
    }

    /** "node pool" or "device group", for messages. */
    public String kindName() {
        return isDevice() ? "device group" : "node pool";
    }

    public int lastHostExclusive() {
        return firstHost + size;
    }
}
