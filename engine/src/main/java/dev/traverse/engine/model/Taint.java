package dev.traverse.engine.model;

import java.util.Objects;

/** A Kubernetes taint: workloads stay off the node unless they tolerate it. The value may be empty. */
public record Taint(String key, String value, TaintEffect effect) {

    public Taint {
        if (!Names.isLabelKey(key)) {
            throw new IllegalArgumentException("taint key \"" + key + "\" is not a valid label key");
        }
        value = value == null ? "" : value;
        if (!Names.isLabelValue(value)) {
            throw new IllegalArgumentException("taint value \"" + value + "\" is not a valid label value");
        }
        Objects.requireNonNull(effect, "effect");
    }

    @Override
    public String toString() {
        return value.isEmpty() ? key + ":" + effect : key + "=" + value + ":" + effect;
    }
}
