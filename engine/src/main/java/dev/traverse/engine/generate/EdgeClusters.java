package dev.traverse.engine.generate;

import dev.traverse.engine.model.Billing;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Distribution;
import dev.traverse.engine.model.SiteKind;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The one small cluster of an edge site. Stores run K3s or MicroK8s on an arm64 gateway (two for redundancy in the
 * bigger ones) and perhaps a small server; factories add industrial PCs and sometimes a Jetson for vision; PoPs
 * have a few rack servers.
 */
final class EdgeClusters {

    private static final NodePools.Options OWNED = new NodePools.Options(false, false, false, false, Billing.ALWAYS);

    private final SplittableRandom rng;
    private final NameRegistry names;
    private final NodePools nodePools;

    EdgeClusters(SplittableRandom rng, NameRegistry names, NodePools nodePools) {
        this.rng = rng;
        this.names = names;
        this.nodePools = nodePools;
    }

    List<Cluster> build(SitePlan site) {
        int n = site.nodes();
        if (n == 0) {
            return List.of();
        }
        Distribution distribution = distribution(site.kind());
        PoolList pools = new PoolList();
        switch (site.kind()) {
            case STORE -> {
                int gateways = Math.min(n, 2);
                pools.add("gw", gateways, null, InstanceTypes.GATEWAY_BOX, OWNED);
                pools.add("srv", n - gateways, null, InstanceTypes.STORE_SERVER, OWNED);
            }
            case FACTORY -> {
                pools.add("gw", 1, null, InstanceTypes.GATEWAY_BOX, OWNED);
                int vision = n >= 3 && Draw.chance(rng, 0.4) ? 1 : 0;
                pools.add("vision", vision, null, InstanceTypes.EDGE_GPU_BOX, OWNED);
                pools.add("ipc", n - 1 - vision, null, InstanceTypes.INDUSTRIAL_PC, OWNED);
            }
            default -> {
                int arm = n >= 4 && Draw.chance(rng, 0.3) ? (int) Math.round(n * 0.3) : 0;
                pools.add("edge", n - arm, null, InstanceTypes.POP_SERVER, OWNED);
                pools.add("edge-arm", arm, null, InstanceTypes.POP_ARM_SERVER, OWNED);
            }
        }
        String name = names.claim(site.name() + "-" + distribution.wireName());
        return List.of(new Cluster(name, distribution, name, Map.of("traverse.dev/env", "prod"),
                pools.build(nodePools)));
    }

    private Distribution distribution(SiteKind kind) {
        return switch (kind) {
            case STORE -> Draw.chance(rng, 0.7) ? Distribution.K3S : Distribution.MICROK8S;
            case FACTORY -> new Distribution[] {Distribution.K3S, Distribution.MICROK8S, Distribution.AKS_EDGE}
                    [Draw.weighted(rng, new double[] {0.5, 0.25, 0.25})];
            default -> Draw.chance(rng, 0.6) ? Distribution.K3S : Distribution.KUBERNETES;
        };
    }
}
