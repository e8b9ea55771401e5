package dev.traverse.app.preview;

import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.placement.Failure;
import java.util.Objects;

/**
 * Turns what the user right-clicked into the engine's {@link Failure}: a site, a cluster, a node pool or device group
 * (every member fails), a single pool or device member, or a link by its id ({@code FROM <-> TO}). Any thread.
 */
public final class FailureTargets {

    private FailureTargets() {
    }

    /**
     * The failure of an element, a host or a link.
     *
     * @param id an element id, a host ({@code CLUSTER/NODE-3}, {@code SITE/DEVICE-2}) or a link id
     * @throws IllegalArgumentException naming the id when the topology has nothing of that id
     */
    public static Failure failureOf(TopologyIndex index, String id) {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(id, "id");
        int separator = id.indexOf(TopologyEdits.LINK_SEPARATOR);
        if (separator > 0) {
            String from = id.substring(0, separator);
            String to = id.substring(separator + TopologyEdits.LINK_SEPARATOR.length());
            if (index.linkIdBetween(from, to) == null) {
                throw new IllegalArgumentException("there is no link between " + from + " and " + to);
            }
            return new Failure(Failure.Kind.LINK, from + "," + to);
        }
        var kind = index.kindOf(id);
        if (kind.isPresent()) {
            return switch (kind.get()) {
                case SITE -> new Failure(Failure.Kind.SITE, id);
                case CLUSTER -> new Failure(Failure.Kind.CLUSTER, id);
                // The engine fails a whole pool or device group by its CLUSTER/POOL or SITE/DEVICE name.
                case NODE_POOL, DEVICE_GROUP -> new Failure(Failure.Kind.NODE, id);
            };
        }
        if (index.elementOfHost(id) != null) {
            return new Failure(Failure.Kind.NODE, id);
        }
        throw new IllegalArgumentException("the topology has no site, cluster, node, device or link " + id);
    }

    /** What failed, for sentences: "site store-017", "node pool aks-weu/general", "link a ↔ b". */
    public static String describe(TopologyIndex index, Failure failure) {
        return switch (failure.kind()) {
            case SITE -> "site " + failure.target();
            case CLUSTER -> "cluster " + failure.target();
            case LINK -> "link " + String.join(" ↔ ", failure.linkEnds());
            case NODE -> describeNode(index, failure.target());
        };
    }

    private static String describeNode(TopologyIndex index, String target) {
        var kind = index.kindOf(target);
        if (kind.isPresent()) {
            return kind.get().words() + " " + target;
        }
        String element = index.elementOfHost(target);
        boolean device = element != null && index.kindOf(element).orElse(null) == TopologyIndex.Kind.DEVICE_GROUP;
        return (device ? "device " : "node ") + target;
    }
}
