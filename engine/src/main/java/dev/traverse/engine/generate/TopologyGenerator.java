package dev.traverse.engine.generate;

import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Device;
import dev.traverse.engine.model.Link;
import dev.traverse.engine.model.Metadata;
import dev.traverse.engine.model.Names;
import dev.traverse.engine.model.Objectives;
import dev.traverse.engine.model.Site;
import dev.traverse.engine.model.SiteKind;
import dev.traverse.engine.model.Topology;
import dev.traverse.engine.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Makes large, realistic topologies for benchmarks, demos and property tests: cloud regions of five providers,
 * data centres, edge PoPs, stores and factories with gateways and devices, the links between them, and workloads
 * with every kind of constraint, sized to be mostly placeable.
 *
 * <p>The result depends on the spec alone: the same spec gives an equal topology on every run and machine. Each
 * phase draws from its own split of the seeded generator, so changing how workloads are made leaves the sites
 * alone. Pure and thread-safe: call it from any thread.
 */
public final class TopologyGenerator {

    /** Weights people start from: cost and latency first, carbon and balance as tie-breakers. */
    private static final Objectives OBJECTIVES = new Objectives(1.0, 2.0, 0.5, 0.2, 0.3, 0.1);

    private TopologyGenerator() {
    }

    /** The topology for the spec; its totals of sites, nodes, devices and workloads are exactly the spec's. */
    public static Topology generate(GeneratorSpec spec) {
        Objects.requireNonNull(spec, "spec");
        SplittableRandom root = new SplittableRandom(spec.seed());
        SplittableRandom siteRng = root.split();
        SplittableRandom linkRng = root.split();
        SplittableRandom workloadRng = root.split();

        NameRegistry names = new NameRegistry();
        Quantities quantities = new Quantities();
        List<SitePlan> plans = new SitePlanner(siteRng.split(), names).plan(spec);
        List<Site> sites = buildSites(plans, siteRng, names, quantities);
        List<Link> links = new LinkGenerator(linkRng).link(plans, sites);
        List<Workload> workloads = new WorkloadGenerator(workloadRng, new Inventory(sites, links), quantities)
                .generate(spec.workloads());
        return new Topology(metadata(spec), OBJECTIVES, sites, links, workloads, LayoutGenerator.layout(sites));
    }

    private static List<Site> buildSites(List<SitePlan> plans, SplittableRandom rng, NameRegistry names,
                                         Quantities quantities) {
        NodePools nodePools = new NodePools(quantities);
        CloudClusters cloud = new CloudClusters(rng.split(), names, nodePools);
        DataCentreClusters dataCentre = new DataCentreClusters(rng.split(), names, nodePools);
        EdgeClusters edge = new EdgeClusters(rng.split(), names, nodePools);
        DeviceGenerator devices = new DeviceGenerator(rng.split(), quantities);
        List<Site> sites = new ArrayList<>(plans.size());
        for (SitePlan plan : plans) {
            List<Cluster> clusters = switch (plan.kind()) {
                case CLOUD_REGION -> cloud.build(plan);
                case ON_PREM_DC -> dataCentre.build(plan);
                default -> edge.build(plan);
            };
            List<Device> siteDevices = devices.build(plan, clusters);
            sites.add(new Site(plan.name(), plan.kind(), plan.provider(), plan.region(), plan.jurisdiction(),
                    plan.carbon(), Map.of("traverse.dev/tier", tier(plan.kind())), clusters, siteDevices));
        }
        return sites;
    }

    private static String tier(SiteKind kind) {
        return switch (kind) {
            case CLOUD_REGION -> "cloud";
            case ON_PREM_DC -> "core";
            default -> "edge";
        };
    }

    private static Metadata metadata(GeneratorSpec spec) {
        String name = "generated-s" + spec.sites() + "-n" + spec.nodes() + "-d" + spec.devices() + "-w"
                + spec.workloads() + "-k" + spec.seed();
        if (!Names.isName(name)) {
            // absurdly large specs: keep the prefix and the description says the rest
            name = "generated-" + Integer.toUnsignedString(
                    Objects.hash(spec.sites(), spec.nodes(), spec.devices(), spec.workloads(), spec.seed()), 36);
        }
        String description = "Generated topology: " + spec.sites() + " sites, " + spec.nodes() + " nodes, "
                + spec.devices() + " devices, " + spec.workloads() + " workloads, seed " + spec.seed()
                + " (traverse generate --sites " + spec.sites() + " --nodes " + spec.nodes() + " --devices "
                + spec.devices() + " --workloads " + spec.workloads() + " --seed " + spec.seed() + ").";
        return new Metadata(name, description, Map.of("traverse.dev/generated", "true"));
    }
}
