package dev.traverse.canvas.layout;

import dev.traverse.canvas.document.ElementKind;
import dev.traverse.canvas.document.ElementSpec;
import java.util.Locale;
import java.util.Map;

/**
 * How far from the core a site is, read from the words of its style and detail: the site kind when one is named
 * ("cloud-region", "on-prem-dc", "edge-pop", "store"...), else the provider ("aws", "on-prem"...). 0 for cloud
 * regions, 1 for data centres, 2 for edge PoPs, 3 for everything else. The layered layout puts lower tiers higher up
 * when links give no direction. Elements other than sites are all tier 0. Pure; any thread.
 */
final class SiteTier {

    static final int CLOUD = 0;
    static final int DATA_CENTRE = 1;
    static final int EDGE_POP = 2;
    static final int EDGE = 3;

    /** Site kinds say it best; providers are the fallback (a store's provider is often "on-prem" too). */
    private static final Map<String, Integer> KIND_WORDS = Map.of("cloud-region", CLOUD, "on-prem-dc", DATA_CENTRE,
            "edge-pop", EDGE_POP, "store", EDGE, "factory", EDGE, "vehicle", EDGE, "home", EDGE, "office", EDGE);
    private static final Map<String, Integer> PROVIDER_WORDS = Map.of("aws", CLOUD, "azure", CLOUD, "gcp", CLOUD,
            "oci", CLOUD, "coreweave", CLOUD, "cloud", CLOUD, "on-prem", DATA_CENTRE);

    private SiteTier() {
    }

    static int of(ElementSpec spec) {
        if (spec.kind() != ElementKind.SITE) {
            return CLOUD;
        }
        int byKind = Integer.MAX_VALUE;
        int byProvider = Integer.MAX_VALUE;
        for (String word : (spec.style() + " " + spec.detail()).toLowerCase(Locale.ROOT).split("[^a-z0-9-]+")) {
            byKind = Math.min(byKind, KIND_WORDS.getOrDefault(word, Integer.MAX_VALUE));
            byProvider = Math.min(byProvider, PROVIDER_WORDS.getOrDefault(word, Integer.MAX_VALUE));
        }
        int best = byKind != Integer.MAX_VALUE ? byKind : byProvider != Integer.MAX_VALUE ? byProvider : EDGE;
        return best;
    }
}
