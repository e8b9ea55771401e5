package dev.traverse.engine.placement.problem;

import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The resource dimensions of one problem, each an index into {@code long[]} vectors: cpu in millicores, memory and
 * storage in bytes, gpus and pods as counts, then every extended resource the topology names, in thousandths.
 */
public final class ResourceDimensions {

    public static final int CPU = 0;
    public static final int MEMORY = 1;
    public static final int STORAGE = 2;
    public static final int GPU = 3;
    public static final int PODS = 4;

    private static final List<String> WELL_KNOWN =
            List.of(Resources.CPU, Resources.MEMORY, Resources.STORAGE, Resources.GPU, Resources.PODS);

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    ResourceDimensions(Iterable<Resources> all) {
        TreeSet<String> extended = new TreeSet<>();
        for (Resources r : all) {
            for (String name : r.amounts().keySet()) {
                if (!WELL_KNOWN.contains(name)) {
                    extended.add(name);
                }
            }
        }
        List<String> list = new ArrayList<>(WELL_KNOWN);
        list.addAll(extended);
        names = Collections.unmodifiableList(list);
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
    }

    /** Whether the other names the same dimensions in the same order, so that its vectors read as this one's. */
    boolean sameNames(ResourceDimensions other) {
        return names.equals(other.names);
    }

    public int size() {
        return names.size();
    }

    public String name(int dimension) {
        return names.get(dimension);
    }

    /** The amounts as a vector in this problem's units; absent resources are zero. */
    long[] vector(Resources resources) {
        long[] v = new long[names.size()];
        resources.amounts().forEach((name, q) -> v[index.get(name)] = units(name, q));
        return v;
    }

    private static long units(String name, Quantity q) {
        switch (name) {
            case Resources.CPU:
                return q.milliValue();
            case Resources.MEMORY:
            case Resources.STORAGE:
            case Resources.GPU:
            case Resources.PODS:
                return q.longValue();
            default:
                return name.startsWith("hugepages-") ? q.longValue() : q.milliValue();
        }
    }

    /** An amount of one dimension written as users write it: 1.5 (cpu), 512Mi, 3, for messages. */
    public String format(int dimension, long amount) {
        String name = names.get(dimension);
        if (dimension == CPU) {
            return amount % 1000 == 0 ? Long.toString(amount / 1000) : amount + "m";
        }
        if (dimension == MEMORY || dimension == STORAGE || name.startsWith("hugepages-")) {
            return bytes(amount);
        }
        if (dimension == GPU || dimension == PODS) {
            return Long.toString(amount);
        }
        return amount % 1000 == 0 ? Long.toString(amount / 1000) : amount + "m";
    }

    private static String bytes(long amount) {
        String[] units = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
        int unit = 0;
        long value = amount;
        while (unit < units.length - 1 && value >= 1024 && value % 1024 == 0) {
            value /= 1024;
            unit++;
        }
        if (unit < units.length - 1 && value >= 1024) {
            // Not a whole number of the next unit: round up to one decimal of it, as people read it.
            double next = value / 1024.0;
            return String.format(java.util.Locale.ROOT, "%.1f%s", Math.ceil(next * 10) / 10, units[unit + 1]);
        }
        return value + units[unit];
    }
}
