package dev.traverse.app.problems;

import dev.traverse.app.elements.ElementRef;
import dev.traverse.app.elements.ElementType;
import dev.traverse.engine.edit.TopologyEdits;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The element a problem is about, from its field path ({@code spec.sites[2].clusters[0].nodes[3].capacity.memory}):
 * the innermost site, cluster, node pool, device group, link or workload the path goes through. Pure; any thread.
 */
public final class ProblemTargets {

    private static final Pattern SITE = Pattern.compile("^spec\\.sites\\[(\\d+)]");
    private static final Pattern CLUSTER = Pattern.compile("^\\.clusters\\[(\\d+)]");
    private static final Pattern NODE = Pattern.compile("^\\.nodes\\[(\\d+)]");
    private static final Pattern DEVICE = Pattern.compile("^\\.devices\\[(\\d+)]");
    private static final Pattern LINK = Pattern.compile("^spec\\.links\\[(\\d+)]");
    private static final Pattern WORKLOAD = Pattern.compile("^spec\\.workloads\\[(\\d+)]");

    private ProblemTargets() {
    }

    /** The element, or empty when the path names none (a top-level field) or an index the topology lacks. */
    public static Optional<ElementRef> elementOf(Topology topology, String path) {
        if (path == null) {
            return Optional.empty();
        }
        Matcher m = LINK.matcher(path);
        if (m.find()) {
            int i = Integer.parseInt(m.group(1));
            return i < topology.links().size()
                    ? Optional.of(new ElementRef(ElementType.LINK, TopologyEdits.linkId(topology.links().get(i))))
                    : Optional.empty();
        }
        m = WORKLOAD.matcher(path);
        if (m.find()) {
            int i = Integer.parseInt(m.group(1));
            return i < topology.workloads().size()
                    ? Optional.of(ElementRef.workload(topology.workloads().get(i).name())) : Optional.empty();
        }
        m = SITE.matcher(path);
        if (!m.find()) {
            return Optional.empty();
        }
        int siteIndex = Integer.parseInt(m.group(1));
        if (siteIndex >= topology.sites().size()) {
            return Optional.empty();
        }
        Site site = topology.sites().get(siteIndex);
        String rest = path.substring(m.end());
        Matcher device = DEVICE.matcher(rest);
        if (device.find()) {
            int i = Integer.parseInt(device.group(1));
            return i < site.devices().size() ? Optional.of(new ElementRef(ElementType.DEVICE_GROUP,
                    site.name() + "/" + site.devices().get(i).name())) : Optional.of(siteRef(site));
        }
        Matcher cluster = CLUSTER.matcher(rest);
        if (!cluster.find()) {
            return Optional.of(siteRef(site));
        }
        int clusterIndex = Integer.parseInt(cluster.group(1));
        if (clusterIndex >= site.clusters().size()) {
            return Optional.of(siteRef(site));
        }
        Cluster c = site.clusters().get(clusterIndex);
        Matcher node = NODE.matcher(rest.substring(cluster.end()));
        if (node.find() && Integer.parseInt(node.group(1)) < c.nodes().size()) {
            return Optional.of(new ElementRef(ElementType.NODE_POOL,
                    c.name() + "/" + c.nodes().get(Integer.parseInt(node.group(1))).name()));
        }
        return Optional.of(new ElementRef(ElementType.CLUSTER, c.name()));
    }

    private static ElementRef siteRef(Site site) {
        return new ElementRef(ElementType.SITE, site.name());
    }
}
