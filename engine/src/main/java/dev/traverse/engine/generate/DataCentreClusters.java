package dev.traverse.engine.generate;

import dev.traverse.engine.model.Billing;
import dev.traverse.engine.model.Cluster;
import dev.traverse.engine.model.Distribution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * OpenShift or upstream Kubernetes clusters on owned servers: racks of large machines in two halls, a few infra
 * nodes and a tainted GPU pool. Owned hardware costs the same busy or idle, so everything bills always.
 */
final class DataCentreClusters {

    private static final int MAX_CLUSTER_NODES = 3000;

    private final SplittableRandom rng;
    private final NameRegistry names;
    private final NodePools nodePools;

    DataCentreClusters(SplittableRandom rng, NameRegistry names, NodePools nodePools) {
        this.rng = rng;
        this.names = names;
        this.nodePools = nodePools;
    }

    List<Cluster> build(SitePlan site) {
        int n = site.nodes();
        if (n == 0) {
            return List.of();
        }
        int k = (n + MAX_CLUSTER_NODES - 1) / MAX_CLUSTER_NODES;
        if (k == 1 && n >= 40 && Draw.chance(rng, 0.3)) {
            k = 2;
        }
        boolean openShift = Draw.chance(rng, 0.5);
        int[] sizes = Apportion.byWeightAtLeastOne(n, even(k));
        List<Cluster> clusters = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            String base = site.name() + (openShift ? "-ocp" : "-k8s");
            String name = names.claim(NameRegistry.indexed(base, i, k));
            clusters.add(new Cluster(name, openShift ? Distribution.OPENSHIFT : Distribution.KUBERNETES, name,
                    Map.of("traverse.dev/env", "prod"), pools(site, sizes[i]).build(nodePools)));
        }
        return clusters;
    }

    private PoolList pools(SitePlan site, int m) {
        int infra = m >= 20 ? 3 : 0;
        int gpu = m >= 10 ? Math.max(1, (int) Math.round(m * 0.06)) : 0;
        int general = m - infra - gpu;
        // zone names must be unique across sites, or spreading would count two halls of different DCs as one
        String[] halls = {site.name() + "-hall-1", site.name() + "-hall-2"};
        NodePools.Options owned = new NodePools.Options(false, false, false, false, Billing.ALWAYS);
        PoolList pools = new PoolList();
        pools.add("infra", infra, halls[0], InstanceTypes.DATA_CENTRE.get(0).withRole(PoolRole.SYSTEM),
                new NodePools.Options(false, false, false, true, Billing.ALWAYS));
        int hall = rng.nextInt(2);
        for (int size : Apportion.chunks(general, 4, Math.max(40, m / 100), rng)) {
            pools.add("rack", size, halls[++hall % 2], Draw.one(rng, InstanceTypes.dataCentre(PoolRole.GENERAL)),
                    owned);
        }
        for (int size : Apportion.chunks(gpu, 1, 8, rng)) {
            pools.add("gpu", size, halls[++hall % 2], Draw.one(rng, InstanceTypes.dataCentre(PoolRole.GPU)), owned);
        }
        return pools;
    }

    private static double[] even(int k) {
        double[] w = new double[k];
        Arrays.fill(w, 1);
        return w;
    }
}
