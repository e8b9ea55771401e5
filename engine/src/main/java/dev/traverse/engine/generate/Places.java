package dev.traverse.engine.generate;

import java.util.List;

/** Cities for on-premises and edge sites, spread over the markets the cloud regions serve. */
final class Places {

    static final List<Place> ALL = List.of(
            new Place("paris", "FR", 48.86, 2.35, 56),
            new Place("lyon", "FR", 45.76, 4.84, 56),
            new Place("lille", "FR", 50.63, 3.06, 56),
            new Place("toulouse", "FR", 43.60, 1.44, 56),
            new Place("berlin", "DE", 52.52, 13.40, 380),
            new Place("munich", "DE", 48.14, 11.58, 380),
            new Place("hamburg", "DE", 53.55, 10.00, 380),
            new Place("stuttgart", "DE", 48.78, 9.18, 380),
            new Place("cologne", "DE", 50.94, 6.96, 380),
            new Place("amsterdam", "NL", 52.37, 4.90, 330),
            new Place("rotterdam", "NL", 51.92, 4.48, 330),
            new Place("brussels", "BE", 50.85, 4.35, 160),
            new Place("milan", "IT", 45.46, 9.19, 330),
            new Place("turin", "IT", 45.07, 7.69, 330),
            new Place("madrid", "ES", 40.42, -3.70, 150),
            new Place("barcelona", "ES", 41.39, 2.17, 150),
            new Place("lisbon", "PT", 38.72, -9.14, 180),
            new Place("warsaw", "PL", 52.23, 21.01, 660),
            new Place("krakow", "PL", 50.06, 19.94, 660),
            new Place("prague", "CZ", 50.08, 14.44, 450),
            new Place("vienna", "AT", 48.21, 16.37, 110),
            new Place("zurich", "CH", 47.37, 8.54, 40),
            new Place("stockholm", "SE", 59.33, 18.07, 41),
            new Place("gothenburg", "SE", 57.71, 11.97, 41),
            new Place("oslo", "NO", 59.91, 10.75, 30),
            new Place("copenhagen", "DK", 55.68, 12.57, 150),
            new Place("helsinki", "FI", 60.17, 24.94, 80),
            new Place("dublin", "IE", 53.35, -6.26, 290),
            new Place("london", "GB", 51.51, -0.13, 200),
            new Place("manchester", "GB", 53.48, -2.24, 200),
            new Place("birmingham", "GB", 52.49, -1.89, 200),
            new Place("new-york", "US", 40.71, -74.00, 290),
            new Place("chicago", "US", 41.88, -87.63, 420),
            new Place("detroit", "US", 42.33, -83.05, 500),
            new Place("dallas", "US", 32.78, -96.80, 400),
            new Place("atlanta", "US", 33.75, -84.39, 390),
            new Place("seattle", "US", 47.61, -122.33, 280),
            new Place("san-jose", "US", 37.34, -121.89, 220),
            new Place("phoenix", "US", 33.45, -112.07, 380),
            new Place("toronto", "CA", 43.65, -79.38, 50),
            new Place("montreal", "CA", 45.50, -73.57, 30),
            new Place("mexico-city", "MX", 19.43, -99.13, 420),
            new Place("sao-paulo", "BR", -23.55, -46.63, 100),
            new Place("curitiba", "BR", -25.43, -49.27, 100),
            new Place("tokyo", "JP", 35.68, 139.69, 480),
            new Place("osaka", "JP", 34.69, 135.50, 480),
            new Place("seoul", "KR", 37.57, 126.98, 430),
            new Place("singapore", "SG", 1.35, 103.82, 410),
            new Place("kuala-lumpur", "MY", 3.14, 101.69, 580),
            new Place("sydney", "AU", -33.87, 151.21, 640),
            new Place("melbourne", "AU", -37.81, 144.96, 700),
            new Place("bangalore", "IN", 12.97, 77.59, 710),
            new Place("pune", "IN", 18.52, 73.86, 710),
            new Place("johannesburg", "ZA", -26.20, 28.05, 900),
            new Place("cape-town", "ZA", -33.92, 18.42, 900),
            new Place("dubai", "AE", 25.20, 55.27, 420));

    private Places() {
    }
}
