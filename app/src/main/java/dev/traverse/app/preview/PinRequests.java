package dev.traverse.app.preview;

import dev.traverse.canvas.overlay.ChipStyle;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.HostUsage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns "pin this chip there" and "unpin this chip" into topology edits. A chip dropped on a node pool or device
 * group pins its replica (for a chip of several, the lowest-numbered replica on the element it came from) to a
 * member of that pool or group: the first member, in member order, with room for the replica in the placement shown,
 * or the first member when none has room (the engine then says why it does not fit). Any thread; the edits it
 * returns are applied by the caller through the design document, on the FX thread.
 */
public final class PinRequests {

    /** Pins one replica to a host: {@link TopologyEdits#pin}. */
    @FunctionalInterface
    public interface PinEdit {
        Topology pin(Topology topology, String workload, int replica, String host);
    }

    /** Removes one replica's pin: {@link TopologyEdits#unpin}. */
    @FunctionalInterface
    public interface UnpinEdit {
        Topology unpin(Topology topology, String workload, int replica);
    }

    /**
     * An edit to apply as one undo step.
     *
     * @param description for the undo menu: "Pin checkout-api/2 to aks-weu/general-3"
     */
    public record Edit(String description, UnaryOperator<Topology> change) {
        public Edit {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(change, "change");
        }
    }

    private final PinEdit pin;
    private final UnpinEdit unpin;

    public PinRequests(PinEdit pin, UnpinEdit unpin) {
        this.pin = Objects.requireNonNull(pin, "pin");
        this.unpin = Objects.requireNonNull(unpin, "unpin");
    }

    /** Pins and unpins through {@link TopologyEdits}. */
    public static PinRequests standard() {
        return new PinRequests(TopologyEdits::pin, TopologyEdits::unpin);
    }

    /**
     * The edit that pins what {@code chipId} stands for to a member of {@code targetElementId}.
     *
     * @param shown the placement on screen, for which replica a chip of several stands for and which member has room
     * @return empty when there is nothing to do (dropped back on its own element)
     * @throws IllegalArgumentException with a message for the user when the chip cannot be pinned there
     */
    public Optional<Edit> pin(Topology topology, PlacementResult shown, String chipId, String targetElementId) {
        return pin(TopologyIndex.of(Objects.requireNonNull(topology, "topology")), shown, chipId, targetElementId);
    }

    /**
     * As {@link #pin(Topology, PlacementResult, String, String)} for the preview on screen, reusing its index of the
     * topology (built on the preview's worker), so that a drop costs the FX thread little on a large topology.
     */
    public Optional<Edit> pin(PreviewSnapshot shown, String chipId, String targetElementId) {
        Objects.requireNonNull(shown, "shown");
        return pin(shown.index(), shown.result(), chipId, targetElementId);
    }

    private Optional<Edit> pin(TopologyIndex index, PlacementResult shown, String chipId, String targetElementId) {
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(targetElementId, "targetElementId");
        ChipId chip = ChipId.parse(chipId)
                .orElseThrow(() -> new IllegalArgumentException("\"" + chipId + "\" is not a workload chip"));
        if (chip.style() == ChipStyle.MOVED || chip.style() == ChipStyle.LOST) {
            throw new IllegalArgumentException("a what-if's replicas cannot be pinned; dismiss the what-if first");
        }
        Workload workload = index.workload(chip.workload());
        if (workload == null) {
            throw new IllegalArgumentException("the topology has no workload " + chip.workload());
        }
        TopologyIndex.Kind kind = index.kindOf(targetElementId).orElseThrow(() ->
                new IllegalArgumentException("the topology has no element " + targetElementId));
        if (kind != TopologyIndex.Kind.NODE_POOL && kind != TopologyIndex.Kind.DEVICE_GROUP) {
            throw new IllegalArgumentException("drop the replica on a node pool or device group to pin it there; "
                    + targetElementId + " is a " + kind.words());
        }
        if (targetElementId.equals(chip.elementId())) {
            return Optional.empty();
        }
        int replica = ChipReplicas.replicaOf(chip, index, shown);
        String host = hostWithRoom(index.hostsOf(targetElementId), workload, shown);
        String name = workload.name();
        return Optional.of(new Edit("Pin " + name + "/" + replica + " to " + host,
                t -> pin.pin(t, name, replica, host)));
    }

    /**
     * The edit that unpins the replica of a single-replica chip.
     *
     * @return empty when that replica is not pinned or the chip stands for several replicas
     */
    public Optional<Edit> unpin(Topology topology, String chipId) {
        Objects.requireNonNull(topology, "topology");
        Optional<ChipId> chip = ChipId.parse(chipId).filter(ChipId::isSingleReplica);
        if (chip.isEmpty()) {
            return Optional.empty();
        }
        String name = chip.get().workload();
        int replica = chip.get().replica();
        boolean pinned = topology.workloads().stream().filter(w -> w.name().equals(name))
                .flatMap(w -> w.pins().stream()).anyMatch(p -> p.replica() == replica);
        return pinned ? Optional.of(new Edit("Unpin " + name + "/" + replica, t -> unpin.unpin(t, name, replica)))
                : Optional.empty();
    }

    /** The first host with room for one more replica of {@code workload}, or the first host when none has. */
    private static String hostWithRoom(List<String> hosts, Workload workload, PlacementResult shown) {
        Set<String> wanted = new HashSet<>(hosts);
        Map<String, HostUsage> usage = new HashMap<>();
        for (HostUsage h : shown.hosts()) {
            if (wanted.contains(h.node())) {
                usage.put(h.node(), h);
            }
        }
        Amounts amounts = new Amounts();
        for (String host : hosts) {
            HostUsage h = usage.get(host);
            if (h != null && hasRoom(h, workload, amounts)) {
                return host;
            }
        }
        return hosts.get(0);
    }

    private static boolean hasRoom(HostUsage host, Workload workload, Amounts amounts) {
        for (Map.Entry<String, Quantity> request : workload.resources().amounts().entrySet()) {
            String resource = request.getKey();
            if (!host.capacity().containsKey(resource)) {
                return false; // the host offers none of it
            }
            double free = amounts.of(host.capacity(), resource) - amounts.of(host.used(), resource);
            if (request.getValue().value().doubleValue() > free) {
                return false;
            }
        }
        // Each replica is a pod; hosts that count pods need one free.
        return !host.capacity().containsKey(Resources.PODS)
                || amounts.of(host.capacity(), Resources.PODS) - amounts.of(host.used(), Resources.PODS) >= 1;
    }
}
