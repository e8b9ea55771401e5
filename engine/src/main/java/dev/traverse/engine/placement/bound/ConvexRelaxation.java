package dev.traverse.engine.placement.bound;

import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.placement.framework.DomainCharge;
import dev.traverse.engine.placement.framework.LimitedCredit;
import dev.traverse.engine.placement.framework.PlacedReplicas;
import dev.traverse.engine.placement.framework.PlacedReplicas.ReplicaClass;
import dev.traverse.engine.placement.framework.PlacementState;
import dev.traverse.engine.placement.problem.HostGroup;
import dev.traverse.engine.placement.problem.Problem;
import java.util.Arrays;
import java.util.BitSet;
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
 * bound; the first sweep gains most and later ones little, so there are few.
 *
 * <p>A linearisation prices each group's whole slope on its dominant resource. Where resources are tied, or a group
 * is empty, that underprices the group for replicas that need the other resources, and the bound stays below the
 * relaxation's optimum however many sweeps run. The best linearisation's prices are then the start of a search of the
 * relaxation's dual ({@link RelaxationDual}), which splits the prices between resources. After an edit, the search
 * starts from the prices the previous bound ended with instead, and is short. Sweeps and search are capped by work
 * rather than time, so that the bound depends on its inputs alone. For one thread.
 */
final class ConvexRelaxation {

    /** Class-group pairs one bound visits over its sweeps, at most: large estates get fewer sweeps, or none. */
    private static final long WORK = 8_000_000L;
    private static final int MAX_SWEEPS = 4;
    /** Golden-section steps of each move: its size to about 1e-5 of the replicas it may move. */
    private static final int SHIFT_SEARCH_STEPS = 24;
    /** Stops once the relaxation's value and the best bound are this close, relative to the value. */
    private static final double TOLERANCE = 1e-4;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;
    private static final double[] NO_COSTS = {};
    /**
     * Class-group pairs the search of the dual visits, at most (alike classes counted once), the fewest evaluations
     * worth starting it for, and the most: the last stage gains little beyond.
     */
    private static final long DUAL_WORK = 24_000_000L;
    private static final int DUAL_LEAST_EVALUATIONS = 24;
    private static final int DUAL_MOST_EVALUATIONS = 190;
    /** From an earlier bound's prices, only the finishing stage of the search. */
    private static final int DUAL_FINISHING_EVALUATIONS = 16;

    private final PlacedReplicas placed;
    /** How many times {@link #DUAL_WORK} and {@link #DUAL_MOST_EVALUATIONS} the search from scratch may use. */
    private final double effort;
    private final int dimensions;
    private final int groups;
    /** Per class: its demand, how many replicas, their request, the groups it may use and its cost on each. */
    private final int[] demand;
    private final double[] count;
    private final long[][] request;
    private final int[][] groupsOf;
    private final double[][] costOf;
    private final int[] cheapestByCost;
    private final long pairs;
    /**
     * Per class, where its replicas are in the relaxation: positions in its groups and amounts, the first
     * {@code activeSize} of them. Few per class, so the relaxation never holds an amount per class and group.
     */
    private final int[][] activeAt;
    private final double[][] activeAmount;
    private final int[] activeSize;
    /** Per group and resource, 1 / a member's capacity, 0 where members have none. */
    private final double[] inverse;
    private final GroupCharges groupCharges;
    /** The workloads whose replicas sharing a domain are charged ({@link DomainCharge}), for the second bound. */
    private final PairedWorkloads paired;

