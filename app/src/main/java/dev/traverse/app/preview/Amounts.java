package dev.traverse.app.preview;

import dev.traverse.engine.model.Quantity;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the quantity strings of a placement result's host usage ({@code "500m"}, {@code "32Gi"}) as numbers. A
 * result repeats few distinct strings over thousands of hosts, so each is parsed once. Not thread-safe: one per
 * build, on the thread doing the build.
 */
final class Amounts {

    private final Map<String, Double> parsed = new HashMap<>();

    /** The amount {@code resource} has in {@code amounts}, 0 when absent or not a quantity. */
    double of(Map<String, String> amounts, String resource) {
        String text = amounts.get(resource);
        if (text == null) {
            return 0;
        }
        Double value = parsed.get(text);
        if (value == null) {
            Quantity quantity = Quantity.tryParse(text);
            value = quantity == null ? 0 : quantity.value().doubleValue();
            parsed.put(text, value);
        }
        return value;
    }
}
