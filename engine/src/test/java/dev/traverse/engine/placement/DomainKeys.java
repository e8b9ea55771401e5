package dev.traverse.engine.placement;

import dev.traverse.engine.model.TopologyKey;

/**
 * The domain a host belongs to for each topology key, as the file format defines them: node is the host; zone is
 * the node's zone at its site, else its cluster; region is provider/region, else the site. Devices have no zone or
 * cluster: for both they count as one domain per site, their site's devices.
 */
final class DomainKeys {

    private DomainKeys() {
    }

    static String of(TopologyKey key, ModelHost h) {
        String devices = "devices@" + h.site().name();
        switch (key) {
            case NODE:
                return "node@" + h.name();
            case ZONE:
                if (h.isDevice()) {
                    return devices;
                }
                return h.node().zone() != null ? "zone@" + h.site().name() + "/" + h.node().zone()
                        : "cluster@" + h.cluster().name();
            case CLUSTER:
                return h.isDevice() ? devices : "cluster@" + h.cluster().name();
            case SITE:
                return "site@" + h.site().name();
            case REGION:
                return h.site().region() != null ? "region@" + h.site().provider().wireName() + "/" + h.site().region()
                        : "site@" + h.site().name();
            case PROVIDER:
                return "provider@" + h.site().provider().wireName();
            default:
                throw new IllegalArgumentException("unknown topology key " + key);
        }
    }
}
