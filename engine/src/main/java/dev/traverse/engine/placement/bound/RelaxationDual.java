package dev.traverse.engine.placement.bound;

import java.nio.DoubleBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dual of the {@link ConvexRelaxation}: a price per group and resource, charged on each member's worth of load.
 * At any prices {@code p >= 0} the relaxation's optimum is at least
 *
 * <pre>  L(p) = sum over classes of count x min over its groups of (cost + sum_k p_gk share_k)
 *       - sum over groups of max over loads m within the size of (m sum_k p_gk - charge(m))</pre>
 *
 * since any placement pays each class's replicas at least their cheapest price and each group at least its charge,
 * and the prices add and take away the same load. The relaxation's linearisations are this bound at prices that put a
 * group's whole slope on its dominant resource; where resources are tied, or a group is empty, splitting the price
 * between resources bounds better, and only a search over the prices finds the split.
 *
 * <p>{@code L} is concave but has kinks wherever a class's cheapest group changes. The search climbs a smoothed copy
 * (a soft minimum over groups, a proximal term on the loads) with limited-memory BFGS, kept to prices of at least
 * zero, and makes the smoothing finer in stages; each stage ends with {@code L} itself, exact, so the bound is valid
 * however far the search got. Its length is set by work, not time, so the bound depends on its inputs alone.
 */
final class RelaxationDual {

    /** Relative to the objective per replica: how soft the minimum over groups is in each stage. */
    private static final double[] SOFTNESS = {0.064, 0.019, 0.0064};
    /** The proximal term on the loads, relative to the softness. */
    private static final double PROXIMAL = 3;
    private static final int MEMORY = 8;
    private static final double ARMIJO = 1e-4;
    private static final int MAX_HALVINGS = 30;
    /** Terms of a soft minimum this far above the least count for nothing: {@code e^-40}. */
    private static final double NEGLIGIBLE = 40;

    private final GroupCharges charges;
    private final int dimensions;
    /** Per class, how many replicas: only the paired bound counts classes one by one. */
    private final double[] count;
    /**
     * Classes alike in groups, costs and request share a row: their replicas all take the same cheapest price, so
     * the bound counts them together: a ninth of the pairs on the generated 1,000-node estate, a thirtieth on the
     * 5,000-node one.
     */
    private final int[] rowOf;
    /** Per row, a class of it, and the replicas of all its classes. */
    private final int[] rowClass;
    private final double[] rowCount;
    /** Per row and resource, a replica's request. */
    private final double[] rowRequest;
    private final int[][] groupsOf;
    private final double[][] costOf;
    /** Per group and resource, 1 / a member's capacity, 0 where members have none: prices there stay zero. */
    private final double[] inverse;
    /** Per group and resource, the price per unit of request: the price times {@link #inverse}. */
    private final double[] unitPrice;
    private final long pairs;