    private ConvexRelaxation(PlacedReplicas placed, ClassCosts costs, double[] openingCharge, double balanceFactor,
                             DomainCharge[] charges, WiderCharges wider, double effort) {
        Problem problem = placed.problem();
        this.placed = placed;
        this.effort = Math.max(1, effort);
        this.groups = problem.groups().size();
        this.dimensions = problem.dimensions().size();
        double[] size = new double[groups];
        this.inverse = new double[groups * dimensions];
        for (HostGroup g : problem.groups()) {
            size[g.index()] = g.size();
            for (int k = 0; k < dimensions; k++) {
                long capacity = g.capacity()[k];
                inverse[g.index() * dimensions + k] = capacity > 0 ? 1.0 / capacity : 0;
            }
        }
        int classes = 0;
        for (ReplicaClass c : placed.classes()) {
            classes += c.groups().isEmpty() ? 0 : 1;
        }
        demand = new int[classes];
        count = new double[classes];
        request = new long[classes][];
        groupsOf = new int[classes][];
        costOf = new double[classes][];
        cheapestByCost = new int[classes];
        activeAt = new int[classes][];
        activeAmount = new double[classes][];
        activeSize = new int[classes];
        double widest = 0;
        long pairCount = 0;
        DomainCharge[] pairCharge = new DomainCharge[classes];
        int[][] pairDomainOf = new int[classes][];
        SpreadLimits.Limits[] pairLimits = new SpreadLimits.Limits[classes];
        PairedWorkloads.Credit[] pairCredit = new PairedWorkloads.Credit[classes];
        PairedWorkloads.Wider[] pairWider = new PairedWorkloads.Wider[classes];
        SpreadLimits spreadLimits = new SpreadLimits(placed);
        int i = 0;
        for (ReplicaClass c : placed.classes()) {
            if (c.groups().isEmpty()) {
                continue;
            }
            DomainCharge charge = charges == null ? null : charges[c.demand()];
            if (charge != null && !charge.isNone()) {
                pairCharge[i] = charge;
                int[] ids = costs.groups(c);
                pairDomainOf[i] = new int[ids.length];
                for (int j = 0; j < ids.length; j++) {
                    pairDomainOf[i][j] = problem.domain(charge.key(), problem.groups().get(ids[j]).firstHost());
                }
                pairLimits[i] = spreadLimits.of(c.demand(), charge.key());
                DomainCharge outer = wider.of(c.demand());
                pairCredit[i] = limitedCredit(placed, costs, c, ids, charge, outer);
                if (outer != null) {
                    int[] outerDomains = new int[ids.length];
                    for (int j = 0; j < ids.length; j++) {
                        outerDomains[j] = problem.domain(outer.key(), problem.groups().get(ids[j]).firstHost());
                    }
                    pairWider[i] = new PairedWorkloads.Wider(outer, outerDomains, wider.ownBound(c.demand()));
                }
            }
            demand[i] = c.demand();
            count[i] = c.count();
            request[i] = problem.demands().get(c.demand()).request();
            groupsOf[i] = costs.groups(c);
            int[] applicable = costs.scorers().boundingReplicas(c.demand());
            if (applicable.length == 0) {
                costOf[i] = NO_COSTS;
            } else {
                ClassCosts.Costs known = costs.of(c, applicable);
                costOf[i] = known.perGroup();
                cheapestByCost[i] = known.cheapest();
                for (double cost : known.perGroup()) {
                    widest = Math.max(widest, Math.abs(cost));
                }
            }
            activeAt[i] = new int[2];
            activeAmount[i] = new double[2];
            pairCount += groupsOf[i].length;
            i++;
        }
        this.pairs = pairCount;
        this.paired = new PairedWorkloads(demand, count, pairCharge, pairDomainOf, pairLimits, pairCredit,
                pairWider);
        double dearestOpening = 0;
        for (double o : openingCharge) {
            dearestOpening = Math.max(dearestOpening, o);
        }
        double penalty = 10 * (1 + dearestOpening + balanceFactor + widest);
        this.groupCharges = new GroupCharges(openingCharge.clone(), size, balanceFactor, penalty);
    }

