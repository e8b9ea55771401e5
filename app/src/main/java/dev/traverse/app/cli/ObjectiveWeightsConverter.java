package dev.traverse.app.cli;

import dev.traverse.engine.placement.construct.ObjectiveWeights;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --weights cost=1,latency=2}: objective weights that override the topology's. The objective names are
 * the engine's own list, so that the two cannot drift apart.
 */
final class ObjectiveWeightsConverter implements ITypeConverter<ObjectiveWeightsConverter.Weights> {

    static final List<String> OBJECTIVES = ObjectiveWeights.OBJECTIVES;

    static final String EXPECTED = "expected OBJECTIVE=WEIGHT,... such as cost=1,latency=2, where OBJECTIVE is one of "
            + String.join(", ", OBJECTIVES) + " and WEIGHT a number of at least 0";

    /** The weights as given, in the order given. */
    record Weights(Map<String, Double> values) {
    }

    @Override
    public Weights convert(String value) {
        return parse(value);
    }

    static Weights parse(String value) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String pair : value.split(",", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
            if (eq < 0 || !OBJECTIVES.contains(name)) {
                throw refused(value);
            }
            BigDecimal weight;
            try {
                weight = new BigDecimal(pair.substring(eq + 1).strip()); // stricter than parseDouble: no NaN, no 1d
            } catch (NumberFormatException e) {
                throw refused(value);
            }
            if (weight.signum() < 0 || Double.isInfinite(weight.doubleValue())
                    || weights.put(name, weight.doubleValue()) != null) {
                throw refused(value);
            }
        }
        return new Weights(weights);
    }

    private static TypeConversionException refused(String value) {
        return new TypeConversionException(EXPECTED + "; got \"" + value + "\"");
    }
}
