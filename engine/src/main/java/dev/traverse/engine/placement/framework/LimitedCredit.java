package dev.traverse.engine.placement.framework;

import dev.traverse.engine.model.TopologyKey;
import java.util.BitSet;
import java.util.Objects;

/**
 * A credit a scorer's per-replica bounds give a replica on every group in some domains, that a placement can earn in
 * only a few of those domains at once: a preferred affinity to a workload is met only where that workload's replicas
 * are, and it has only so many ({@link Scorer#limitedCredit}).
 *
 * @param key     the domain the credit is earned per; never {@link TopologyKey#NODE}
 * @param domains at most how many domains of the key a placement earns it in
 * @param amount  what the per-replica bound takes off on a group in one of {@code reach}; not negative
 * @param reach   the domains of the key where the per-replica bounds give the credit; not to be changed
 */
public record LimitedCredit(TopologyKey key, int domains, double amount, BitSet reach) {

    public LimitedCredit {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reach, "reach");
        if (key == TopologyKey.NODE) {
            throw new IllegalArgumentException("a limited credit counts a domain wider than a node");
        }
        if (domains < 0 || !(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("domains and amount must not be negative, got " + domains + " and "
                    + amount);
        }
    }

    /** The credit times a factor (a scorer's weight over its scale). */
    public LimitedCredit times(double factor) {
        return new LimitedCredit(key, domains, factor * amount, reach);
    }
}
