package dev.traverse.app.outline;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The detail texts of outline rows: short, in the words of the topology file. */
final class OutlineText {

    private static final String SEPARATOR = " · ";

    private OutlineText() {
    }

    static String site(Site site) {
        List<String> parts = new ArrayList<>();
        parts.add(site.kind().wireName());
        String where = site.provider().wireName() + (site.region() == null ? "" : " " + site.region());
        parts.add(site.jurisdiction() == null ? where : where + " (" + site.jurisdiction() + ")");
        return String.join(SEPARATOR, parts);
    }

    static String cluster(Cluster cluster) {
        return cluster.distribution().wireName() + SEPARATOR + nodes(cluster.nodeCount());
    }

    static String nodePool(Node node) {
        return join(nodes(node.count()), node.arch().wireName(), capacity(node.capacity()));
    }

    static String device(Device device) {
        return join(device.count() + " × " + device.kind().wireName(), device.arch().wireName(),
                capacity(device.capacity()));
    }

    private static String nodes(int count) {
        return count + (count == 1 ? " node" : " nodes");
    }

    /** {@code cpu 8, memory 32Gi}, in the file's order and spelling. */
    static String capacity(Resources capacity) {
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
