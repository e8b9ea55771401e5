package dev.traverse.app.inspector;

import dev.traverse.app.elements.ElementType;
import dev.traverse.app.elements.TopologyElements;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A type of element the inspector edits: its fields, how to find one in a topology by id, and how to put a changed
 * one back (through {@link TopologyEdits}). Immutable; any thread.
 *
 * @param <E> the model record
 */
public final class InspectedType<E> {

    /** Replaces one element in a topology. */
    @FunctionalInterface
    interface Replacer<E> {
        Topology replace(Topology topology, String id, E updated);
    }

    public static final InspectedType<Site> SITE = new InspectedType<>(ElementType.SITE, InspectorFields.SITE,
            TopologyElements::site, TopologyEdits::replaceSite);
    public static final InspectedType<Cluster> CLUSTER = new InspectedType<>(ElementType.CLUSTER,
            InspectorFields.CLUSTER, TopologyElements::cluster, TopologyEdits::replaceCluster);
    public static final InspectedType<Node> NODE_POOL = new InspectedType<>(ElementType.NODE_POOL,
            InspectorFields.NODE_POOL, TopologyElements::nodePool, TopologyEdits::replaceNodePool);
    public static final InspectedType<Device> DEVICE_GROUP = new InspectedType<>(ElementType.DEVICE_GROUP,
            InspectorFields.DEVICE_GROUP, TopologyElements::deviceGroup, TopologyEdits::replaceDeviceGroup);
    public static final InspectedType<Link> LINK = new InspectedType<>(ElementType.LINK, InspectorFields.LINK,
            TopologyElements::link, TopologyEdits::replaceLink);
    public static final InspectedType<Workload> WORKLOAD = new InspectedType<>(ElementType.WORKLOAD,
            InspectorFields.WORKLOAD, TopologyElements::workload, TopologyEdits::replaceWorkload);

    private final ElementType type;
    private final List<FieldSpec<E>> fields;
    private final BiFunction<Topology, String, Optional<E>> lookup;
    private final Replacer<E> replacer;

    private InspectedType(ElementType type, List<FieldSpec<E>> fields,
                          BiFunction<Topology, String, Optional<E>> lookup, Replacer<E> replacer) {
        this.type = type;
        this.fields = fields;
        this.lookup = lookup;
        this.replacer = replacer;
    }

    /** The inspected type for an element type. */
    public static InspectedType<?> of(ElementType type) {
        return switch (Objects.requireNonNull(type, "type")) {
            case SITE -> SITE;
            case CLUSTER -> CLUSTER;
            case NODE_POOL -> NODE_POOL;
            case DEVICE_GROUP -> DEVICE_GROUP;
            case LINK -> LINK;
            case WORKLOAD -> WORKLOAD;
        };
    }

    public ElementType type() {
        return type;
    }

    public List<FieldSpec<E>> fields() {
        return fields;
    }

    public Optional<E> find(Topology topology, String id) {
        return lookup.apply(topology, id);
    }

    /**
     * The topology with the element replaced by {@code updated}.
     *
     * @throws IllegalArgumentException when the topology refuses the change
     */
    public Topology replace(Topology topology, String id, E updated) {
        return replacer.replace(topology, id, updated);
    }
}
