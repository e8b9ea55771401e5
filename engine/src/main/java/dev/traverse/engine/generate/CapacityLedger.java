package dev.traverse.engine.generate;

import dev.traverse.engine.generate.Inventory.Category;
import dev.traverse.engine.generate.Inventory.Pool;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Free capacity per pool while workloads are being made, so that requests and replica counts stay within what the
 * topology can hold and the result is mostly placeable. Pools are drawn in proportion to their free CPU (GPUs for
 * GPU pools), which spreads work the way a scheduler would.
 */
final class CapacityLedger {

    /** Nodes keep some room for the kubelet, system pods and headroom. */
    private static final double USABLE = 0.85;

    private final List<Pool> pools;
    private final long[] cpu;
    private final long[] memory;
    private final long[] gpus;
    private final WeightedSampler[] samplers = new WeightedSampler[Category.values().length];

    CapacityLedger(List<Pool> pools) {
        this.pools = pools;
        int n = pools.size();
        cpu = new long[n];
        memory = new long[n];
        gpus = new long[n];
        for (Category c : Category.values()) {
            samplers[c.ordinal()] = new WeightedSampler(n);
        }
        for (Pool p : pools) {
            int count = p.node().count();
            cpu[p.id()] = (long) (p.cpuMilli() * count * USABLE);
            memory[p.id()] = (long) (p.memoryBytes() * count * USABLE);
            gpus[p.id()] = (long) p.gpus() * count;
            refresh(p);
        }
    }

    /** A pool of the category drawn by free capacity, or -1 when the category has none left. */
    int draw(Category category, SplittableRandom rng) {
        return samplers[category.ordinal()].draw(rng);
    }

    boolean hasAny(Category category) {
        return samplers[category.ordinal()].total() > 0;
    }

    long freeGpus() {
        return samplers[Category.GPU.ordinal()].total();
    }

    boolean fits(int pool, long cpuMilli, long memoryBytes, int gpuCount, int replicas) {
        return cpu[pool] >= cpuMilli * replicas && memory[pool] >= memoryBytes * replicas
                && gpus[pool] >= (long) gpuCount * replicas;
    }

    void take(int pool, long cpuMilli, long memoryBytes, int gpuCount, int replicas) {
        cpu[pool] = Math.max(0, cpu[pool] - cpuMilli * replicas);
        memory[pool] = Math.max(0, memory[pool] - memoryBytes * replicas);
        gpus[pool] = Math.max(0, gpus[pool] - (long) gpuCount * replicas);
        refresh(pools.get(pool));
    }

    private void refresh(Pool p) {
        long weight = p.category() == Category.GPU ? gpus[p.id()] : memory[p.id()] == 0 ? 0 : cpu[p.id()];
        samplers[p.category().ordinal()].set(p.id(), weight);
    }
}