    /**
     * The relaxation's bound alone, and with the pairs of each workload's replicas sharing a domain that the charges
     * count (and the replicas beyond a ScheduleAnyway spread's allowance): each linearisation then keeps those charges
     * as they are, a convex cost per workload and domain, so that they pull against what packs the replicas (packing
     * against spreading over zones) instead of each counting its own best case. The replicas move as before; only
     * the bound of each point differs.
     */
    record Bounds(double alone, double withPairs, RelaxationPrices prices) {
    }

    /**
     * The class's limited credit ({@link LimitedCredit}) as the paired bound counts it: per group, what its
     * per-replica cost takes off, and how many domains of the charge's key the replicas earning it are in at most
     * (as {@link JointSpread} counts them), and how many of those share a domain of the wider charge {@code outer}
     * (null for none); null when the class has none, or it limits nothing (earned in as many domains as give it, or
     * in too many to count apart).
     */
    private static PairedWorkloads.Credit limitedCredit(PlacedReplicas placed, ClassCosts costs, ReplicaClass c,
                                                        int[] ids, DomainCharge charge, DomainCharge outer) {
        LimitedCredit credit = ReplicaBound.credit(placed, costs.scorers(),
                costs.scorers().boundingReplicas(c.demand()), c, charge);
        if (credit == null) {
            return null;
        }
        Problem problem = placed.problem();
        double[] amounts = new double[ids.length];
        BitSet giving = new BitSet();
        int[] earning = new int[ids.length];
        int earned = 0;
        for (int j = 0; j < ids.length; j++) {
            int host = problem.groups().get(ids[j]).firstHost();
            if (credit.reach().get(problem.domain(credit.key(), host))) {
                amounts[j] = credit.amount();
                giving.set(problem.domain(charge.key(), host));
                earning[earned++] = j;
            }
        }
        long copies = JointSpread.earningDomains(problem, ids, Arrays.copyOf(earning, earned), charge, credit);
        if (copies > JointSpread.MOST_COPIES || copies >= giving.cardinality()) {
            return null;
        }
        boolean blocks = outer != null && credit.key() != charge.key() && credit.domains() > 0
                && eachInOneWider(problem, ids, Arrays.copyOf(earning, earned), credit.key(), outer.key());
        return new PairedWorkloads.Credit(amounts, (int) copies, blocks ? (int) (copies / credit.domains()) : 1);
    }