    RelaxationDual(GroupCharges charges, int dimensions, double[] count, int[][] groupsOf, double[][] costOf,
                   long[][] request, double[] inverse) {
        this.charges = charges;
        this.dimensions = dimensions;
        this.count = count;
        this.groupsOf = groupsOf;
        this.costOf = costOf;
        this.inverse = inverse;
        this.unitPrice = new double[inverse.length];
        int classes = count.length;
        rowOf = new int[classes];
        Map<List<Object>, Integer> rows = new HashMap<>();
        List<Integer> representatives = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            // Wrapped arrays compare by content.
            List<Object> key = List.of(IntBuffer.wrap(groupsOf[c]), DoubleBuffer.wrap(costOf[c]),
                    LongBuffer.wrap(request[c]));
            Integer row = rows.putIfAbsent(key, representatives.size());
            if (row == null) {
                row = representatives.size();
                representatives.add(c);
            }
            rowOf[c] = row;
        }
        rowClass = representatives.stream().mapToInt(Integer::intValue).toArray();
        rowCount = new double[rowClass.length];
        rowRequest = new double[rowClass.length * dimensions];
        long pairCount = 0;
        for (int c = 0; c < classes; c++) {
            rowCount[rowOf[c]] += count[c];
        }
        for (int r = 0; r < rowClass.length; r++) {
            for (int k = 0; k < dimensions; k++) {
                rowRequest[r * dimensions + k] = request[rowClass[r]][k];
            }
            pairCount += groupsOf[rowClass[r]].length;
        }
        this.pairs = pairCount;
    }

    /** Class-group pairs one evaluation of the bound visits. */
    long pairs() {
        return pairs;
    }

    /** The prices and the bound {@code L} they give. */
    record Prices(double[] prices, double bound) {
    }

    /**
     * What a search found: the prices with the best {@code L}, and the prices each stage ended with, the start
     * included, at which another bound (the paired one) may do better.
     */
    record Search(Prices best, List<double[]> stageEnds) {
    }

    /**
     * Climbs from {@code start} for about {@code evaluations} evaluations of the smoothed bound; the best prices are
     * {@code start} itself when nothing beat it.
     *
     * @param scale the size of the objective, such as the relaxation's value where the prices came from: the
     *              smoothing is set relative to it per replica
     */
    Search climb(double[] start, double scale, int evaluations) {
        return climb(start, scale, evaluations, SOFTNESS);
    }

    /** As {@link #climb}, with only the finest smoothing: for prices that are nearly right already. */
    Search finish(double[] start, double scale, int evaluations) {
        return climb(start, scale, evaluations, new double[] {SOFTNESS[SOFTNESS.length - 1]});
    }

    private Search climb(double[] start, double scale, int evaluations, double[] stages) {
        double[] prices = start.clone();
        clampUnpriced(prices);
        Prices best = new Prices(prices.clone(), exact(prices));
        List<double[]> stageEnds = new ArrayList<>();
        stageEnds.add(best.prices());
        double replicas = 0;
        for (double n : rowCount) {
            replicas += n;
        }
        double unit = Math.abs(scale) / Math.max(1, replicas);
        if (!(unit > 0) || evaluations < stages.length) {
            return new Search(best, stageEnds);
        }
        for (double softness : stages) {
            double tau = softness * unit;
            prices = new Climb(prices, tau, PROXIMAL * tau).run(evaluations / stages.length);
            stageEnds.add(prices.clone());
            double bound = exact(prices);
            if (bound > best.bound()) {
                best = new Prices(prices.clone(), bound);
            }
        }
        return new Search(best, stageEnds);
    }

    /** {@code L} at these prices, exactly. */
    double exact(double[] prices) {
        setUnitPrices(prices);
        double value = 0;
        for (int r = 0; r < rowCount.length; r++) {
            value += rowCount[r] * cheapest(r);
        }
        return value - givenBack(prices);
    }

    /** {@code L} at these prices with the paired workloads' classes counted by {@code paired}, as the relaxation does. */
    double exactWithPairs(double[] prices, PairedWorkloads paired) {
        setUnitPrices(prices);
        double value = 0;
        for (int c = 0; c < count.length; c++) {
            double least = Double.POSITIVE_INFINITY;
            for (int j = 0; j < groupsOf[c].length; j++) {
                double price = price(rowOf[c], j);
                least = Math.min(least, price);
                if (paired.pairs(c)) {
                    paired.offer(c, j, price);
                }
            }
            if (!paired.pairs(c)) {
                value += count[c] * least;
            }
        }
        return value + paired.least() - givenBack(prices);
    }

    /** The row's cheapest price at the unit prices set last. */
    private double cheapest(int r) {
        double least = Double.POSITIVE_INFINITY;
        int positions = groupsOf[rowClass[r]].length;
        for (int j = 0; j < positions; j++) {
            least = Math.min(least, price(r, j));
        }
        return least;
    }

    private void setUnitPrices(double[] prices) {
        for (int i = 0; i < prices.length; i++) {
            unitPrice[i] = prices[i] * inverse[i];
        }
    }

    /** The row's price at position {@code j} of its groups, at the {@link #unitPrice unit prices} set last. */
    private double price(int r, int j) {
        int c = rowClass[r];
        int base = groupsOf[c][j] * dimensions;
        int own = r * dimensions;
        double price = costOf[c].length == 0 ? 0 : costOf[c][j];
        for (int k = 0; k < dimensions; k++) {
            price += unitPrice[base + k] * rowRequest[own + k];
        }
        return price;
    }

    /** What the groups give back at these prices: the sum of their conjugate charges. */
    private double givenBack(double[] prices) {
        double total = 0;
        for (int g = 0; g < charges.groups(); g++) {
            total += charges.conjugate(g, slopeOf(prices, g));
        }
        return total;
    }

    private double slopeOf(double[] prices, int g) {
        double s = 0;
        for (int k = 0; k < dimensions; k++) {
            s += prices[g * dimensions + k];
        }
        return s;
    }

    private void clampUnpriced(double[] prices) {
        for (int i = 0; i < prices.length; i++) {
            if (inverse[i] <= 0 || prices[i] < 0) {
                prices[i] = 0;
            }
        }
    }

    /**
     * The smoothed bound at these prices, and its gradient into {@code gradient}: each class pays a soft minimum
     * {@code least - tau log sum exp(-(price - least) / tau)}, and each group gives back its conjugate charge with a
     * proximal term {@code proximal m^2 / 2}.
     */
    double smoothed(double[] prices, double tau, double proximal, double[] gradient) {
        setUnitPrices(prices);
        // First per unit of request, turned into per member of load at the end.
        Arrays.fill(gradient, 0);
        double value = 0;
        double[] weights = new double[0];
        for (int r = 0; r < rowCount.length; r++) {
            int[] ids = groupsOf[rowClass[r]];
            if (weights.length < ids.length) {
                weights = new double[Math.max(ids.length, 2 * weights.length)];
            }
            double least = Double.POSITIVE_INFINITY;
            for (int j = 0; j < ids.length; j++) {
                weights[j] = price(r, j);
                least = Math.min(least, weights[j]);
            }
            double sum = 0;
            for (int j = 0; j < ids.length; j++) {
                double above = (weights[j] - least) / tau;
                weights[j] = above > NEGLIGIBLE ? 0 : expOfMinus(above);
                sum += weights[j];
            }
            value += rowCount[r] * (least - tau * Math.log(sum));
            double scale = rowCount[r] / sum;
            int own = r * dimensions;
            for (int j = 0; j < ids.length; j++) {
                if (weights[j] == 0) {
                    continue;
                }
                double share = weights[j] * scale;
                int base = ids[j] * dimensions;
                for (int k = 0; k < dimensions; k++) {
                    gradient[base + k] += share * rowRequest[own + k];
                }
            }
        }
        for (int i = 0; i < gradient.length; i++) {
            gradient[i] *= inverse[i];
        }
        for (int g = 0; g < charges.groups(); g++) {
            double s = slopeOf(prices, g);
            double m = charges.smoothedPeak(g, s, proximal);
            value -= charges.smoothedConjugate(g, s, m, proximal);
            for (int k = 0; k < dimensions; k++) {
                int i = g * dimensions + k;
                gradient[i] = inverse[i] > 0 ? gradient[i] - m : 0;
            }
        }
        return value;
    }

    /**
     * One stage's climb: limited-memory BFGS on the smoothed bound, prices kept at zero or above. A price at zero
     * whose gradient would push it lower is held there, and the step is cut back until it gains enough.
     */
    private final class Climb {
        private final double tau;
        private final double proximal;
        private final double[][] steps = new double[MEMORY][];
        private final double[][] changes = new double[MEMORY][];
        private int remembered;
        private int evaluations;
        private double[] prices;
        private double value;
        private double[] gradient;

        Climb(double[] start, double tau, double proximal) {
            this.tau = tau;
            this.proximal = proximal;
            this.prices = start.clone();
            this.gradient = new double[start.length];
        }

        double[] run(int budget) {
            value = evaluate(prices, gradient);
            while (evaluations < budget) {
                double[] direction = direction();
                if (direction == null) {
                    break;
                }
                double[] next = new double[prices.length];
                double[] nextGradient = new double[prices.length];
                double nextValue = Double.NEGATIVE_INFINITY;
                double step = 1;
                boolean gained = false;
                for (int halving = 0; halving < MAX_HALVINGS && evaluations < budget; halving++) {
                    double rise = 0;
                    for (int i = 0; i < next.length; i++) {
                        next[i] = Math.max(0, prices[i] + step * direction[i]);
                        rise += gradient[i] * (next[i] - prices[i]);
                    }
                    nextValue = evaluate(next, nextGradient);
                    if (nextValue >= value + ARMIJO * rise && rise > 0) {
                        gained = true;
                        break;
                    }
                    step /= 2;
                }
                if (!gained) {
                    break;
                }
                remember(next, nextGradient);
                prices = next;
                gradient = nextGradient;
                value = nextValue;
            }
            return prices;
        }

        private double evaluate(double[] at, double[] into) {
            evaluations++;
            return smoothed(at, tau, proximal, into);
        }

        /** The two-loop recursion on the free prices; steepest ascent, scaled, while nothing is remembered. */
        private double[] direction() {
            double[] d = new double[prices.length];
            boolean any = false;
            for (int i = 0; i < d.length; i++) {
                boolean held = prices[i] <= 0 && gradient[i] <= 0;
                d[i] = held ? 0 : gradient[i];
                any |= d[i] != 0;
            }
            if (!any) {
                return null;
            }
            double[] alpha = new double[remembered];
            for (int m = remembered - 1; m >= 0; m--) {
                alpha[m] = dot(steps[m], d) / dot(changes[m], steps[m]);
                axpy(-alpha[m], changes[m], d);
            }
            if (remembered > 0) {
                double[] s = steps[remembered - 1];
                double[] y = changes[remembered - 1];
                scale(d, dot(s, y) / dot(y, y));
            } else {
                scale(d, 1e-3 / maxAbs(d) * Math.max(1, maxAbs(prices)));
            }
            for (int m = 0; m < remembered; m++) {
                double beta = dot(changes[m], d) / dot(changes[m], steps[m]);
                axpy(alpha[m] - beta, steps[m], d);
            }
            double ascent = 0;
            for (int i = 0; i < d.length; i++) {
                if (prices[i] <= 0 && gradient[i] <= 0) {
                    d[i] = 0;
                }
                ascent += d[i] * gradient[i];
            }
            if (ascent > 0) {
                return d;
            }
            // The remembered curvature points downhill: forget it and go straight up.
            remembered = 0;
            return direction();
        }

        /** Keeps the step and the change of the (negated) gradient when their product shows the curvature. */
        private void remember(double[] next, double[] nextGradient) {
            double[] s = new double[next.length];
            double[] y = new double[next.length];
            for (int i = 0; i < s.length; i++) {
                s[i] = next[i] - prices[i];
                y[i] = gradient[i] - nextGradient[i];
            }
            if (dot(s, y) <= 1e-16) {
                return;
            }
            if (remembered == MEMORY) {
                System.arraycopy(steps, 1, steps, 0, MEMORY - 1);
                System.arraycopy(changes, 1, changes, 0, MEMORY - 1);
                remembered--;
            }
            steps[remembered] = s;
            changes[remembered] = y;
            remembered++;
        }
    }

    /**
     * {@code e^-x} for {@code x} from 0 to {@link #NEGLIGIBLE}, to about 1e-7 relative, several times faster than
     * {@link Math#exp}: the soft minimum takes one per class and group, and only guides the search, so it need not be
     * exact to the last bit.
     */
    static double expOfMinus(double x) {
        double t = x * LOG2_E;
        int whole = (int) t;
        double f = whole - t; // in (-1, 0]
        // 2^f by its Taylor series in f ln 2, to the seventh power.
        double y = f * LN_2;
        double p = 1 + y * (1 + y * (1.0 / 2 + y * (1.0 / 6 + y * (1.0 / 24 + y * (1.0 / 120
                + y * (1.0 / 720 + y * (1.0 / 5040)))))));
        return p * Double.longBitsToDouble((long) (1023 - whole) << 52);
    }

    private static final double LOG2_E = 1 / Math.log(2);
    private static final double LN_2 = Math.log(2);

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double factor, double[] x, double[] into) {
        for (int i = 0; i < x.length; i++) {
            into[i] += factor * x[i];
        }
    }

    private static void scale(double[] x, double factor) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
    }

    private static double maxAbs(double[] x) {
        double most = 0;
        for (double v : x) {
            most = Math.max(most, Math.abs(v));
        }
        return most;
    }
}
