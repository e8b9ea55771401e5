package dev.traverse.app.format;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The detail texts of elements in the outline and on the canvas: short, in the words of the topology file. */
public final class ElementText {

    private static final String SEPARATOR = " · ";

    private ElementText() {
    }

    public static String site(Site site) {
        List<String> parts = new ArrayList<>();
        parts.add(site.kind().wireName());
        String where = site.provider().wireName() + (site.region() == null ? "" : " " + site.region());
        parts.add(site.jurisdiction() == null ? where : where + " (" + site.jurisdiction() + ")");
        return String.join(SEPARATOR, parts);
    }

    public static String cluster(Cluster cluster) {
        return cluster.distribution().wireName() + SEPARATOR + nodes(cluster.nodeCount());
    }

    public static String nodePool(Node node) {
        return join(nodes(node.count()), node.arch().wireName(), capacity(node.capacity()));
    }

    public static String device(Device device) {
        return join(device.count() + " × " + device.kind().wireName(), device.arch().wireName(),
                capacity(device.capacity()));
    }

    /** {@code 12 ms · 1000 Mbps · 0.02/GB}: what the file says of the link. */
    public static String link(Link link) {
        String latency = number(link.latencyMs()) + " ms";
        String bandwidth = link.bandwidthMbps() == null ? "" : number(link.bandwidthMbps()) + " Mbps";
        String cost = link.costPerGB() == null ? "" : number(link.costPerGB()) + "/GB";
        return join(latency, bandwidth, cost);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String nodes(int count) {
        return count + (count == 1 ? " node" : " nodes");
    }

    /** {@code cpu 8, memory 32Gi}, in the file's order and spelling. */
    public static String capacity(Resources capacity) {
        return capacity.amounts().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().text())
                .collect(Collectors.joining(", "));
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                present.add(part);
            }
        }
        return String.join(SEPARATOR, present);
    }
}