    /**
     * Whether each domain of the credit's key, among the groups giving it, lies in one domain of the wider key: the
     * zones the credit is earned in within one of its domains then share that wider domain.
     */
    private static boolean eachInOneWider(Problem problem, int[] ids, int[] earning, TopologyKey creditKey,
                                          TopologyKey widerKey) {
        Map<Integer, Integer> widerOf = new HashMap<>();
        for (int j : earning) {
            int host = problem.groups().get(ids[j]).firstHost();
            int outer = problem.domain(widerKey, host);
            if (widerOf.computeIfAbsent(problem.domain(creditKey, host), k -> outer) != outer) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link Bounds}, both minus infinity when no host is charged for opening and balance has no weight: the
     * per-replica bounds alone are then bounded better elsewhere.
     *
     * @param openingCharge per group, what opening one member costs in the objective (0 where nothing is charged)
     * @param balanceFactor the factor of the squared-utilisation scorer, 0 when there is none
     * @param charges       per demand, the weighted charge for its replicas sharing a domain, or null for none
     * @param wider         per demand, a charge over a wider key to count with its charge where domains nest
     * @param start         the prices an earlier bound of a similar topology ended with, or {@link
     *                      RelaxationPrices#NONE}: when there are some, the search of the dual starts from them and
     *                      is short, and the sweeps are left out
     * @param effort        how many times its usual work the search of the dual from scratch may do, at least 1
     */
    static Bounds of(PlacedReplicas placed, ClassCosts costs, double[] openingCharge, double balanceFactor,
                     DomainCharge[] charges, WiderCharges wider, RelaxationPrices start, double effort) {
        boolean opens = false;
        for (double o : openingCharge) {
            opens |= o > 0;
        }
        if (!opens && balanceFactor <= 0 && charges == null) {
            return new Bounds(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, RelaxationPrices.NONE);
        }
        ConvexRelaxation relaxation = new ConvexRelaxation(placed, costs, openingCharge, balanceFactor, charges,
                wider, effort);
        Bounds solved = relaxation.solve(start.onto(placed.problem()));
        // Wider charges the pairs could not take count their own bounds, as the caller takes all of those off.
        double leftOut = wider.ownBounds() - relaxation.paired.widerCounted();
        return new Bounds(solved.alone(), solved.withPairs() + leftOut, solved.prices());
    }

    private double cost(int c, int at) {
        return costOf[c].length == 0 ? 0 : costOf[c][at];
    }

    private Bounds solve(double[] startPrices) {
        int classes = count.length;
        if (classes == 0) {
            return new Bounds(0, 0, RelaxationPrices.NONE);
        }
        double[] load = new double[groups * dimensions];
        double linear = start(load);
        double[] slope = new double[groups];
        int[] dominant = new int[groups];
        double best = Double.NEGATIVE_INFINITY;
        double bestWithPairs = Double.NEGATIVE_INFINITY;
        double[] bestPrices = new double[groups * dimensions];
        double lastValue = Double.POSITIVE_INFINITY;
        long sweeps = startPrices != null ? 0 : Math.min(MAX_SWEEPS, WORK / Math.max(1, pairs));
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
            double unpaired = 0;
            for (int c = 0; c < classes; c++) {
                int[] ids = groupsOf[c];
                double cheapest = Double.POSITIVE_INFINITY;
                for (int j = 0; j < ids.length; j++) {
                    double price = gradient(c, j, slope, dominant);
                    cheapest = Math.min(cheapest, price);
                    if (paired.pairs(c)) {
                        paired.offer(c, j, price);
                    }
                }
                cheapestTotal += cheapest * count[c];
                if (!paired.pairs(c)) {
                    unpaired += cheapest * count[c];
                }
                for (int a = 0; a < activeSize[c]; a++) {
                    current += gradient(c, activeAt[c][a], slope, dominant) * activeAmount[c][a];
                }
            }
            double linearised = value + cheapestTotal - current;
            if (linearised > best || sweep == 0) {
                // Where the relaxation's own bound gains, the pairs' one is worth working out too.
                bestWithPairs = Math.max(bestWithPairs, value + unpaired + paired.least() - current);
            } else {
                paired.forget();
            }
            if (linearised > best) {
                Arrays.fill(bestPrices, 0);
                for (int g = 0; g < groups; g++) {
                    bestPrices[g * dimensions + dominant[g]] = slope[g];
                }
            }
            best = Math.max(best, linearised);
            lastValue = value;
            if (sweep == sweeps || value - best <= TOLERANCE * Math.max(1, Math.abs(value))) {
                break;
            }
            linear = 0;
            for (int c = 0; c < classes; c++) {
                shift(c, load);
                for (int a = 0; a < activeSize[c]; a++) {
                    linear += activeAmount[c][a] * cost(c, activeAt[c][a]);
                }
            }
        }
        Bounds linearised = new Bounds(best, bestWithPairs, RelaxationPrices.of(placed.problem(), bestPrices));
        if (lastValue - best <= TOLERANCE * Math.max(1, Math.abs(lastValue))) {
            return linearised;
        }
        return climbed(bestPrices, startPrices, lastValue, linearised);
    }

    /**
     * The bounds raised by searching the dual from the better of the best linearisation's prices and the earlier
     * ones, when the work allows enough of the search to be worth it.
     */
    private Bounds climbed(double[] linearisedPrices, double[] earlierPrices, double value, Bounds linearised) {
        RelaxationDual dual = new RelaxationDual(groupCharges, dimensions, count, groupsOf, costOf, request, inverse);
        // Earlier prices are nearly right after a small edit: the search only finishes them.
        boolean finishing = earlierPrices != null;
        long affordable = (long) (DUAL_WORK * (finishing ? 1 : effort)) / Math.max(1, dual.pairs());
        if (affordable < DUAL_LEAST_EVALUATIONS) {
            return linearised;
        }
        long evaluations = Math.min(finishing ? DUAL_FINISHING_EVALUATIONS
                : (long) (DUAL_MOST_EVALUATIONS * effort), affordable);
        RelaxationDual.Search search = finishing
                ? dual.finish(dual.exact(earlierPrices) > linearised.alone() ? earlierPrices : linearisedPrices,
                        value, (int) evaluations)
                : dual.climb(linearisedPrices, value, (int) evaluations);
        // The search climbs the bound alone; the paired one, which counts where workloads pay for replicas sharing a
        // domain, may peak at another stage's prices, and those are the ones to hand on to the next run.
        double withPairs = linearised.withPairs();
        double[] handedOn = null;
        if (paired.any()) {
            for (double[] prices : search.stageEnds()) {
                double bound = dual.exactWithPairs(prices, paired);
                if (bound > withPairs) {
                    withPairs = bound;
                    handedOn = prices;
                }
            }
        }
        RelaxationDual.Prices best = search.best();
        if (handedOn == null && best.bound() > linearised.alone()) {
            handedOn = best.prices();
        }
        return new Bounds(Math.max(best.bound(), linearised.alone()), withPairs,
                handedOn == null ? linearised.prices() : RelaxationPrices.of(placed.problem(), handedOn));
    }

    /** The relaxation's marginal price of one more replica of the class at position {@code j} of its groups. */
    private double gradient(int c, int j, double[] slope, int[] dominant) {
        int g = groupsOf[c][j];
        return price(c, j, dominant[g], slope[g]);
    }

    /** {@link #gradient} at the loads as they are now, while a sweep changes them. */
    private double currentGradient(int c, int j, double[] load) {
        int g = groupsOf[c][j];
        int k = dominantOf(load, g);
        return price(c, j, k, groupSlope(g, load[g * dimensions + k]));
    }

    /** The class's cost at position {@code j}, plus its share of the group's resource {@code k} at this slope. */
    private double price(int c, int j, int k, double slope) {
        return cost(c, j) + slope * request[c][k] * inverse[groupsOf[c][j] * dimensions + k];
    }

    /**
     * Starts from the placement the state holds, which is usually close to the best: each class takes its demand's
     * replicas where they are, as far as its groups allow, and the rest at its cheapest group. Returns the
     * per-replica part.
     */
    private double start(double[] load) {
        Map<Integer, Map<Integer, int[]>> held = new HashMap<>();
        PlacementState state = placed.state();
        for (int r = 0; r < state.replicas().size(); r++) {
            int host = state.hostOf(r);
            if (host >= 0) {
                held.computeIfAbsent(state.replica(r).demand(), d -> new HashMap<>())
                        .computeIfAbsent(placed.problem().hostGroup()[host], g -> new int[1])[0]++;
            }
        }
        double linear = 0;
        for (int c = 0; c < count.length; c++) {
            double left = count[c];
            Map<Integer, int[]> ofDemand = held.getOrDefault(demand[c], Map.of());
            for (Map.Entry<Integer, int[]> there : ofDemand.entrySet()) {
                int at = Arrays.binarySearch(groupsOf[c], there.getKey());
                if (at >= 0 && left > 0 && there.getValue()[0] > 0) {
                    double take = Math.min(left, there.getValue()[0]);
                    there.getValue()[0] -= (int) take;
                    left -= take;
                    linear += add(c, at, take, load);
                }
            }
            if (left > 0) {
                linear += add(c, cheapestByCost[c], left, load);
            }
        }
        return linear;
    }

    /** Puts {@code amount} more replicas of the class at position {@code at} of its groups; returns their cost. */
    private double add(int c, int at, double amount, double[] load) {
        int slot = slotOf(c, at);
        activeAmount[c][slot] += amount;
        addLoad(load, c, groupsOf[c][at], amount);
        return amount * cost(c, at);
    }

    /** The class's active slot for the position, made when there is none. */
    private int slotOf(int c, int at) {
        for (int a = 0; a < activeSize[c]; a++) {
            if (activeAt[c][a] == at) {
                return a;
            }
        }
        if (activeSize[c] == activeAt[c].length) {
            activeAt[c] = Arrays.copyOf(activeAt[c], activeSize[c] * 2);
            activeAmount[c] = Arrays.copyOf(activeAmount[c], activeSize[c] * 2);
        }
        activeAt[c][activeSize[c]] = at;
        activeAmount[c][activeSize[c]] = 0;
        return activeSize[c]++;
    }

    /**
     * Moves replicas of one class from its dearest group in use to its cheapest at the current marginal prices, as
     * many as lower the relaxation most: a convex function of how many, which only those two groups' loads change.
     */
    private void shift(int c, double[] load) {
        int[] ids = groupsOf[c];
        int cheapest = -1;
        double low = Double.POSITIVE_INFINITY;
        for (int j = 0; j < ids.length; j++) {
            double gradient = currentGradient(c, j, load);
            if (gradient < low) {
                low = gradient;
                cheapest = j;
            }
        }
        int dearest = -1;
        double high = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < activeSize[c]; a++) {
            double gradient = currentGradient(c, activeAt[c][a], load);
            if (activeAmount[c][a] > 0 && gradient > high) {
                high = gradient;
                dearest = a;
            }
        }
        if (cheapest < 0 || dearest < 0 || activeAt[c][dearest] == cheapest || high - low <= 0) {
            return;
        }
        int from = activeAt[c][dearest];
        double most = activeAmount[c][dearest];
        double amount = bestShift(c, cheapest, from, most, load);
        if (shifted(c, cheapest, from, amount, load) >= shifted(c, cheapest, from, 0, load)) {
            return;
        }
        activeAmount[c][dearest] -= amount;
        if (activeAmount[c][dearest] < 1e-12 * count[c]) {
            amount += activeAmount[c][dearest];
            activeAmount[c][dearest] = 0;
        }
        addLoad(load, c, ids[from], -amount);
        add(c, cheapest, amount, load);
    }

