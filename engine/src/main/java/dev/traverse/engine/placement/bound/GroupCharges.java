package dev.traverse.engine.placement.bound;

/**
 * What a group of hosts pays in the convex relaxation for a dominant load of {@code m} members' worth: the least of
 * {@code o y + b m^2 / y} over the members {@code y} it uses, from {@code m} up to its size, with {@code o} the
 * opening charge of one member and {@code b} the balance factor. The charge is convex in {@code m}: flat at slope
 * {@code c0} up to {@code m1}, then quadratic, {@code o size + b m^2 / size}, up to the size.
 *
 * <p>The primal side ({@link #value}, {@link #slope}) lets loads run beyond the size at a steep penalty; the dual
 * side ({@link #conjugate}, {@link #smoothedPeak}) holds them within it, which no placement within capacity exceeds.
 */
public final class GroupCharges {

    private final double[] opening;
    private final double[] size;
    private final double balance;
    private final double penalty;
    /** Per group, the slope of the flat part and where it ends. */
    private final double[] flatSlope;
    private final double[] flatEnd;

    GroupCharges(double[] opening, double[] size, double balance, double penalty) {
        this.opening = opening;
        this.size = size;
        this.balance = balance;
        this.penalty = penalty;
        int groups = size.length;
        flatSlope = new double[groups];
        flatEnd = new double[groups];
        for (int g = 0; g < groups; g++) {
            double o = opening[g];
            flatSlope[g] = flatSlope(o, balance);
            if (balance == 0) {
                flatEnd[g] = size[g];
            } else if (o == 0) {
                flatEnd[g] = 0;
            } else if (balance <= o) {
                flatEnd[g] = size[g];
            } else {
                flatEnd[g] = size[g] * Math.sqrt(o / balance);
            }
        }
    }

    /**
     * What a group pays per member's worth of dominant load while it opens members as it needs them: each member it
     * opens costs {@code opening} and carries load up to {@code sqrt(opening / balance)} of its capacity (all of it,
     * when that is 1 or more), where one more member costs less than loading the open ones further.
     */
    public static double flatSlope(double opening, double balance) {
        if (balance == 0) {
            return opening;
        }
        if (opening == 0) {
            return 0;
        }
        return balance <= opening ? opening + balance : 2 * Math.sqrt(opening * balance);
    }

    int groups() {
        return size.length;
    }

    /** What the group pays at dominant load {@code m}, with the penalty beyond its size. */
    double value(int g, double m) {
        if (m <= 0) {
            return 0;
        }
        double within = withinSize(g, Math.min(m, size[g]));
        if (m <= size[g]) {
            return within;
        }
        double beyond = m - size[g];
        return within + slopeWithinSize(g, size[g]) * beyond + penalty * beyond * beyond;
    }

    /** The derivative of {@link #value} at {@code m}. */
    double slope(int g, double m) {
        if (m > size[g]) {
            return slopeWithinSize(g, size[g]) + 2 * penalty * (m - size[g]);
        }
        return slopeWithinSize(g, Math.max(0, m));
    }

    /**
     * The most {@code s m} less the charge can be over loads within the size: what the group gives back to a
     * price {@code s} per member of load.
     */
    double conjugate(int g, double s) {
        double m = peak(g, s);
        return m <= 0 ? 0 : s * m - withinSize(g, m);
    }

    /** The load within the size where {@link #conjugate} peaks. */
    private double peak(int g, double s) {
        if (s <= flatSlope[g]) {
            return 0;
        }
        if (flatEnd[g] >= size[g]) {
            return size[g];
        }
        return Math.min(size[g], Math.max(flatEnd[g], s * size[g] / (2 * balance)));
    }

    /**
     * Where {@code s m} less the charge less {@code smoothing m^2 / 2} peaks within the size: the smoothed
     * conjugate's derivative, which moves with {@code s} without jumps.
     */
    double smoothedPeak(int g, double s, double smoothing) {
        double flat = (s - flatSlope[g]) / smoothing;
        if (flat <= flatEnd[g]) {
            return Math.max(0, flat);
        }
        return Math.min(size[g], Math.max(flatEnd[g], s / (2 * balance / size[g] + smoothing)));
    }

    /** The smoothed conjugate at {@code s}, given its {@link #smoothedPeak} {@code m}. */
    double smoothedConjugate(int g, double s, double m, double smoothing) {
        return m <= 0 ? 0 : s * m - withinSize(g, m) - smoothing * m * m / 2;
    }

    /**
     * The least of {@code o y + b m^2 / y} over {@code y} from {@code m} to the size: at {@code y = m sqrt(b / o)}
     * where that lies between them.
     */
    private double withinSize(int g, double m) {
        if (m <= flatEnd[g]) {
            return flatSlope[g] * m;
        }
        return opening[g] * size[g] + balance * m * m / size[g];
    }

    private double slopeWithinSize(int g, double m) {
        if (m <= flatEnd[g]) {
            return flatSlope[g];
        }
        return 2 * balance * m / size[g];
    }
}
