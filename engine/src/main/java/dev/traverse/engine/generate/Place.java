package dev.traverse.engine.generate;

/**
 * A city where on-premises and edge sites are: data centres, PoPs, stores, factories.
 *
 * @param city    the locality as a site's region is written ({@code lyon})
 * @param country ISO 3166 alpha-2 code
 * @param carbon  grid carbon intensity, gCO2/kWh
 */
record Place(String city, String country, double lat, double lon, double carbon) {
}
