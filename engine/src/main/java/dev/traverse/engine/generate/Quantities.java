package dev.traverse.engine.generate;

import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Quantities as people write them ({@code 500m}, {@code 2Gi}), parsed once each: a big topology repeats a few
 * hundred distinct amounts tens of thousands of times.
 */
final class Quantities {

    static final long KI = 1L << 10;
    static final long MI = 1L << 20;
    static final long GI = 1L << 30;

    private final Map<String, Quantity> cache = new HashMap<>();

    Quantity parse(String text) {
        return cache.computeIfAbsent(text, Quantity::parse);
    }

    /** Millicores as Kubernetes writes them: whole cores plainly, the rest in m. */
    Quantity cpu(long milli) {
        return parse(milli % 1000 == 0 ? Long.toString(milli / 1000) : milli + "m");
    }

    /** Bytes in the largest binary unit that divides them. */
    Quantity bytes(long bytes) {
        if (bytes != 0 && bytes % GI == 0) {
            return parse(bytes / GI + "Gi");
        }
        if (bytes != 0 && bytes % MI == 0) {
            return parse(bytes / MI + "Mi");
        }
        if (bytes != 0 && bytes % KI == 0) {
            return parse(bytes / KI + "Ki");
        }
        return parse(Long.toString(bytes));
    }

    Quantity count(long n) {
        return parse(Long.toString(n));
    }

    /** Resources in the usual order; zero amounts are left out. */
    Resources resources(long cpuMilli, long memoryBytes, long storageBytes, int gpus) {
        Map<String, Quantity> amounts = new LinkedHashMap<>();
        if (cpuMilli > 0) {
            amounts.put(Resources.CPU, cpu(cpuMilli));
        }
        if (memoryBytes > 0) {
            amounts.put(Resources.MEMORY, bytes(memoryBytes));
        }
        if (storageBytes > 0) {
            amounts.put(Resources.STORAGE, bytes(storageBytes));
        }
        if (gpus > 0) {
            amounts.put(Resources.GPU, count(gpus));
        }
        return new Resources(amounts);
    }
}
