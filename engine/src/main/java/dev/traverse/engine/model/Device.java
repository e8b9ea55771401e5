package dev.traverse.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An MQTT-managed thing at a site: a gateway, camera, sensor or vehicle ECU, or a group of {@code count} identical
 * ones (members {@code name-1 .. name-N}). Capacity is at microcontroller scale: {@code memory} is RAM,
 * {@code storage} is flash.
 *
 * @param os       the operating system, or null when not stated
 * @param cpuMHz   the core clock in MHz, or null
 * @param firmware the firmware version now installed, or null
 * @param gateway  what this device reaches the network through: a node of a cluster at the same site (its name, or
 *                 {@code cluster/node} where two clusters there have nodes of that name) or a gateway device of the
 *                 same site; or null
 * @param fleet    the fleet the device belongs to (firmware workloads target fleets), or null
 */
public record Device(
        String name,
        int count,
        DeviceKind kind,
        Arch arch,
        Os os,
        List<Runtime> runtimes,
        Resources capacity,
        Integer cpuMHz,
        String firmware,
        String gateway,
        String fleet,
        Map<String, String> labels,
        double powerWatts) {

    public static final List<Runtime> DEFAULT_RUNTIMES = List.of(Runtime.FIRMWARE);

    public Device {
        Names.requireName("device name", name);
        Names.atLeast("count", 1, count);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(arch, "arch");
        runtimes = Names.list("runtimes", runtimes);
        if (runtimes.isEmpty()) {
            throw new IllegalArgumentException("a device needs at least one runtime");
        }
        if (arch.isMicrocontroller() && runtimes.contains(Runtime.CONTAINER)) {
            throw new IllegalArgumentException("arch " + arch + " is a microcontroller: it cannot run containers");
        }
        Objects.requireNonNull(capacity, "capacity");
        if (cpuMHz != null) {
            Names.atLeast("cpuMHz", 1, cpuMHz);
        }
        if (gateway != null && !isGatewayReference(gateway)) {
            throw new IllegalArgumentException("gateway \"" + gateway + "\" must be a node or device name, or"
                    + " cluster/node");
        }
        if (fleet != null) {
            Names.requireName("fleet", fleet);
        }
        labels = Names.labels("label", labels);
        Names.nonNegative("powerWatts", powerWatts);
    }

    private static boolean isGatewayReference(String gateway) {
        int slash = gateway.indexOf('/');
        return slash < 0 ? Names.isName(gateway)
                : Names.isName(gateway.substring(0, slash)) && Names.isName(gateway.substring(slash + 1));
    }

    /** The names of the group's members, in order. */
    public List<String> memberNames() {
        return Names.memberNames(name, count);
    }
}
