package dev.traverse.engine.generate;

/** Distances on the globe and the network latencies they make. */
final class Geo {

    private static final double EARTH_RADIUS_KM = 6371;
    /** Round trip over fibre along real routes: about 1 ms per 75 km of great-circle distance. */
    private static final double KM_PER_MS = 75;

    private Geo() {
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    /** Round-trip milliseconds over {@code km} of fibre. */
    static double fibreMs(double km) {
        return km / KM_PER_MS;
    }

    /** Rounds to a tenth, as latencies are written. */
    static double tenth(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
