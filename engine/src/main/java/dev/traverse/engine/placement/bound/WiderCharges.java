package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.framework.DomainCharge;

/**
 * Per demand, a charge beyond its replicas' bounds over a key wider than its {@link DomainCharge} (a ScheduleAnyway
 * spread over sites, where resilience counts zones), with the bound the engine gives it on its own. The paired
 * relaxation counts such a charge with the other where the narrower domains nest in the wider ones; where they do
 * not, it counts the charge's own bound instead, so the two ways add up to the same part of the objective.
 */
final class WiderCharges {

    private final DomainCharge[] charges;
    private final double[] ownBounds;
    private double ownBoundTotal;

    WiderCharges(int demands) {
        charges = new DomainCharge[demands];
        ownBounds = new double[demands];
    }

    /** A charge beyond the replicas' bounds the demand's own charge could not take; the first one offered stays. */
    void offer(int demand, DomainCharge charge, double ownBound) {
        if (charges[demand] == null && charge.perReplica() == 0 && charge.excess() > 0) {
            charges[demand] = charge;
            ownBounds[demand] = ownBound;
            ownBoundTotal += ownBound;
        }
    }

    /** The demand's wider charge, or null. */
    DomainCharge of(int demand) {
        return charges[demand];
    }

    /** The bound the demand's wider charge has on its own, 0 when it has none. */
    double ownBound(int demand) {
        return ownBounds[demand];
    }

    /** The own bounds of every wider charge offered. */
    double ownBounds() {
        return ownBoundTotal;
    }
}
