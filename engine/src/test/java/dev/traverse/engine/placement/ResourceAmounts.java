package dev.traverse.engine.placement;

import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import java.util.HashMap;
import java.util.Map;

/**
 * Resource amounts in the units capacity is checked in: cpu in millicores, memory, storage and huge pages in bytes,
 * gpus and pods as counts, extended resources in thousandths. Each rounded up, as Kubernetes rounds requests.
 */
final class ResourceAmounts {

    /** Kubernetes' default pod limit of a node that states none. */
    static final long DEFAULT_NODE_PODS = 110;

    private ResourceAmounts() {
    }

    /** What one replica of a workload takes: its requests, and one pod (whatever it states for pods). */
    static Map<String, Long> request(Resources requests) {
        Map<String, Long> amounts = of(requests);
        amounts.put(Resources.PODS, 1L);
        return amounts;
    }

    /** What a host offers; nodes take 110 pods unless they say otherwise, devices are not pod-limited. */
    static Map<String, Long> capacity(ModelHost host) {
        Map<String, Long> amounts = of(host.capacity());
        if (host.isDevice()) {
            amounts.put(Resources.PODS, Long.MAX_VALUE);
        } else {
            amounts.putIfAbsent(Resources.PODS, DEFAULT_NODE_PODS);
        }
        return amounts;
    }

    private static Map<String, Long> of(Resources resources) {
        Map<String, Long> amounts = new HashMap<>();
        resources.amounts().forEach((name, q) -> amounts.put(name, units(name, q)));
        return amounts;
    }

    private static long units(String name, Quantity q) {
        if (name.equals(Resources.CPU) || (name.contains("/"))) {
            return q.milliValue();
        }
        return q.longValue(); // memory, storage, hugepages-*, gpu, pods
    }
}
