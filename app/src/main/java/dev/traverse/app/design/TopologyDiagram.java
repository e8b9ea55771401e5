package dev.traverse.app.design;

import dev.traverse.app.format.ElementText;
import dev.traverse.canvas.document.Diagram;
import dev.traverse.canvas.document.DiagramLink;
import dev.traverse.canvas.document.ElementKind;
import dev.traverse.canvas.document.ElementSpec;
import dev.traverse.canvas.document.Point;
import dev.traverse.canvas.layout.DiagramLayout;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Position;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the canvas shows of a topology: sites holding clusters (holding node pools) and device groups, and the
 * links between sites and device groups. Element ids are the layout keys, so positions go back to the file
 * unchanged. Pure; safe on any thread.
 */
public final class TopologyDiagram {

    private TopologyDiagram() {
    }

    public static Diagram of(Topology topology) {
        return DiagramLayout.build(specs(topology), links(topology));
    }

    /** Every element, each parent before its children. */
    public static List<ElementSpec> specs(Topology topology) {
        Map<String, Position> saved = topology.layout().positions();
        List<ElementSpec> specs = new ArrayList<>();
        for (Site site : topology.sites()) {
            specs.add(new ElementSpec(site.name(), ElementKind.SITE, null, site.name(), ElementText.site(site),
                    site.provider().wireName(), point(saved.get(site.name()))));
            for (Cluster cluster : site.clusters()) {
                specs.add(new ElementSpec(cluster.name(), ElementKind.CLUSTER, site.name(), cluster.name(),
                        ElementText.cluster(cluster), cluster.distribution().wireName(),
                        point(saved.get(cluster.name()))));
                for (Node pool : cluster.nodes()) {
                    String id = poolId(cluster, pool);
                    specs.add(new ElementSpec(id, ElementKind.NODE_POOL, cluster.name(), pool.name(),
                            ElementText.nodePool(pool), poolStyle(pool), point(saved.get(id))));
                }
            }
            for (Device device : site.devices()) {
                String id = deviceId(site, device);
                specs.add(new ElementSpec(id, ElementKind.DEVICE_GROUP, site.name(), device.name(),
                        ElementText.device(device), device.kind().wireName(), point(saved.get(id))));
            }
        }
        return specs;
    }

    /** The links whose two ends are on the canvas (an unresolved end is the validator's to report). */
    public static List<DiagramLink> links(Topology topology) {
        Set<String> ends = new HashSet<>();
        for (Site site : topology.sites()) {
            ends.add(site.name());
            site.devices().forEach(d -> ends.add(deviceId(site, d)));
        }
        List<DiagramLink> links = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Link link : topology.links()) {
            String id = TopologyEdits.linkId(link);
            if (ends.contains(link.from()) && ends.contains(link.to()) && ids.add(id)) {
                links.add(new DiagramLink(id, link.from(), link.to(), ElementText.link(link)));
            }
        }
        // immutable, so that every diagram built from it shares it rather than copying it
        return List.copyOf(links);
    }

    public static String poolId(Cluster cluster, Node pool) {
        return cluster.name() + "/" + pool.name();
    }

    public static String deviceId(Site site, Device device) {
        return site.name() + "/" + device.name();
    }

    private static String poolStyle(Node pool) {
        return pool.capacity().amounts().containsKey("gpu") ? "gpu" : "node";
    }

    private static Point point(Position position) {
        return position == null ? null : new Point(position.x(), position.y());
    }
}
