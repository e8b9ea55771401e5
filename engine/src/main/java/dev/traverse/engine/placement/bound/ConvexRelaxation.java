package dev.traverse.engine.placement.bound;

import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.HashMap;
import java.util.Map;

/**
 * A lower bound on three parts of the objective together, over every placement of the placed replicas: the scorers'
 * per-replica bounds, the charges for opening hosts, and the sum of the squares of the hosts' dominant utilisations
 * ({@code balance}). Packing saves opening charges while spreading saves balance, so bounded apart each would count
 * at its own best case; together they count at the best trade-off.
 *
 * <p>The bound is the optimum of a convex relaxation. A class's replicas may split over the groups it may use in any
 * fractions. A group whose load is {@code T_k} members' worth of resource {@code k} uses {@code y} members, any real
 * number from the largest {@code T_k} up to its size, chosen as cheaply as it can be, and pays {@code y} opening
 * charges plus the balance factor times {@code max_k T_k^2 / y}: the squared utilisations of {@code y} hosts add up
 * to at least the square of their sum over {@code y}. Load beyond a group's size pays a steep penalty rather than
 * being forbidden; no placement within capacity pays it.
 *
 * <p>The relaxation is convex, so its linearisation at any point bounds its optimum from below (the Frank-Wolfe
 * gap); the best of these counts, so stopping early only loosens the bound. The points come from the placement the
 * state holds, improved by sweeps that move each class's replicas from its dearest group in use to its cheapest at
 * the current marginal prices, as many as lowers the relaxation most. The better the placement, the better the
 * bound; the first sweep gains most and later ones little, so there are few, capped by work rather than time so that
 * the bound depends on the state alone. For one thread.
 */
final class ConvexRelaxation {

    /** Class-group pairs one bound visits over its sweeps, at most: large estates get fewer sweeps. */
    private static final long WORK = 2_000_000L;
    private static final int MIN_SWEEPS = 2;
    private static final int MAX_SWEEPS = 4;
    /** Golden-section steps of each move: its size to about 1e-5 of the replicas it may move. */
    private static final int SHIFT_SEARCH_STEPS = 24;
    /** Stops once the relaxation's value and the best bound are this close, relative to the value. */
    private static final double TOLERANCE = 1e-4;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final PlacedReplicas placed;
    private final int dimensions;
    private final int groups;
    /** Per class, its first pair; one more entry closes the last. */
    private final int[] classStart;
    private final int[] demand;
    private final double[] count;
    private final long[][] request;
    private final int[] pairGroup;
    private final double[] pairCost;
    /** Per group and resource, 1 / a member's capacity, 0 where members have none. */
    private final double[] inverse;
    private final double[] opening;
    private final double[] size;
    private final double balance;
    private final double penalty;

    private ConvexRelaxation(PlacedReplicas placed, ClassCosts costs, double[] openingCharge, double balanceFactor) {
        Problem problem = placed.problem();
        this.placed = placed;
        this.groups = problem.groups().size();
        this.dimensions = problem.dimensions().size();
        this.opening = openingCharge.clone();
        this.balance = balanceFactor;
        this.size = new double[groups];
        this.inverse = new double[groups * dimensions];
        for (HostGroup g : problem.groups()) {
            size[g.index()] = g.size();
            for (int k = 0; k < dimensions; k++) {
                long capacity = g.capacity()[k];
                inverse[g.index() * dimensions + k] = capacity > 0 ? 1.0 / capacity : 0;
            }
        }
        int classes = 0;
        int pairs = 0;
        for (ReplicaClass c : placed.classes()) {
            if (!c.groups().isEmpty()) {
                classes++;
                pairs += costs.groups(c).length;
            }
        }
        classStart = new int[classes + 1];
        count = new double[classes];
        request = new long[classes][];
        demand = new int[classes];
        pairGroup = new int[pairs];
        pairCost = new double[pairs];
        double widest = 0;
        int i = 0;
        int p = 0;
        for (ReplicaClass c : placed.classes()) {
            if (c.groups().isEmpty()) {
                continue;
            }
            classStart[i] = p;
            count[i] = c.count();
            request[i] = problem.demands().get(c.demand()).request();
            demand[i] = c.demand();
            int[] ids = costs.groups(c);
            int[] applicable = costs.scorers().boundingReplicas(c.demand());
            double[] perGroup = applicable.length == 0 ? null : costs.of(c, applicable).perGroup();
            for (int j = 0; j < ids.length; j++) {
                pairGroup[p] = ids[j];
                pairCost[p] = perGroup == null ? 0 : perGroup[j];
                widest = Math.max(widest, Math.abs(pairCost[p]));
                p++;
            }
            i++;
        }
        classStart[classes] = p;
        double dearestOpening = 0;
        for (double o : opening) {
            dearestOpening = Math.max(dearestOpening, o);
        }
        this.penalty = 10 * (1 + dearestOpening + balance + widest);
    }

