package dev.traverse.app.elements;

import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds a topology's elements by their designer ids: a site or cluster name, {@code CLUSTER/POOL},
 * {@code SITE/DEVICE}, a link's {@code FROM <-> TO}, a workload's name. Sites and clusters share one name space, so a
 * slash-separated id is a node pool when its first part names a cluster and a device group when it names a site.
 * Pure; any thread.
 */
public final class TopologyElements {

    private TopologyElements() {
    }

    /** The element an id names, other than a workload (whose names may repeat a site's), or empty. */
    public static Optional<ElementRef> resolve(Topology topology, String id) {
        Objects.requireNonNull(topology, "topology");
        if (id == null) {
            return Optional.empty();
        }
        if (id.contains(TopologyEdits.LINK_SEPARATOR)) {
            return link(topology, id).map(l -> new ElementRef(ElementType.LINK, id));
        }
        int slash = id.indexOf('/');
        if (slash >= 0) {
            if (nodePool(topology, id).isPresent()) {
                return Optional.of(new ElementRef(ElementType.NODE_POOL, id));
            }
            return deviceGroup(topology, id).map(d -> new ElementRef(ElementType.DEVICE_GROUP, id));
        }
        if (site(topology, id).isPresent()) {
            return Optional.of(new ElementRef(ElementType.SITE, id));
        }
        return cluster(topology, id).map(c -> new ElementRef(ElementType.CLUSTER, id));
    }

    /** True when the element still exists. */
    public static boolean exists(Topology topology, ElementRef ref) {
        return find(topology, ref).isPresent();
    }

    /** The element's record (Site, Cluster, Node, Device, Link or Workload), or empty when it is gone. */
    public static Optional<Object> find(Topology topology, ElementRef ref) {
        return switch (ref.type()) {
            case SITE -> site(topology, ref.id()).map(Object.class::cast);
            case CLUSTER -> cluster(topology, ref.id()).map(Object.class::cast);
            case NODE_POOL -> nodePool(topology, ref.id()).map(Object.class::cast);
            case DEVICE_GROUP -> deviceGroup(topology, ref.id()).map(Object.class::cast);
            case LINK -> link(topology, ref.id()).map(Object.class::cast);
            case WORKLOAD -> workload(topology, ref.id()).map(Object.class::cast);
        };
    }

    public static Optional<Site> site(Topology topology, String name) {
        return topology.sites().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public static Optional<Cluster> cluster(Topology topology, String name) {
        return topology.sites().stream().flatMap(s -> s.clusters().stream())
                .filter(c -> c.name().equals(name)).findFirst();
    }

    /** The site a cluster is at. */
    public static Optional<Site> siteOfCluster(Topology topology, String clusterName) {
        return topology.sites().stream()
                .filter(s -> s.clusters().stream().anyMatch(c -> c.name().equals(clusterName))).findFirst();
    }

    /** A node pool by {@code CLUSTER/POOL}. */
    public static Optional<Node> nodePool(Topology topology, String id) {
        int slash = id.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String pool = id.substring(slash + 1);
        return cluster(topology, id.substring(0, slash))
                .flatMap(c -> c.nodes().stream().filter(n -> n.name().equals(pool)).findFirst());
    }

    /** A device group by {@code SITE/DEVICE}. */
    public static Optional<Device> deviceGroup(Topology topology, String id) {
        int slash = id.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String device = id.substring(slash + 1);
        return site(topology, id.substring(0, slash))
                .flatMap(s -> s.devices().stream().filter(d -> d.name().equals(device)).findFirst());
    }

    public static Optional<Link> link(Topology topology, String id) {
        return topology.links().stream().filter(l -> TopologyEdits.linkId(l).equals(id)).findFirst();
    }

    public static Optional<Workload> workload(Topology topology, String name) {
        return topology.workloads().stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** The part of an id before its slash: a node pool's cluster or a device group's site. */
    public static String parentOf(String id) {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    /** The id an element has after it is renamed to {@code newName}. */
    public static String renamedId(ElementRef ref, String newName) {
        return switch (ref.type()) {
            case NODE_POOL, DEVICE_GROUP -> parentOf(ref.id()) + "/" + newName;
            default -> newName;
        };
    }
}
