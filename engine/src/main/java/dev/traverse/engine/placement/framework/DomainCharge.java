package dev.traverse.engine.placement.framework;

import dev.traverse.engine.model.TopologyKey;
import java.util.Objects;

/**
 * What a scorer adds for a replica by how many replicas of its own workload are already in the host's domain of
 * {@code key}: with c of them there, {@code perReplica * c}, plus {@code excess} once c reaches the allowance. Over
 * the replicas that end in one domain these add up to the same whatever the order they arrive in, as each finds 0, 1,
 * 2, ... there, and the sum grows ever faster with their number, so the engine can bound it together with the
 * per-replica bounds of the scorers ({@link Scorer#domainCharge}, {@link Scorer#chargeBeyondReplicas}).
 *
 * @param key        the domain counted; never {@link TopologyKey#NODE}
 * @param perReplica what each replica of the workload already in the domain adds (resilience); not negative
 * @param excess     what each replica beyond the allowance adds (a replica beyond a spread's maxSkew); not negative
 * @param allowance  how many replicas a domain takes before the excess is charged; not negative
 */
public record DomainCharge(TopologyKey key, double perReplica, double excess, long allowance) {

    public DomainCharge {
        Objects.requireNonNull(key, "key");
        if (key == TopologyKey.NODE) {
            throw new IllegalArgumentException("a domain charge counts a domain wider than a node");
        }
        if (!(perReplica >= 0) || Double.isInfinite(perReplica) || !(excess >= 0) || Double.isInfinite(excess)) {
            throw new IllegalArgumentException("charges must be finite and not negative, got " + perReplica + " and "
                    + excess);
        }
        if (allowance < 0) {
            throw new IllegalArgumentException("allowance must not be negative, got " + allowance);
        }
    }

    /** {@code perReplica} for each replica of the workload already in the domain, and nothing else. */
    public static DomainCharge pairs(TopologyKey key, double perReplica) {
        return new DomainCharge(key, perReplica, 0, 0);
    }

    /** What the replica finding {@code before} others of its workload in its domain adds. */
    public double of(long before) {
        return perReplica * before + (before >= allowance ? excess : 0);
    }

    /** True when it charges nothing at all. */
    public boolean isNone() {
        return perReplica == 0 && excess == 0;
    }

    /** Both charges at once: the two must count the same key. */
    public DomainCharge plus(DomainCharge other) {
        if (other.key != key) {
            throw new IllegalArgumentException("charges over " + key + " and " + other.key + " do not add up");
        }
        if (excess > 0 && other.excess > 0 && allowance != other.allowance) {
            throw new IllegalArgumentException("excess charges with different allowances do not add up");
        }
        return new DomainCharge(key, perReplica + other.perReplica, excess + other.excess,
                excess > 0 ? allowance : other.allowance);
    }

    /** The charge times a factor (a scorer's weight over its scale). */
    public DomainCharge times(double factor) {
        return new DomainCharge(key, factor * perReplica, factor * excess, allowance);
    }
}