    /**
     * The bound, or minus infinity when no host is charged for opening and balance has no weight: the per-replica
     * bounds alone are then bounded better elsewhere.
     *
     * @param openingCharge per group, what opening one member costs in the objective (0 where nothing is charged)
     * @param balanceFactor the factor of the squared-utilisation scorer, 0 when there is none
     */
    static double of(PlacedReplicas placed, ClassCosts costs, double[] openingCharge, double balanceFactor) {
        boolean opens = false;
        for (double o : openingCharge) {
            opens |= o > 0;
        }
        if (!opens && balanceFactor <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return new ConvexRelaxation(placed, costs, openingCharge, balanceFactor).solve();
    }

    private double solve() {
        int classes = count.length;
        if (classes == 0) {
            return 0;
        }
        double[] x = new double[pairGroup.length];
        double[] load = new double[groups * dimensions];
        double linear = start(x, load);
        double[] slope = new double[groups];
        int[] dominant = new int[groups];
        double best = Double.NEGATIVE_INFINITY;
        int sweeps = (int) Math.max(MIN_SWEEPS, Math.min(MAX_SWEEPS, WORK / Math.max(1, pairGroup.length)));
        for (int sweep = 0; sweep <= sweeps; sweep++) {
            double value = linear;
            for (int g = 0; g < groups; g++) {
                dominant[g] = dominantOf(load, g);
                double m = load[g * dimensions + dominant[g]];
                value += groupValue(g, m);
                slope[g] = groupSlope(g, m);
            }
            // The linearisation's least: every class wholly at its cheapest group at these marginal prices.
            double cheapestTotal = 0;
            double current = 0;
            for (int c = 0; c < classes; c++) {
                double cheapest = Double.POSITIVE_INFINITY;
                for (int p = classStart[c]; p < classStart[c + 1]; p++) {
                    int g = pairGroup[p];
                    int k = g * dimensions + dominant[g];
                    double gradient = pairCost[p] + slope[g] * request[c][dominant[g]] * inverse[k];
                    current += gradient * x[p];
                    cheapest = Math.min(cheapest, gradient);
                }
                cheapestTotal += cheapest * count[c];
            }
            best = Math.max(best, value + cheapestTotal - current);
            if (sweep == sweeps || value - best <= TOLERANCE * Math.max(1, Math.abs(value))) {
                break;
            }
            linear = 0;
            for (int c = 0; c < classes; c++) {
                shift(c, x, load);
                for (int p = classStart[c]; p < classStart[c + 1]; p++) {
                    linear += x[p] * pairCost[p];
                }
            }
        }
        return best;
    }

    /**
     * Starts from the placement the state holds, which is usually close to the best: each class takes its demand's
     * replicas where they are, as far as its groups allow, and the rest at its cheapest group. Returns the
     * per-replica part.
     */
    private double start(double[] x, double[] load) {
        Map<Long, int[]> held = new HashMap<>();
        PlacementState state = placed.state();
        for (int r = 0; r < state.replicas().size(); r++) {
            int host = state.hostOf(r);
            if (host >= 0) {
                long key = (long) state.replica(r).demand() * groups + placed.problem().hostGroup()[host];
                held.computeIfAbsent(key, k -> new int[1])[0]++;
            }
        }
        double linear = 0;
        for (int c = 0; c < count.length; c++) {
            double left = count[c];
            int cheapest = classStart[c];
            for (int p = classStart[c]; p < classStart[c + 1]; p++) {
                int[] there = held.get((long) demand[c] * groups + pairGroup[p]);
                if (there != null && there[0] > 0 && left > 0) {
                    double take = Math.min(left, there[0]);
                    there[0] -= (int) take;
                    left -= take;
                    x[p] += take;
                }
                if (pairCost[p] < pairCost[cheapest]) {
                    cheapest = p;
                }
            }
            x[cheapest] += left;
            for (int p = classStart[c]; p < classStart[c + 1]; p++) {
                if (x[p] > 0) {
                    linear += x[p] * pairCost[p];
                    addLoad(load, c, p, x[p]);
                }
            }
        }
        return linear;
    }

    /**
     * Moves replicas of one class from its dearest group in use to its cheapest at the current marginal prices, as
     * many as lower the relaxation most: a convex function of how many, which only those two groups' loads change.
     */
    private void shift(int c, double[] x, double[] load) {
        int cheapest = -1;
        int dearest = -1;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int p = classStart[c]; p < classStart[c + 1]; p++) {
            int g = pairGroup[p];
            int k = dominantOf(load, g);
            double gradient = pairCost[p] + groupSlope(g, load[g * dimensions + k]) * request[c][k]
                    * inverse[g * dimensions + k];
            if (gradient < low) {
                low = gradient;
                cheapest = p;
            }
            if (x[p] > 0 && gradient > high) {
                high = gradient;
                dearest = p;
            }
        }
        if (cheapest < 0 || dearest < 0 || cheapest == dearest || high - low <= 0) {
            return;
        }
        double lowAmount = 0;
        double highAmount = x[dearest];
        double a = highAmount - GOLDEN * highAmount;
        double b = GOLDEN * highAmount;
        double valueA = shifted(c, cheapest, dearest, a, load);
        double valueB = shifted(c, cheapest, dearest, b, load);
        for (int i = 0; i < SHIFT_SEARCH_STEPS; i++) {
            if (valueA <= valueB) {
                highAmount = b;
                b = a;
                valueB = valueA;
                a = highAmount - GOLDEN * (highAmount - lowAmount);
                valueA = shifted(c, cheapest, dearest, a, load);
            } else {
                lowAmount = a;
                a = b;
                valueA = valueB;
                b = lowAmount + GOLDEN * (highAmount - lowAmount);
                valueB = shifted(c, cheapest, dearest, b, load);
            }
        }
        double amount = (lowAmount + highAmount) / 2;
        if (shifted(c, cheapest, dearest, x[dearest], load) <= shifted(c, cheapest, dearest, amount, load)) {
            amount = x[dearest];
        }
        if (shifted(c, cheapest, dearest, amount, load) >= shifted(c, cheapest, dearest, 0, load)) {
            return;
        }
        x[cheapest] += amount;
        x[dearest] -= amount;
        if (x[dearest] < 1e-12 * count[c]) {
            x[cheapest] += x[dearest];
            amount += x[dearest];
            x[dearest] = 0;
        }
        addLoad(load, c, cheapest, amount);
        addLoad(load, c, dearest, -amount);
    }

