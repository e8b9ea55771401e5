package dev.traverse.engine.generate;

import static dev.traverse.engine.generate.Quantities.GI;
import static dev.traverse.engine.generate.Quantities.MI;

import dev.traverse.engine.generate.Inventory.Pool;
import dev.traverse.engine.model.WorkloadKind;
import java.util.SplittableRandom;

/**
 * Requests per replica, from the t-shirt sizes teams actually use. Most services ask for a quarter to half a core;
 * batch jobs and CPU inference ask for more; daemons for very little. A request never exceeds a quarter of the
 * anchor node, so a handful of replicas always fit on one.
 */
final class RequestSizes {

    /** A request: millicores, bytes of memory, and GPUs. */
    record Size(long cpuMilli, long memoryBytes, int gpus) {
    }

    private static final long[] CPU = {50, 100, 250, 250, 500, 1000, 2000, 4000, 8000};
    private static final long[] MEMORY = {64 * MI, 128 * MI, 256 * MI, 512 * MI, GI, 2 * GI, 4 * GI, 8 * GI, 16 * GI};

    private static final double[] SERVICE = {0, 25, 25, 12, 20, 11, 5, 2, 0};
    private static final double[] JOB = {0, 5, 15, 10, 25, 20, 15, 7, 3};
    private static final double[] MODEL = {0, 0, 0, 0, 10, 30, 35, 20, 5};
    private static final double[] DAEMON = {45, 40, 15, 0, 0, 0, 0, 0, 0};

    private RequestSizes() {
    }

    /** A tier for the kind; {@link #size} turns it into a request that fits the pool. */
    static int tier(WorkloadKind kind, SplittableRandom rng) {
        return Draw.weighted(rng, switch (kind) {
            case JOB -> JOB;
            case AI_MODEL -> MODEL;
            case DAEMON -> DAEMON;
            default -> SERVICE;
        });
    }

    /** The request of a tier, shrunk to at most a quarter of one node of the pool; memory pools get four times more. */
    static Size size(int tier, Pool pool) {
        int t = Math.max(0, tier);
        long memoryFactor = pool.role() == PoolRole.MEMORY ? 4 : 1;
        while (t > 0 && (CPU[t] * 4 > pool.cpuMilli() || MEMORY[t] * memoryFactor * 4 > pool.memoryBytes())) {
            t--;
        }
        return new Size(CPU[t], MEMORY[t] * memoryFactor, 0);
    }

    static int smaller(int tier) {
        return tier - 1;
    }

    /** A GPU request: mostly one GPU, sometimes two or a whole node, with the CPU and memory that go with them. */
    static Size gpu(Pool pool, SplittableRandom rng) {
        int perNode = Math.max(1, pool.gpus());
        int wanted = new int[] {1, 2, perNode}[Draw.weighted(rng, new double[] {80, 10, 10})];
        int gpus = Math.min(wanted, perNode);
        // the node's CPU and memory go with its GPUs; leave room for the system
        long cpu = Math.max(1000, pool.cpuMilli() * gpus / perNode * 6 / 10 / 1000 * 1000);
        long memory = Math.max(GI, pool.memoryBytes() * gpus / perNode * 6 / 10 / GI * GI);
        return new Size(cpu, memory, gpus);
    }

    /** Ephemeral storage for the workloads that ask for it: a few GiB, within a tenth of the node's disk. */
    static long storage(Pool pool, SplittableRandom rng) {
        long wanted = (1 + rng.nextInt(10)) * GI;
        return Math.min(wanted, Math.max(GI, pool.storageBytes() / 10 / GI * GI));
    }
}
