package dev.traverse.engine.edit;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.Collection;
import java.util.Map;

/**
 * Edits of a topology as pure functions: each takes a topology and returns a new one, leaving references, links and
 * the layout consistent (a rename follows every reference; a delete takes the links and layout entries of what it
 * removes). Element ids are the layout keys: a site or cluster name, {@code CLUSTER/POOL}, {@code SITE/DEVICE}; a
 * link's id is {@code FROM <-> TO}. Thread-safe (no state).
 *
 * <p>Every edit throws {@link IllegalArgumentException} with a message fit for the user when it cannot be made
 * (an unknown id, a name already taken, a link to itself); the topology passed in is never changed.
 */
public final class TopologyEdits {

    /** Joins a link's two ends into its id. */
    public static final String LINK_SEPARATOR = " <-> ";

    private TopologyEdits() {
    }

    public static String linkId(Link link) {
        return link.from() + LINK_SEPARATOR + link.to();
    }

    /** Adds a site at a canvas position (null: no saved position); a taken name gets a numeric suffix. */
    public static Added addSite(Topology topology, Site site, Position at) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Adds a cluster to a site; a taken name gets a numeric suffix. */
    public static Added addCluster(Topology topology, String siteName, Cluster cluster, Position at) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Adds a node pool to a cluster; a taken name gets a numeric suffix. */
    public static Added addNodePool(Topology topology, String clusterName, Node pool, Position at) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Adds a device group to a site; a taken name gets a numeric suffix. */
    public static Added addDeviceGroup(Topology topology, String siteName, Device device, Position at) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Adds a workload; a taken name gets a numeric suffix. */
    public static Added addWorkload(Topology topology, Workload workload) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Adds a link between two sites, or a device group and its own site. */
    public static Added addLink(Topology topology, String fromId, String toId, double latencyMs) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Deletes elements, links (by link id) and workloads (by name), with everything that depends on them: links to
     * a deleted site or device group, layout entries, pins on deleted nodes, device gateways on deleted nodes.
     */
    public static Topology delete(Topology topology, Collection<String> ids) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Renames an element or workload and every reference to it (links, layout, gateways, pins, affinity terms). */
    public static Topology rename(Topology topology, String id, String newName) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Sets saved canvas positions (layout entries) for the given ids. */
    public static Topology move(Topology topology, Map<String, Position> positions) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Replaces a site's own fields, keeping its clusters and devices and its name. */
    public static Topology replaceSite(Topology topology, String siteName, Site updated) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Replaces a cluster's own fields, keeping its node pools and its name. */
    public static Topology replaceCluster(Topology topology, String clusterName, Cluster updated) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Replaces a node pool, keeping its name. */
    public static Topology replaceNodePool(Topology topology, String poolId, Node updated) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Replaces a device group, keeping its name. */
    public static Topology replaceDeviceGroup(Topology topology, String deviceId, Device updated) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Replaces a link, keeping its ends. */
    public static Topology replaceLink(Topology topology, String linkId, Link updated) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Replaces a workload, keeping its name. */
    public static Topology replaceWorkload(Topology topology, String workloadName, Workload updated) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Pins one replica of a workload to a node pool member or device member (replacing any earlier pin of it). */
    public static Topology pin(Topology topology, String workloadName, int replica, String node) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Removes the pin of one replica, if any. */
    public static Topology unpin(Topology topology, String workloadName, int replica) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Adds an affinity term to a workload for a site, cluster or node pool (the workload was dropped on it):
     * required, or preferred with weight {@code preferredWeight} (1-100) when not null.
     */
    public static Topology addAffinity(Topology topology, String workloadName, String elementId,
                                       Integer preferredWeight) {
        throw new UnsupportedOperationException("not yet");
    }
}
