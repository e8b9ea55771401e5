package dev.traverse.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A Kubernetes cluster at a site.
 *
 * @param context the kubeconfig context the cluster binds to at deploy time, or null (credentials stay in the
 *                kubeconfig; the topology names the context only)
 */
public record Cluster(String name, Distribution distribution, String context, Map<String, String> labels,
                      List<Node> nodes) {

    public static final Distribution DEFAULT_DISTRIBUTION = Distribution.KUBERNETES;

    public Cluster {
        Names.requireName("cluster name", name);
        Objects.requireNonNull(distribution, "distribution");
        if (context != null && context.isBlank()) {
            throw new IllegalArgumentException("context must not be blank");
        }
        labels = Names.labels("label", labels);
        nodes = Names.list("nodes", nodes);
    }

    /** The number of nodes, counting every member of each pool. */
    public int nodeCount() {
        return nodes.stream().mapToInt(Node::count).sum();
    }
}
