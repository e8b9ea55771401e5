package dev.traverse.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A place where workloads can run: a cloud region, a data centre, an edge PoP, a store, a factory, a vehicle.
 *
 * @param region          the provider's region or the place's locality, or null
 * @param jurisdiction    the ISO 3166 alpha-2 country whose law applies (sovereignty constraints), or null
 * @param carbonIntensity grid carbon intensity in gCO2/kWh, or null when unknown
 */
public record Site(
        String name,
        SiteKind kind,
        Provider provider,
        String region,
        String jurisdiction,
        Double carbonIntensity,
        Map<String, String> labels,
        List<Cluster> clusters,
        List<Device> devices) {

    public Site {
        Names.requireName("site name", name);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provider, "provider");
        if (jurisdiction != null && !Jurisdictions.isCountry(jurisdiction)) {
            throw new IllegalArgumentException("jurisdiction \"" + jurisdiction
                    + "\" is not an ISO 3166 alpha-2 country code such as DE, FR or US");
        }
        if (carbonIntensity != null) {
            Names.nonNegative("carbonIntensity", carbonIntensity);
        }
        labels = Names.labels("label", labels);
        clusters = Names.list("clusters", clusters);
        devices = Names.list("devices", devices);
    }
}
