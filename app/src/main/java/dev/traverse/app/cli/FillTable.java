package dev.traverse.app.cli;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.placement.PlacementResult;
import dev.traverse.engine.placement.PlacementResult.HostUsage;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How full each cluster, and each site's devices, would be: hosts in use, replicas, cpu and memory used of capacity.
 * Long tables show only the fullest rows, so that a topology of a thousand stores stays readable.
 */
final class FillTable {

    /** Rows shown when the table is cut to its fullest ones. */
    static final int MAX_ROWS = 12;

    /** A table is cut only when that hides a few rows at least: "... and 1 more" would save nothing. */
    static final int CUT_AFTER = MAX_ROWS + 3;

    /** One cluster, or the devices of one site. */
    record Row(String name, int hosts, int hostsInUse, int replicas, Share cpu, Share memory) {
        double fullest() {
            return Math.max(cpu.fraction(), memory.fraction());
        }
    }

    /** Used of capacity, in one resource's own units. */
    record Share(BigDecimal used, BigDecimal capacity) {
        static final Share NONE = new Share(BigDecimal.ZERO, BigDecimal.ZERO);

        double fraction() {
            return capacity.signum() == 0 ? 0 : used.doubleValue() / capacity.doubleValue();
        }

        String percent() {
            return capacity.signum() == 0 ? "-" : Math.round(100 * fraction()) + "%";
        }

        Share plus(Share other) {
            return new Share(used.add(other.used), capacity.add(other.capacity));
        }
    }

    private FillTable() {
    }

    static List<Row> rows(Topology topology, PlacementResult result) {
        Map<String, HostUsage> usage = new HashMap<>();
        result.hosts().forEach(h -> usage.put(h.node(), h));
        List<Row> rows = new ArrayList<>();
        for (Site site : topology.sites()) {
            for (Cluster cluster : site.clusters()) {
                List<String> hosts = new ArrayList<>();
                for (Node node : cluster.nodes()) {
                    node.memberNames().forEach(m -> hosts.add(cluster.name() + "/" + m));
                }
                rows.add(row(cluster.name(), hosts, usage));
            }
            if (!site.devices().isEmpty()) {
                List<String> hosts = new ArrayList<>();
                for (Device device : site.devices()) {
                    device.memberNames().forEach(m -> hosts.add(site.name() + "/" + m));
                }
                rows.add(row(site.name() + " devices", hosts, usage));
            }
        }
        return rows;
    }

    private static Row row(String name, List<String> hosts, Map<String, HostUsage> usage) {
        int inUse = 0;
        int replicas = 0;
        Share cpu = Share.NONE;
        Share memory = Share.NONE;
        for (String host : hosts) {
            HostUsage u = usage.get(host);
            if (u == null) {
                continue;
            }
            inUse += u.replicas() > 0 ? 1 : 0;
            replicas += u.replicas();
            cpu = cpu.plus(share(u, Resources.CPU));
            memory = memory.plus(share(u, Resources.MEMORY));
        }
        return new Row(name, hosts.size(), inUse, replicas, cpu, memory);
    }

    private static Share share(HostUsage u, String resource) {
        return new Share(amount(u.used(), resource), amount(u.capacity(), resource));
    }

    private static BigDecimal amount(Map<String, String> amounts, String resource) {
        Quantity q = Quantity.tryParse(amounts.get(resource));
        return q == null ? BigDecimal.ZERO : q.value();
    }

    static void print(PrintWriter out, List<Row> all) {
        if (all.isEmpty()) {
            return;
        }
        List<Row> shown = all.size() <= CUT_AFTER ? all
                : all.stream().sorted(Comparator.comparingDouble(Row::fullest).reversed()).limit(MAX_ROWS).toList();
        String heading = shown.size() < all.size() ? "fill, fullest " + MAX_ROWS + " of " + all.size() : "fill";
        int width = Math.max(heading.length(), shown.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        String format = "  %-" + width + "s  %11s  %8s  %4s  %6s%n";
        out.printf(format, heading, "hosts used", "replicas", "cpu", "memory");
        for (Row r : shown) {
            out.printf(format, r.name(), r.hostsInUse() + "/" + r.hosts(), r.replicas(), r.cpu().percent(),
                    r.memory().percent());
        }
        if (shown.size() < all.size()) {
            List<Row> rest = all.stream().filter(r -> !shown.contains(r)).toList();
            out.printf("  ... and %d more, together %s cpu and %s memory used, %d replicas%n", rest.size(),
                    total(rest, Row::cpu).percent(), total(rest, Row::memory).percent(),
                    rest.stream().mapToInt(Row::replicas).sum());
        }
    }

    private static Share total(List<Row> rows, Function<Row, Share> resource) {
        return rows.stream().map(resource).reduce(Share.NONE, Share::plus);
    }
}
