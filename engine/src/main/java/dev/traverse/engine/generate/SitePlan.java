package dev.traverse.engine.generate;

import dev.traverse.engine.model.Provider;
import dev.traverse.engine.model.SiteKind;

/**
 * A site decided but not yet built: its place, and how many nodes and devices it gets.
 *
 * @param cloudRegion the region for cloud sites, null otherwise
 * @param region      the provider's region code or the city
 * @param nodes       nodes to build at the site, counting pool members
 * @param devices     devices to build at the site, counting group members
 */
record SitePlan(String name, SiteKind kind, Provider provider, CloudRegion cloudRegion, String region,
                String jurisdiction, double carbon, double lat, double lon, int nodes, int devices) {

    SitePlan withBudgets(int nodes, int devices) {
        return new SitePlan(name, kind, provider, cloudRegion, region, jurisdiction, carbon, lat, lon, nodes, devices);
    }

    boolean isCloud() {
        return kind == SiteKind.CLOUD_REGION;
    }

    /** Cloud regions and data centres carry the bulk of the nodes; the rest are edge sites with a few each. */
    boolean isBig() {
        return kind == SiteKind.CLOUD_REGION || kind == SiteKind.ON_PREM_DC;
    }
}
