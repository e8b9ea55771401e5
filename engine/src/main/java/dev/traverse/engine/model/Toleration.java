package dev.traverse.engine.model;

import java.util.Objects;

/**
 * A Kubernetes toleration. An empty key with {@code Exists} tolerates every taint; a null effect matches every effect.
 */
public record Toleration(String key, TolerationOperator operator, String value, TaintEffect effect) {

    public Toleration {
        key = key == null ? "" : key;
        Objects.requireNonNull(operator, "operator");
        value = value == null ? "" : value;
        if (!key.isEmpty() && !Names.isLabelKey(key)) {
            throw new IllegalArgumentException("toleration key \"" + key + "\" is not a valid label key");
        }
        if (key.isEmpty() && operator != TolerationOperator.EXISTS) {
            throw new IllegalArgumentException("a toleration without a key must use operator Exists");
        }
        if (operator == TolerationOperator.EXISTS && !value.isEmpty()) {
            throw new IllegalArgumentException("a toleration with operator Exists must not have a value");
        }
    }

    /** True when this toleration lets a workload onto a node with the given taint (Kubernetes' rule). */
    public boolean tolerates(Taint taint) {
        if (effect != null && effect != taint.effect()) {
            return false;
        }
        if (key.isEmpty()) {
            return true;
        }
        if (!key.equals(taint.key())) {
            return false;
        }
        return operator == TolerationOperator.EXISTS || value.equals(taint.value());
    }
}
