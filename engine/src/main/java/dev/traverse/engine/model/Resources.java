package dev.traverse.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A list of resource amounts, as Kubernetes writes capacity and requests: {@code {cpu: 500m, memory: 1Gi, gpu: 1}}.
 * Well-known names are {@code cpu}, {@code memory}, {@code storage} (ephemeral storage; flash on devices),
 * {@code gpu}, {@code pods} and huge pages ({@code hugepages-2Mi}, {@code hugepages-1Gi}); any other resource must be
 * an extended resource with a domain prefix ({@code example.com/network-mbps}), as Kubernetes requires.
 */
public record Resources(Map<String, Quantity> amounts) {

    public static final String CPU = "cpu";
    public static final String MEMORY = "memory";
    public static final String STORAGE = "storage";
    public static final String GPU = "gpu";
    public static final String PODS = "pods";

    public static final Resources NONE = new Resources(Map.of());

    /** Kubernetes' huge page resources, such as hugepages-2Mi and hugepages-1Gi. */
    private static final Pattern HUGEPAGES = Pattern.compile("hugepages-[0-9]+(Ki|Mi|Gi)");

    private static final Pattern EXTENDED_NAME =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

    public Resources {
        Objects.requireNonNull(amounts, "amounts");
        amounts.forEach((name, amount) -> {
            if (!isValidName(name)) {
                throw new IllegalArgumentException("unknown resource \"" + name + "\": use cpu, memory, storage, gpu, pods, hugepages-SIZE"
                        + " or an extended resource such as example.com/network-mbps");
            }
            Objects.requireNonNull(amount, name);
        });
        amounts = Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
    }

    /** True for the well-known resource names and for domain-prefixed extended resource names. */
    public static boolean isValidName(String name) {
        return name != null && (isWellKnown(name) || HUGEPAGES.matcher(name).matches()
                || EXTENDED_NAME.matcher(name).matches());
    }

    public static boolean isWellKnown(String name) {
        return CPU.equals(name) || MEMORY.equals(name) || STORAGE.equals(name) || GPU.equals(name) || PODS.equals(name);
    }

    public Optional<Quantity> get(String name) {
        return Optional.ofNullable(amounts.get(name));
    }

    /** The amount in thousandths (millicores for cpu), zero when absent. */
    public long milli(String name) {
        Quantity q = amounts.get(name);
        return q == null ? 0 : q.milliValue();
    }

    /** The amount as a whole number (bytes for memory and storage), zero when absent. */
    public long whole(String name) {
        Quantity q = amounts.get(name);
        return q == null ? 0 : q.longValue();
    }

    public boolean isEmpty() {
        return amounts.isEmpty();
    }
}
