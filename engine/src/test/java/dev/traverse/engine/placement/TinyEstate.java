package dev.traverse.engine.placement;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Billing;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.DeviceKind;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.Layout;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Metadata;
import dev.traverse.engine.model.Node;
import dev.traverse.engine.model.Objectives;
import dev.traverse.engine.model.Os;
import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.Runtime;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Topology;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hosts of a tiny topology: 1-2 sites holding 2-4 hosts in 1-3 node pools (in one or two clusters per site) or
 * device groups that run containers, with small capacities, arch, zones, labels, taints, prices under both billings,
 * carbon, and links long enough for latency bounds to rule hosts out.
 *
 * @param hosts every host, as the validator reads them
 */
record TinyEstate(List<Site> sites, List<Link> links, List<ModelHost> hosts) {

    static final int MAX_HOSTS = 4;

    static TinyEstate draw(Choices c) {
        int siteCount = 1 + c.pick(2);
        int hosts = 2 + c.pick(MAX_HOSTS - 1);
        int groups = 1 + c.pick(Math.min(3, hosts));
        int[] sizes = new int[groups];
        Arrays.fill(sizes, 1);
        for (int extra = hosts - groups; extra > 0; extra--) {
            sizes[c.pick(groups)]++;
        }
        List<Map<String, List<Node>>> clusters = new ArrayList<>();
        List<List<Device>> devices = new ArrayList<>();
        for (int s = 0; s < siteCount; s++) {
            clusters.add(new LinkedHashMap<>());
            devices.add(new ArrayList<>());
        }
        for (int g = 0; g < groups; g++) {
            int site = c.pick(siteCount);
            if (c.oneIn(4)) {
                devices.get(site).add(device("d" + g, sizes[g], c));
            } else {
                String cluster = "s" + site + "-k" + c.pick(2);
                clusters.get(site).computeIfAbsent(cluster, k -> new ArrayList<>()).add(node("p" + g, sizes[g], c));
            }
        }
        List<Site> sites = new ArrayList<>();
        for (int s = 0; s < siteCount; s++) {
            List<Cluster> siteClusters = new ArrayList<>();
            clusters.get(s).forEach((name, nodes) ->
                    siteClusters.add(new Cluster(name, Distribution.KUBERNETES, null, Map.of(), nodes)));
            String siteName = "s" + s;
            Provider provider = c.of(Provider.AZURE, Provider.ON_PREM);
            sites.add(new Site(siteName, provider == Provider.AZURE ? SiteKind.CLOUD_REGION : SiteKind.STORE, provider,
                    c.of(null, "r1"), null, c.of(null, 100.0, 400.0), Map.of(), siteClusters, devices.get(s)));
        }
        List<Link> links = links(c, sites);
        Topology hostsOnly = new Topology(new Metadata("hosts", null, Map.of()), Objectives.DEFAULT, sites, links,
                List.of(), Layout.EMPTY);
        return new TinyEstate(sites, links, new ModelHosts(hostsOnly).all());
    }

    /** One of the hosts, for a constraint that some host meets. */
    ModelHost someHost(Choices c) {
        return hosts.get(c.pick(hosts.size()));
    }

    private static Node node(String name, int count, Choices c) {
        Map<String, Quantity> capacity = new LinkedHashMap<>();
        capacity.put(Resources.CPU, Quantity.of(c.of(2, 4, 3, 1)));
        capacity.put(Resources.MEMORY, Quantity.parse(c.of(4, 8, 2, 1) + "Gi"));
        if (c.oneIn(4)) {
            capacity.put(Resources.PODS, Quantity.of(2)); // few pods: tight in a dimension workloads do not state
        }
        List<Taint> taints = c.of(List.<Taint>of(), List.of(), List.of(), List.of(),
                List.of(new Taint("dedicated", "db", TaintEffect.NO_SCHEDULE)),
                List.of(new Taint("spot", "", TaintEffect.PREFER_NO_SCHEDULE)));
        Arch arch = c.of(Arch.AMD64, Arch.AMD64, Arch.AMD64, Arch.ARM64);
        return new Node(name, count, c.of(null, "a", "b"), arch, Os.LINUX, List.of(Runtime.CONTAINER),
                new Resources(capacity), null, tier(c), taints, c.of(0.0, 0.5, 1.0, 2.0),
                c.of(Billing.ALWAYS, Billing.WHEN_USED), c.of(0.0, 100.0, 300.0));
    }

    private static Device device(String name, int count, Choices c) {
        Resources capacity = new Resources(Map.of(Resources.CPU, Quantity.of(1 + c.pick(2)),
                Resources.MEMORY, Quantity.parse((1 + c.pick(2)) + "Gi")));
        return new Device(name, count, DeviceKind.GATEWAY, c.of(Arch.ARM64, Arch.AMD64), Os.LINUX,
                List.of(Runtime.CONTAINER), capacity, null, null, null, null, tier(c), c.of(0.0, 10.0));
    }

    private static Map<String, String> tier(Choices c) {
        return c.of(Map.of(), Map.of("tier", "a"), Map.of("tier", "b"));
    }

    /** Sites joined or not; device groups sometimes with a link of their own, to their site or the other one. */
    private static List<Link> links(Choices c, List<Site> sites) {
        List<Link> links = new ArrayList<>();
        if (sites.size() == 2 && c.pick(3) > 0) {
            links.add(new Link(List.of("s0", "s1"), c.of(5.0, 40.0), null, null));
        }
        for (Site site : sites) {
            for (Device d : site.devices()) {
                if (c.oneIn(3)) {
                    String other = sites.get(c.pick(sites.size())).name();
                    links.add(new Link(List.of(site.name() + "/" + d.name(), other), c.of(1.0, 15.0), null, null));
                }
            }
        }
        return links;
    }
}
