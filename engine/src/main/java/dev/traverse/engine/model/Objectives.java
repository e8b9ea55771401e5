package dev.traverse.engine.model;

/**
 * Weights of the placement engine's soft objectives. Zero switches an objective off.
 */
public record Objectives(double cost, double latency, double carbon, double balance, double resilience,
                         double consolidation) {

    public static final Objectives DEFAULT = new Objectives(1, 1, 0, 0, 0, 0);

    public Objectives {
        Names.nonNegative("cost", cost);
        Names.nonNegative("latency", latency);
        Names.nonNegative("carbon", carbon);
        Names.nonNegative("balance", balance);
        Names.nonNegative("resilience", resilience);
        Names.nonNegative("consolidation", consolidation);
    }
}
