package dev.traverse.engine.placement.problem;

import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Shortest-path latency over the link graph. Endpoints are sites and the device groups that links or latency bounds
 * name ({@code site/device}). A device group with no link of its own is at its site; one that has links reaches its
 * site only through them. A site is 0 ms from itself.
 */
public final class LatencyMatrix {

    private final Map<String, Integer> endpoints = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<List<double[]>> edges = new ArrayList<>();
    /**
     * Shortest paths per source, filled on first use; sized once every endpoint is known. Several runs may share
     * the matrix ({@link HostSide}), so paths are published with release and read with acquire semantics.
     */
    private volatile AtomicReferenceArray<double[]> fromSource;

    LatencyMatrix(Topology topology) {
        for (Site site : topology.sites()) {
            endpoint(site.name());
        }
        for (Link link : topology.links()) {
            int a = endpoint(link.from());
            int b = endpoint(link.to());
            edges.get(a).add(new double[] {b, link.latencyMs()});
            edges.get(b).add(new double[] {a, link.latencyMs()});
        }
    }

    /** The endpoint id of a site or {@code site/device} (group or member name resolved to its group by the caller). */
    int endpoint(String name) {
        Integer id = endpoints.get(name);
        if (id != null) {
            return id;
        }
        endpoints.put(name, names.size());
        names.add(name);
        edges.add(new ArrayList<>());
        return names.size() - 1;
    }

    /** The endpoint id if links or bounds name it, or -1. */
    int existing(String name) {
        return endpoints.getOrDefault(name, -1);
    }

    /** Joins a device group without links to its site at 0 ms; called once all endpoints are known. */
    void attachUnlinked(int deviceGroupEndpoint, int siteEndpoint) {
        if (edges.get(deviceGroupEndpoint).isEmpty()) {
            edges.get(deviceGroupEndpoint).add(new double[] {siteEndpoint, 0});
            edges.get(siteEndpoint).add(new double[] {deviceGroupEndpoint, 0});
        }
    }

    public String name(int endpoint) {
        return names.get(endpoint);
    }

    /** Latency in ms from a source endpoint to another, or infinity when no path joins them. Cached per source. */
    public double latency(int source, int target) {
        AtomicReferenceArray<double[]> all = fromSource;
        if (all == null || all.length() < names.size()) {
            all = sized();
        }
        double[] paths = all.getAcquire(source);
        if (paths == null) {
            paths = dijkstra(source); // two threads may both work it out: the same paths either way
            all.setRelease(source, paths);
        }
        return paths[target];
    }

    /** The path cache with room for every endpoint, keeping the paths already found. */
    private synchronized AtomicReferenceArray<double[]> sized() {
        AtomicReferenceArray<double[]> all = fromSource;
        if (all == null || all.length() < names.size()) {
            AtomicReferenceArray<double[]> bigger = new AtomicReferenceArray<>(names.size());
            for (int i = 0; all != null && i < all.length(); i++) {
                bigger.setPlain(i, all.getAcquire(i));
            }
            fromSource = bigger;
            all = bigger;
        }
        return all;
    }

    /** How many endpoints there are: sites, and device groups or members that links name. */
    public int size() {
        return names.size();
    }

    private double[] dijkstra(int source) {
        double[] dist = new double[names.size()];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        dist[source] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[1], y[1]));
        queue.add(new double[] {source, 0});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int at = (int) top[0];
            if (top[1] > dist[at]) {
                continue;
            }
            for (double[] edge : edges.get(at)) {
                int to = (int) edge[0];
                double d = dist[at] + edge[1];
                if (d < dist[to]) {
                    dist[to] = d;
                    queue.add(new double[] {to, d});
                }
            }
        }
        return dist;
    }
}
