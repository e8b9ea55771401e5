package dev.traverse.engine.placement.framework;

import dev.traverse.engine.model.TopologyKey;
import java.util.Objects;

/**
 * What a scorer adds for a replica by where the other replicas of its workload are: {@code perReplica} for each of
 * them already in the host's domain of {@code key}, and nothing else. Over a workload's replicas these add up to
 * {@code perReplica} times the pairs of them sharing a domain, whatever the order they are placed in, so the engine
 * can bound it together with the per-replica bounds of the other scorers ({@link Scorer#domainCharge}).
 *
 * @param key        the domain counted; never {@link TopologyKey#NODE}
 * @param perReplica what each replica of the workload already in the domain adds; not negative
 */
public record DomainCharge(TopologyKey key, double perReplica) {

    public DomainCharge {
        Objects.requireNonNull(key, "key");
        if (key == TopologyKey.NODE) {
            throw new IllegalArgumentException("a domain charge counts a domain wider than a node");
        }
        if (!(perReplica >= 0) || Double.isInfinite(perReplica)) {
            throw new IllegalArgumentException("perReplica must be finite and not negative, got " + perReplica);
        }
    }
}
