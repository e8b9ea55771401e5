package dev.traverse.engine.generate;

import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.SiteKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Decides which sites there are, where they are, and how the node and device totals are shared between them.
 * About three in ten sites are cloud regions (up to the catalogue's size); the rest are stores, factories, edge
 * PoPs and data centres near them.
 */
final class SitePlanner {

    private static final double CLOUD_SHARE = 0.3;
    private static final SiteKind[] OTHER_KINDS = {SiteKind.STORE, SiteKind.FACTORY, SiteKind.EDGE_POP,
            SiteKind.ON_PREM_DC};
    private static final double[] OTHER_SHARES = {0.45, 0.25, 0.15, 0.15};
    /** Edge sites never take more than this share of the nodes: the clouds must keep room for the workloads. */
    private static final double EDGE_NODE_CAP = 0.25;
    /** Edge sites are near a cloud region: a place is drawn from this many nearest to it. */
    private static final int NEAREST_PLACES = 6;

    private final SplittableRandom rng;
    private final NameRegistry names;

    SitePlanner(SplittableRandom rng, NameRegistry names) {
        this.rng = rng;
        this.names = names;
    }

    List<SitePlan> plan(GeneratorSpec spec) {
        List<SitePlan> sites = new ArrayList<>();
        if (spec.sites() == 1) {
            // a lone site has to hold the devices too: a campus data centre rather than a cloud region
            if (spec.devices() > 0) {
                sites.add(onPrem(SiteKind.ON_PREM_DC, Places.ALL.get(rng.nextInt(Places.ALL.size())), 1, 1));
            } else {
                sites.add(cloud(CloudRegions.ALL.get(rng.nextInt(CloudRegions.ALL.size()))));
            }
        } else {
            int clouds = Math.max(1, Math.min(CloudRegions.ALL.size(), (int) Math.round(spec.sites() * CLOUD_SHARE)));
            List<CloudRegion> regions = pickRegions(clouds);
            regions.forEach(r -> sites.add(cloud(r)));
            List<List<Place>> nearby = regions.stream().map(SitePlanner::nearest).toList();
            int[] counts = Apportion.byWeight(spec.sites() - clouds, OTHER_SHARES);
            // data centres first, stores last: the order the canvas shows them in
            for (int k = OTHER_KINDS.length - 1; k >= 0; k--) {
                for (int i = 0; i < counts[k]; i++) {
                    sites.add(onPrem(OTHER_KINDS[k], Draw.one(rng, Draw.one(rng, nearby)), i + 1, counts[k]));
                }
            }
        }
        return withBudgets(sites, spec.nodes(), spec.devices());
    }

    private List<CloudRegion> pickRegions(int count) {
        List<List<CloudRegion>> left = new ArrayList<>();
        for (Provider p : CloudRegions.PROVIDERS) {
            left.add(new ArrayList<>(CloudRegions.of(p)));
        }
        double[] weights = CloudRegions.PROVIDER_WEIGHTS.clone();
        List<CloudRegion> picked = new ArrayList<>(count);
        while (picked.size() < count) {
            int p = Draw.weighted(rng, weights);
            List<CloudRegion> regions = left.get(p);
            picked.add(regions.remove(rng.nextInt(regions.size())));
            if (regions.isEmpty()) {
                weights[p] = 0;
            }
        }
        return picked;
    }

    /** The places nearest a region: the cities its edge sites are drawn from. */
    private static List<Place> nearest(CloudRegion home) {
        return Places.ALL.stream()
                .sorted(Comparator.comparingDouble(p -> Geo.km(home.lat(), home.lon(), p.lat(), p.lon())))
                .limit(NEAREST_PLACES)
                .toList();
    }

    private SitePlan cloud(CloudRegion r) {
        return new SitePlan(names.claim(r.siteName()), SiteKind.CLOUD_REGION, r.provider(), r, r.code(), r.country(),
                r.carbon(), r.lat(), r.lon(), 0, 0);
    }

    private SitePlan onPrem(SiteKind kind, Place place, int index, int count) {
        String wanted = switch (kind) {
            case ON_PREM_DC -> "dc-" + place.city();
            case EDGE_POP -> "pop-" + place.city();
            case FACTORY -> "factory-" + padded(index, count);
            default -> "store-" + padded(index, count);
        };
        // the local grid, give or take the site's own contract
        double carbon = Math.round(place.carbon() * (0.9 + 0.2 * rng.nextDouble()));
        return new SitePlan(names.claim(wanted), kind, Provider.ON_PREM, null, place.city(), place.country(), carbon,
                place.lat(), place.lon(), 0, 0);
    }

    private static String padded(int index, int count) {
        int width = Math.max(3, Integer.toString(count).length());
        StringBuilder s = new StringBuilder(Integer.toString(index));
        while (s.length() < width) {
            s.insert(0, '0');
        }
        return s.toString();
    }

    private List<SitePlan> withBudgets(List<SitePlan> sites, int nodes, int devices) {
        int[] nodeBudget = nodeBudgets(sites, nodes);
        int[] deviceBudget = deviceBudgets(sites, devices);
        List<SitePlan> planned = new ArrayList<>(sites.size());
        for (int i = 0; i < sites.size(); i++) {
            planned.add(sites.get(i).withBudgets(nodeBudget[i], deviceBudget[i]));
        }
        return planned;
    }

    /** Edge sites get the few nodes they need (while they take no more than a quarter); the big sites the rest. */
    private int[] nodeBudgets(List<SitePlan> sites, int total) {
        int n = sites.size();
        int[] budget = new int[n];
        int[] wanted = new int[n];
        double[] bigWeights = new double[n];
        int edgeDemand = 0;
        boolean anyBig = false;
        for (int i = 0; i < n; i++) {
            SitePlan s = sites.get(i);
            wanted[i] = switch (s.kind()) {
                case STORE -> Draw.weighted(rng, new double[] {0, 0.65, 0.25, 0.10});
                case FACTORY -> 2 + rng.nextInt(3);
                case EDGE_POP -> 3 + rng.nextInt(6);
                default -> 0;
            };
            edgeDemand += wanted[i];
            if (s.isBig()) {
                anyBig = true;
                double providerWeight = s.provider() == Provider.COREWEAVE ? 0.5 : 1.0;
                bigWeights[i] = (s.isCloud() ? providerWeight : 0.5) * (0.6 + rng.nextDouble());
            }
        }
        // without a big site (never so today) the edge sites take everything
        int edgeBudget = anyBig ? Math.min(edgeDemand, (int) (total * EDGE_NODE_CAP)) : Math.min(edgeDemand, total);
        // hand edge nodes out one per site per round, so a short budget still reaches many sites
        for (int round = 0; edgeBudget > 0; round++) {
            boolean gave = false;
            for (int i = 0; i < n && edgeBudget > 0; i++) {
                if (wanted[i] > round) {
                    budget[i]++;
                    edgeBudget--;
                    gave = true;
                }
            }
            if (!gave) {
                break;
            }
        }
        int given = 0;
        for (int b : budget) {
            given += b;
        }
        int[] big = Apportion.byWeight(total - given, bigWeights);
        for (int i = 0; i < n; i++) {
            budget[i] += big[i];
        }
        return budget;
    }

    /** Devices live at stores, factories and PoPs; data centres hold them only when there is nowhere else. */
    private int[] deviceBudgets(List<SitePlan> sites, int total) {
        double[] weights = new double[sites.size()];
        boolean anyEdge = false;
        for (int i = 0; i < sites.size(); i++) {
            weights[i] = switch (sites.get(i).kind()) {
                case FACTORY -> 2 + 2 * rng.nextDouble();
                case STORE -> 1 + rng.nextDouble();
                case EDGE_POP -> 0.3 + 0.5 * rng.nextDouble();
                default -> 0;
            };
            anyEdge |= weights[i] > 0;
        }
        if (!anyEdge) {
            for (int i = 0; i < sites.size(); i++) {
                weights[i] = sites.get(i).isCloud() ? 0 : 1;
            }
        }
        return Apportion.byWeight(total, weights);
    }
}
