package dev.traverse.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Kubernetes node, or a pool of {@code count} identical nodes as cloud node pools are. Pool members are named
 * {@code name-1 .. name-N}; a single node keeps its own name.
 *
 * @param zone         the availability zone, or null
 * @param gpuModel     the GPU model when the capacity has GPUs, or null
 * @param costPerHour  price per node and hour, in the topology's currency
 * @param powerWatts   mean power draw per node when busy, for the carbon objective
 */
public record Node(
        String name,
        int count,
        String zone,
        Arch arch,
        Os os,
        List<Runtime> runtimes,
        Resources capacity,
        String gpuModel,
        Map<String, String> labels,
        List<Taint> taints,
        double costPerHour,
        Billing billing,
        double powerWatts) {

    public static final int DEFAULT_COUNT = 1;
    public static final Arch DEFAULT_ARCH = Arch.AMD64;
    public static final Os DEFAULT_OS = Os.LINUX;
    public static final List<Runtime> DEFAULT_RUNTIMES = List.of(Runtime.CONTAINER);
    public static final Billing DEFAULT_BILLING = Billing.ALWAYS;

    public Node {
        Names.requireName("node name", name);
        Names.atLeast("count", 1, count);
        Objects.requireNonNull(arch, "arch");
        Objects.requireNonNull(os, "os");
        runtimes = Names.list("runtimes", runtimes);
        if (runtimes.isEmpty()) {
            throw new IllegalArgumentException("a node needs at least one runtime");
        }
        if (arch.isMicrocontroller()) {
            throw new IllegalArgumentException("arch " + arch + " is a microcontroller: model it as a device, not a node");
        }
        if (runtimes.contains(Runtime.FIRMWARE)) {
            throw new IllegalArgumentException("nodes run containers or wasm; firmware runs on devices");
        }
        Objects.requireNonNull(capacity, "capacity");
        labels = Names.labels("label", labels);
        taints = Names.list("taints", taints);
        Names.nonNegative("costPerHour", costPerHour);
        Objects.requireNonNull(billing, "billing");
        Names.nonNegative("powerWatts", powerWatts);
    }

    /** A single node with defaults for everything but its name and capacity. */
    public static Node of(String name, Resources capacity) {
        return new Node(name, DEFAULT_COUNT, null, DEFAULT_ARCH, DEFAULT_OS, DEFAULT_RUNTIMES, capacity, null,
                Map.of(), List.of(), 0, DEFAULT_BILLING, 0);
    }

    /** The names of the pool's members, in order. */
    public List<String> memberNames() {
        return Names.memberNames(name, count);
    }
}
