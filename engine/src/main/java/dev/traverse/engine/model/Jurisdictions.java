package dev.traverse.engine.model;

import java.util.Locale;
import java.util.Set;

/** Country codes and the groups of countries that sovereignty constraints may name. */
public final class Jurisdictions {

    /** The European Union's member states. */
    public static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
            "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    /** The European Economic Area: the EU with Iceland, Liechtenstein and Norway. */
    public static final Set<String> EEA;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    static {
        java.util.HashSet<String> eea = new java.util.HashSet<>(EU);
        eea.addAll(Set.of("IS", "LI", "NO"));
        EEA = Set.copyOf(eea);
    }

    private Jurisdictions() {
    }

    /** True for an upper-case ISO 3166 alpha-2 country code. */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** True for a country code or a group name (EU, EEA) that a workload may allow. */
    public static boolean isJurisdiction(String code) {
        return isCountry(code) || "EU".equals(code) || "EEA".equals(code);
    }

    /** True when a site in {@code country} lies within the allowed {@code jurisdiction}. */
    public static boolean contains(String jurisdiction, String country) {
        switch (jurisdiction) {
            case "EU": return EU.contains(country);
            case "EEA": return EEA.contains(country);
            default: return jurisdiction.equals(country);
        }
    }
}
