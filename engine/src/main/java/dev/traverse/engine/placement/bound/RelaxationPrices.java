package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.HashMap;
import java.util.Map;

/**
 * The dual prices a lower bound ended with, per group (by name) and resource (by name), for the next bound of an
 * edited topology to start from: after a small edit they are nearly right, so a short search finishes them. Any
 * prices give a valid bound, so a stale start costs only quality. Immutable.
 */
public final class RelaxationPrices {

    /** No prices: the bound searches from its own start. */
    public static final RelaxationPrices NONE = new RelaxationPrices(Map.of());

    /** Per group name, per resource name, the price of one member's worth of load. */
    private final Map<String, Map<String, Double>> byGroup;

    private RelaxationPrices(Map<String, Map<String, Double>> byGroup) {
        this.byGroup = byGroup;
    }

    static RelaxationPrices of(Problem problem, double[] prices) {
        int dimensions = problem.dimensions().size();
        Map<String, Map<String, Double>> byGroup = new HashMap<>();
        for (HostGroup g : problem.groups()) {
            Map<String, Double> ofGroup = new HashMap<>();
            for (int k = 0; k < dimensions; k++) {
                double price = prices[g.index() * dimensions + k];
                if (price > 0) {
                    ofGroup.put(problem.dimensions().name(k), price);
                }
            }
            if (!ofGroup.isEmpty()) {
                byGroup.put(g.name(), Map.copyOf(ofGroup));
            }
        }
        return new RelaxationPrices(Map.copyOf(byGroup));
    }

    boolean isEmpty() {
        return byGroup.isEmpty();
    }

    /** The prices laid out for this problem's groups and resources, zero where none is known; null when empty. */
    double[] onto(Problem problem) {
        if (byGroup.isEmpty()) {
            return null;
        }
        int dimensions = problem.dimensions().size();
        double[] prices = new double[problem.groups().size() * dimensions];
        for (HostGroup g : problem.groups()) {
            Map<String, Double> ofGroup = byGroup.get(g.name());
            if (ofGroup == null) {
                continue;
            }
            for (int k = 0; k < dimensions; k++) {
                prices[g.index() * dimensions + k] = ofGroup.getOrDefault(problem.dimensions().name(k), 0.0);
            }
        }
        return prices;
    }
}
