package dev.traverse.engine.placement.bound;

import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.WhenUnsatisfiable;
import dev.traverse.engine.model.Workload;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.framework.SpreadEligibility;
import dev.traverse.engine.placement.problem.Replica;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How few and how many replicas each eligible domain of a hard spread ({@code DoNotSchedule}) holds in every
 * placement the rules allow. Each replica arrives only where its domain stays within {@code maxSkew} of the emptiest
 * eligible domain, and leaves only where the emptiest stays so too, so the placement keeps
 * {@code max - min <= maxSkew} over the eligible domains ({@link SpreadEligibility}) throughout. With {@code n}
 * replicas over {@code Z} domains, {@code n <= min + (Z - 1)(min + maxSkew)} and {@code n >= max + (Z - 1)(max -
 * maxSkew)}, so every domain holds at least {@code ceil((n - (Z - 1) maxSkew) / Z)} and at most
 * {@code floor((n + (Z - 1) maxSkew) / Z)}.
 *
 * <p>Only workloads whose replicas are all counted over one set of domains: none held to a site or a cluster (each of
 * those counts within its own) and no fallback groups (each tier counts its own domains).
 */
final class SpreadLimits {

    /** The fewest and most replicas of the workload in each of the {@code eligible} domains. */
    record Limits(BitSet eligible, int fewest, int most) {
    }

    private final PlacedReplicas placed;
    /** Demands with a replica held to a site or a cluster. */
    private final BitSet heldToPlaces = new BitSet();
    /** Tier 0 for every group: the workloads bounded here have no fallback groups. */
    private final int[] noTiers;
    /** The limits already worked out, by demand and key: a demand's classes all ask for the same. */
    private final Map<List<Object>, Optional<Limits>> known = new HashMap<>();

    SpreadLimits(PlacedReplicas placed) {
        this.placed = placed;
        this.noTiers = new int[placed.problem().groups().size()];
        for (Replica r : placed.state().replicas()) {
            if (r.site() >= 0 || r.cluster() >= 0) {
                heldToPlaces.set(r.demand());
            }
        }
    }

    /**
     * The limits of the demand's placed replicas over the key's domains, or null when no hard spread over the key
     * applies to all of them alike.
     */
    Limits of(int demand, TopologyKey key) {
        return known.computeIfAbsent(List.of(demand, key), k -> Optional.ofNullable(workOut(demand, key)))
                .orElse(null);
    }

    private Limits workOut(int demand, TopologyKey key) {
        PlacementState state = placed.state();
        Workload workload = state.problem().demands().get(demand).workload();
        if (!workload.clusterAffinities().isEmpty()) {
            return null;
        }
        int maxSkew = Integer.MAX_VALUE;
        for (SpreadConstraint c : workload.spread()) {
            if (c.whenUnsatisfiable() == WhenUnsatisfiable.DO_NOT_SCHEDULE && c.over() == key) {
                maxSkew = Math.min(maxSkew, c.maxSkew());
            }
        }
        if (maxSkew == Integer.MAX_VALUE || heldToPlaces.get(demand)) {
            return null;
        }
        BitSet eligible = SpreadEligibility.domains(state, demand, key, -1, -1, noTiers, 0);
        int domains = eligible.cardinality();
        int replicas = placed.count(demand);
        if (domains == 0 || replicas == 0) {
            return null;
        }
        return new Limits(eligible, fewest(replicas, domains, maxSkew), most(replicas, domains, maxSkew));
    }

    /** The fewest replicas a domain holds when {@code replicas} spread over {@code domains} within {@code maxSkew}. */
    static int fewest(int replicas, int domains, int maxSkew) {
        long spare = replicas - (long) (domains - 1) * maxSkew;
        return spare <= 0 ? 0 : (int) ((spare + domains - 1) / domains);
    }

    /** The most replicas a domain holds when {@code replicas} spread over {@code domains} within {@code maxSkew}. */
    static int most(int replicas, int domains, int maxSkew) {
        return (int) Math.min(replicas, (replicas + (long) (domains - 1) * maxSkew) / domains);
    }
}
