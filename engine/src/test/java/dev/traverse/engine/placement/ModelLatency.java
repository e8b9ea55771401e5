package dev.traverse.engine.placement;

import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Shortest-path latency over a topology's links, as the file format defines it: ends are sites and device groups
 * ({@code site/device}); a device group with no link of its own sits at its site at 0 ms.
 */
final class ModelLatency {

    private final Topology topology;
    private final Map<String, List<Link>> linksAt = new HashMap<>();
    private final Map<String, Map<String, Double>> fromSource = new HashMap<>();

    ModelLatency(Topology topology) {
        this.topology = topology;
        for (Link link : topology.links()) {
            linksAt.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
            linksAt.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
        }
    }

    /** Latency in ms from a bound's {@code to} (a site, a device group or member) to a host; infinite when unlinked. */
    double between(String to, ModelHost host) {
        String source = endpointOf(to);
        String target = host.isDevice() ? endpointOf(host.name()) : host.site().name();
        return fromSource.computeIfAbsent(source, this::dijkstra).getOrDefault(target, Double.POSITIVE_INFINITY);
    }

    /**
     * Where a name sits in the link graph: itself when links name it; a device member at its group when the group is
     * linked; otherwise at its site.
     */
    private String endpointOf(String name) {
        if (linksAt.containsKey(name)) {
            return name;
        }
        int slash = name.indexOf('/');
        if (slash < 0) {
            return name; // a site
        }
        String siteName = name.substring(0, slash);
        String member = name.substring(slash + 1);
        for (Site site : topology.sites()) {
            if (site.name().equals(siteName)) {
                for (Device d : site.devices()) {
                    if (d.name().equals(member) || isMember(d, member)) {
                        String group = siteName + "/" + d.name();
                        return linksAt.containsKey(group) ? group : siteName;
                    }
                }
            }
        }
        return siteName;
    }

    private static boolean isMember(Device group, String member) {
        if (group.count() == 1 || !member.startsWith(group.name() + "-")) {
            return false;
        }
        String number = member.substring(group.name().length() + 1);
        return number.matches("[1-9][0-9]*") && Integer.parseInt(number) <= group.count();
    }

    private Map<String, Double> dijkstra(String source) {
        Map<String, Double> dist = new HashMap<>();
        dist.put(source, 0.0);
        PriorityQueue<Map.Entry<String, Double>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
        queue.add(Map.entry(source, 0.0));
        while (!queue.isEmpty()) {
            Map.Entry<String, Double> at = queue.poll();
            if (at.getValue() > dist.get(at.getKey())) {
                continue;
            }
            for (Link link : linksAt.getOrDefault(at.getKey(), List.of())) {
                String next = link.from().equals(at.getKey()) ? link.to() : link.from();
                double d = at.getValue() + link.latencyMs();
                if (d < dist.getOrDefault(next, Double.POSITIVE_INFINITY)) {
                    dist.put(next, d);
                    queue.add(Map.entry(next, d));
                }
            }
        }
        return dist;
    }
}
