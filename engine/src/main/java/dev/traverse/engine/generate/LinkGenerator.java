package dev.traverse.engine.generate;

import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The network: cloud regions joined into one connected graph (a minimum spanning tree by distance, plus each
 * region's nearest neighbour and nearest same-provider region, as backbones and interconnects run), every other
 * site uplinked to its nearest region (data centres and PoPs to two), and every device group to its site.
 * Latency follows distance over fibre plus the access network's own delay.
 */
final class LinkGenerator {

    private final SplittableRandom rng;
    private final List<Link> links = new ArrayList<>();
    private final Set<String> joined = new HashSet<>();

    LinkGenerator(SplittableRandom rng) {
        this.rng = rng;
    }

    List<Link> link(List<SitePlan> plans, List<Site> sites) {
        List<Integer> clouds = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i).isCloud()) {
                clouds.add(i);
            }
        }
        joinClouds(plans, clouds);
        for (int i = 0; i < plans.size(); i++) {
            if (!plans.get(i).isCloud() && !clouds.isEmpty()) {
                uplink(plans, i, clouds);
            }
        }
        for (Site site : sites) {
            for (Device d : site.devices()) {
                deviceLink(site.name(), d);
            }
        }
        return List.copyOf(links);
    }

    private void joinClouds(List<SitePlan> plans, List<Integer> clouds) {
        int c = clouds.size();
        if (c < 2) {
            return;
        }
        double[][] km = new double[c][c];
        for (int a = 0; a < c; a++) {
            for (int b = 0; b < c; b++) {
                km[a][b] = distance(plans.get(clouds.get(a)), plans.get(clouds.get(b)));
            }
        }
        // Prim's algorithm: the catalogue has fewer than a hundred regions, so O(c^2) is nothing
        boolean[] inTree = new boolean[c];
        double[] best = new double[c];
        int[] parent = new int[c];
        Arrays.fill(best, Double.MAX_VALUE);
        best[0] = 0;
        for (int step = 0; step < c; step++) {
            int u = -1;
            for (int v = 0; v < c; v++) {
                if (!inTree[v] && (u < 0 || best[v] < best[u])) {
                    u = v;
                }
            }
            inTree[u] = true;
            if (step > 0) {
                cloudLink(plans, clouds.get(parent[u]), clouds.get(u), km[parent[u]][u]);
            }
            for (int v = 0; v < c; v++) {
                if (!inTree[v] && km[u][v] < best[v]) {
                    best[v] = km[u][v];
                    parent[v] = u;
                }
            }
        }
        for (int a = 0; a < c; a++) {
            int nearest = -1;
            int nearestSameProvider = -1;
            for (int b = 0; b < c; b++) {
                if (b == a) {
                    continue;
                }
                if (nearest < 0 || km[a][b] < km[a][nearest]) {
                    nearest = b;
                }
                boolean same = plans.get(clouds.get(a)).provider() == plans.get(clouds.get(b)).provider();
                if (same && (nearestSameProvider < 0 || km[a][b] < km[a][nearestSameProvider])) {
                    nearestSameProvider = b;
                }
            }
            cloudLink(plans, clouds.get(a), clouds.get(nearest), km[a][nearest]);
            if (nearestSameProvider >= 0) {
                cloudLink(plans, clouds.get(a), clouds.get(nearestSameProvider), km[a][nearestSameProvider]);
            }
        }
    }

    private void cloudLink(List<SitePlan> plans, int a, int b, double km) {
        SitePlan x = plans.get(a);
        SitePlan y = plans.get(b);
        boolean sameProvider = x.provider() == y.provider();
        // a provider's own backbone is fast and cheap; between providers traffic pays internet egress
        add(x.name(), y.name(), Draw.between(rng, 1.0, 2.0) + Geo.fibreMs(km), sameProvider ? 10_000.0 : 5_000.0,
                sameProvider ? 0.02 : 0.08);
    }

    private void uplink(List<SitePlan> plans, int site, List<Integer> clouds) {
        SitePlan s = plans.get(site);
        int first = -1;
        int second = -1;
        double firstKm = Double.MAX_VALUE;
        double secondKm = Double.MAX_VALUE;
        for (int c : clouds) {
            double d = distance(s, plans.get(c));
            if (d < firstKm) {
                second = first;
                secondKm = firstKm;
                first = c;
                firstKm = d;
            } else if (d < secondKm) {
                second = c;
                secondKm = d;
            }
        }
        uplinkTo(s, plans.get(first));
        boolean dualHomed = s.kind() == SiteKind.ON_PREM_DC
                || s.kind() == SiteKind.EDGE_POP;
        if (dualHomed && second >= 0) {
            uplinkTo(s, plans.get(second));
        }
    }

    private void uplinkTo(SitePlan s, SitePlan cloud) {
        double km = distance(s, cloud);
        switch (s.kind()) {
            // broadband or SD-WAN: the last mile dominates
            case STORE -> add(s.name(), cloud.name(), Draw.between(rng, 8.0, 20.0) + Geo.fibreMs(km),
                    50.0 * Draw.between(rng, 2, 10), Draw.between(rng, 0.05, 0.09));
            case FACTORY -> add(s.name(), cloud.name(), Draw.between(rng, 4.0, 10.0) + Geo.fibreMs(km),
                    500.0 * Draw.between(rng, 1, 4), Draw.between(rng, 0.05, 0.09));
            case EDGE_POP -> add(s.name(), cloud.name(), Draw.between(rng, 1.0, 3.0) + Geo.fibreMs(km), 10_000.0,
                    Draw.between(rng, 0.01, 0.02));
            // dedicated interconnect (Direct Connect, ExpressRoute, Interconnect)
            default -> add(s.name(), cloud.name(), Draw.between(rng, 1.0, 3.0) + Geo.fibreMs(km),
                    new double[] {10_000, 40_000, 100_000}[rng.nextInt(3)], 0.02);
        }
    }

    private void deviceLink(String site, Device d) {
        String end = site + "/" + d.name();
        switch (d.kind()) {
            case CAMERA -> add(end, site, Draw.between(rng, 1.0, 4.0), 100.0 * Draw.between(rng, 1, 4), null);
            case SENSOR -> add(end, site, Draw.between(rng, 5.0, 25.0), 0.25, null);
            case GATEWAY -> add(end, site, Draw.between(rng, 0.5, 1.5), 1_000.0, null);
            default -> add(end, site, Draw.between(rng, 1.0, 2.0), 10.0, null);
        }
    }

    private void add(String a, String b, double latencyMs, Double bandwidthMbps, Double costPerGB) {
        String key = a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
        if (joined.add(key)) {
            links.add(new Link(List.of(a, b), Geo.tenth(latencyMs), bandwidthMbps,
                    costPerGB == null ? null : Math.round(costPerGB * 1000) / 1000.0));
        }
    }

    private static double distance(SitePlan a, SitePlan b) {
        return Geo.km(a.lat(), a.lon(), b.lat(), b.lon());
    }
}