    /** How many of at most {@code most} replicas to move, by golden-section search on the convex change. */
    private double bestShift(int c, int to, int from, double most, double[] load) {
        double low = 0;
        double high = most;
        double a = high - GOLDEN * high;
        double b = GOLDEN * high;
        double valueA = shifted(c, to, from, a, load);
        double valueB = shifted(c, to, from, b, load);
        for (int i = 0; i < SHIFT_SEARCH_STEPS; i++) {
            if (valueA <= valueB) {
                high = b;
                b = a;
                valueB = valueA;
                a = high - GOLDEN * (high - low);
                valueA = shifted(c, to, from, a, load);
            } else {
                low = a;
                a = b;
                valueA = valueB;
                b = low + GOLDEN * (high - low);
                valueB = shifted(c, to, from, b, load);
            }
        }
        double amount = (low + high) / 2;
        return shifted(c, to, from, most, load) <= shifted(c, to, from, amount, load) ? most : amount;
    }

    /** What the two groups and the moved replicas add to the relaxation once {@code amount} moved. */
    private double shifted(int c, int to, int from, double amount, double[] load) {
        int gTo = groupsOf[c][to];
        int gFrom = groupsOf[c][from];
        double value = amount * (cost(c, to) - cost(c, from));
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

    private void addLoad(double[] load, int c, int group, double replicas) {
        int base = group * dimensions;
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

    private double groupValue(int g, double m) {
        return groupCharges.value(g, m);
    }

    private double groupSlope(int g, double m) {
        return groupCharges.slope(g, m);
    }
}
