package dev.traverse.engine.generate;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.Billing;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Managed Kubernetes clusters in a cloud region: a small system pool, general pools (some spot, some arm64, a few
 * able to run WebAssembly), memory-optimised pools and tainted GPU pools, spread over the region's zones. CoreWeave
 * clusters are mostly GPUs.
 */
final class CloudClusters {

    /** Kubernetes' supported limit per cluster: beyond it a region gets more clusters. */
    private static final int MAX_CLUSTER_NODES = 5000;
    private static final String[] PURPOSES = {"prod", "batch", "shared", "ml", "data"};

    private final SplittableRandom rng;
    private final NameRegistry names;
    private final NodePools nodePools;

    CloudClusters(SplittableRandom rng, NameRegistry names, NodePools nodePools) {
        this.rng = rng;
        this.names = names;
        this.nodePools = nodePools;
    }

    List<Cluster> build(SitePlan site) {
        int n = site.nodes();
        if (n == 0) {
            return List.of();
        }
        int k = Draw.weighted(rng, new double[] {0, 0.5, 0.35, 0.15});
        k = Math.max(Math.min(k, Math.max(1, n / 15)), (n + MAX_CLUSTER_NODES - 1) / MAX_CLUSTER_NODES);
        double[] weights = new double[k];
        for (int i = 0; i < k; i++) {
            weights[i] = 0.5 + rng.nextDouble();
        }
        int[] sizes = Apportion.byWeightAtLeastOne(n, weights);
        List<Cluster> clusters = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            String purpose = i < PURPOSES.length ? PURPOSES[i] : NameRegistry.letters(i);
            String name = names.claim(prefix(site.provider()) + "-" + site.region() + "-" + purpose);
            clusters.add(new Cluster(name, distribution(site.provider()), name,
                    Map.of("traverse.dev/env", i == 0 || Draw.chance(rng, 0.7) ? "prod" : "staging"),
                    pools(site, sizes[i]).build(nodePools)));
        }
        return clusters;
    }

    private PoolList pools(SitePlan site, int m) {
        Provider provider = site.provider();
        List<String> zones = site.cloudRegion().zones();
        int system = m >= 12 ? 3 : 0;
        int rest = m - system;
        int gpu;
        int arm = 0;
        int memory = 0;
        if (provider == Provider.COREWEAVE) {
            gpu = rest >= 2 ? (int) Math.round(rest * 0.75) : 0;
        } else {
            gpu = rest >= 8 ? Math.max(1, (int) Math.round(rest * 0.07)) : 0;
            arm = rest >= 10 && has(provider, PoolRole.GENERAL, Arch.ARM64) ? (int) Math.round(rest * 0.12) : 0;
            memory = rest >= 20 && has(provider, PoolRole.MEMORY, null) ? (int) Math.round(rest * 0.10) : 0;
        }
        int general = rest - gpu - arm - memory;

        PoolList pools = new PoolList();
        int zone = rng.nextInt(zones.size());
        pools.add("system", system, zones.get(zone),
                Draw.one(rng, InstanceTypes.cloud(provider, PoolRole.SYSTEM, null)),
                new NodePools.Options(true, false, false, Draw.chance(rng, 0.5), Billing.ALWAYS));
        int maxGeneral = Math.max(50, m / 100);
        for (int size : Apportion.chunks(general, 3, maxGeneral, rng)) {
            boolean spot = Draw.chance(rng, 0.2);
            pools.add(spot ? "spot" : "general", size, zones.get(++zone % zones.size()),
                    Draw.one(rng, InstanceTypes.cloud(provider, PoolRole.GENERAL, Arch.AMD64)),
                    new NodePools.Options(true, spot, Draw.chance(rng, 0.15), false,
                            spot || Draw.chance(rng, 0.7) ? Billing.WHEN_USED : Billing.ALWAYS));
        }
        for (int size : Apportion.chunks(arm, 3, 40, rng)) {
            pools.add("arm", size, zones.get(++zone % zones.size()),
                    Draw.one(rng, InstanceTypes.cloud(provider, PoolRole.GENERAL, Arch.ARM64)),
                    new NodePools.Options(true, false, Draw.chance(rng, 0.25), false, Billing.WHEN_USED));
        }
        for (int size : Apportion.chunks(memory, 3, 30, rng)) {
            pools.add("mem", size, zones.get(++zone % zones.size()),
                    Draw.one(rng, InstanceTypes.cloud(provider, PoolRole.MEMORY, null)),
                    new NodePools.Options(true, false, false, false,
                            Draw.chance(rng, 0.5) ? Billing.WHEN_USED : Billing.ALWAYS));
        }
        for (int size : Apportion.chunks(gpu, 1, 12, rng)) {
            // GPU pools autoscale from zero: idle GPUs are the most expensive thing in a cluster
            pools.add("gpu", size, zones.get(++zone % zones.size()),
                    Draw.one(rng, InstanceTypes.cloud(provider, PoolRole.GPU, null)),
                    new NodePools.Options(true, false, false, false, Billing.WHEN_USED));
        }
        return pools;
    }

    private static boolean has(Provider provider, PoolRole role, Arch arch) {
        return !InstanceTypes.cloud(provider, role, arch).isEmpty();
    }

    private static String prefix(Provider provider) {
        return switch (provider) {
            case AWS -> "eks";
            case AZURE -> "aks";
            case GCP -> "gke";
            case OCI -> "oke";
            case COREWEAVE -> "cks";
            default -> "k8s";
        };
    }

    private static Distribution distribution(Provider provider) {
        return switch (provider) {
            case AWS -> Distribution.EKS;
            case AZURE -> Distribution.AKS;
            case GCP -> Distribution.GKE;
            case OCI -> Distribution.OKE;
            default -> Distribution.KUBERNETES;
        };
    }
}
