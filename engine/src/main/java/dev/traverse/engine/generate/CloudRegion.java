package dev.traverse.engine.generate;

import dev.traverse.engine.model.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * A real cloud region: where it is, whose law applies, and how clean its grid is.
 *
 * @param code      the provider's own region name, such as {@code eu-west-1} or {@code westeurope}
 * @param country   ISO 3166 alpha-2 country of the region
 * @param carbon    typical grid carbon intensity, gCO2/kWh
 * @param zoneCount how many availability zones the generator spreads pools over
 */
record CloudRegion(Provider provider, String code, String country, double lat, double lon, double carbon,
                   int zoneCount) {

    /** The site name: provider and region, as people say it ({@code aws-eu-west-1}). */
    String siteName() {
        return provider.wireName() + "-" + code;
    }

    /** The zone names in each provider's own style. */
    List<String> zones() {
        List<String> zones = new ArrayList<>(zoneCount);
        for (int i = 0; i < zoneCount; i++) {
            zones.add(switch (provider) {
                case AWS -> code + (char) ('a' + i);
                case AZURE -> code + "-" + (i + 1);
                case GCP -> code + "-" + (char) ('a' + i);
                case OCI -> code + "-ad-" + (i + 1);
                default -> code;
            });
        }
        return List.copyOf(zones);
    }
}