    /** The part of the relaxation two groups and the moved replicas make, once {@code amount} moved. */
    private double shifted(int c, int to, int from, double amount, double[] load) {
        int gTo = pairGroup[to];
        int gFrom = pairGroup[from];
        double value = amount * (pairCost[to] - pairCost[from]);
        if (gTo == gFrom) {
            return value;
        }
        double mTo = 0;
        double mFrom = 0;
        for (int k = 0; k < dimensions; k++) {
            mTo = Math.max(mTo, load[gTo * dimensions + k] + amount * request[c][k] * inverse[gTo * dimensions + k]);
            mFrom = Math.max(mFrom, load[gFrom * dimensions + k]
                    - amount * request[c][k] * inverse[gFrom * dimensions + k]);
        }
        return value + groupValue(gTo, mTo) + groupValue(gFrom, mFrom);
    }

    private void addLoad(double[] load, int c, int pair, double replicas) {
        int base = pairGroup[pair] * dimensions;
        for (int k = 0; k < dimensions; k++) {
            load[base + k] += replicas * request[c][k] * inverse[base + k];
        }
    }

    private int dominantOf(double[] load, int g) {
        int base = g * dimensions;
        int dominant = 0;
        for (int k = 1; k < dimensions; k++) {
            if (load[base + k] > load[base + dominant]) {
                dominant = k;
            }
        }
        return dominant;
    }


    /** What a group with dominant load {@code m} (in members) pays at least: see the class comment. */
    private double groupValue(int g, double m) {
        if (m <= 0) {
            return 0;
        }
        double within = Math.min(m, size[g]);
        double value = withinSize(g, within);
        if (m > size[g]) {
            double beyond = m - size[g];
            value += slopeWithinSize(g, size[g]) * beyond + penalty * beyond * beyond;
        }
        return value;
    }

    private double groupSlope(int g, double m) {
        if (m > size[g]) {
            return slopeWithinSize(g, size[g]) + 2 * penalty * (m - size[g]);
        }
        return slopeWithinSize(g, Math.max(0, m));
    }

    /**
     * The least of {@code o y + b m^2 / y} over {@code y} from {@code m} to the size: at {@code y = m sqrt(b / o)}
     * where that lies between them.
     */
    private double withinSize(int g, double m) {
        double o = opening[g];
        if (balance == 0) {
            return o * m;
        }
        if (o == 0) {
            return balance * m * m / size[g];
        }
        double ratio = Math.sqrt(balance / o);
        if (ratio <= 1) {
            return (o + balance) * m;
        }
        if (ratio * m <= size[g]) {
            return 2 * m * Math.sqrt(o * balance);
        }
        return o * size[g] + balance * m * m / size[g];
    }

    private double slopeWithinSize(int g, double m) {
        double o = opening[g];
        if (balance == 0) {
            return o;
        }
        if (o == 0) {
            return 2 * balance * m / size[g];
        }
        double ratio = Math.sqrt(balance / o);
        if (ratio <= 1) {
            return o + balance;
        }
        if (ratio * m <= size[g]) {
            return 2 * Math.sqrt(o * balance);
        }
        return 2 * balance * m / size[g];
    }
}
