package dev.traverse.engine.placement.bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RelaxationDualTest {

    /**
     * Two one-member groups of one cpu and one unit of memory, each member costing 1 to open; one replica needs the
     * memory of a whole member and no cpu, so any placement pays 1. Prices as the linearisation sets them (the whole
     * slope on a group's dominant resource) put the empty group's on cpu, where the replica asks for nothing: at those
     * prices the bound is 0. Moving the empty group's price to memory bounds at 1, and the search finds that.
     */
    @Test
    void splitsAnEmptyGroupsPriceOntoTheResourceItsReplicasNeed() {
        GroupCharges charges = new GroupCharges(new double[] {1, 1}, new double[] {1, 1}, 0, 100);
        RelaxationDual dual = new RelaxationDual(charges, 2, new double[] {1}, new int[][] {{0, 1}},
                new double[][] {{}}, new long[][] {{0, 1}}, new double[] {1, 1, 1, 1});
        double[] linearised = {1, 0, 0, 1}; // group 0 empty, its slope on cpu; group 1 holds the replica

        assertThat(dual.exact(linearised)).isCloseTo(0, within(1e-12));
        RelaxationDual.Prices found = dual.climb(linearised, 1, 190).best();
        assertThat(found.bound()).isGreaterThan(0.95).isLessThanOrEqualTo(1 + 1e-9);
        assertThat(dual.exact(found.prices())).isEqualTo(found.bound());
    }

    /**
     * Classes alike in groups, costs and request count as one row, without changing the bound: here two of three
     * classes share one.
     */
    @Test
    void countsAlikeClassesTogether() {
        GroupCharges charges = new GroupCharges(new double[] {1, 2}, new double[] {3, 3}, 0.5, 100);
        int[][] groups = {{0, 1}, {0, 1}, {1}};
        double[][] costs = {{0.1, 0.2}, {0.1, 0.2}, {0.3}};
        long[][] request = {{1, 2}, {1, 2}, {2, 1}};
        double[] inverse = {0.25, 0.25, 0.5, 0.5};
        RelaxationDual together = new RelaxationDual(charges, 2, new double[] {2, 1, 1}, groups, costs, request,
                inverse);
        RelaxationDual merged = new RelaxationDual(charges, 2, new double[] {3, 1}, new int[][] {{0, 1}, {1}},
                new double[][] {{0.1, 0.2}, {0.3}}, new long[][] {{1, 2}, {2, 1}}, inverse);
        double[] prices = {0.3, 0.7, 0.2, 1.1};

        assertThat(together.pairs()).isEqualTo(3);
        assertThat(together.exact(prices)).isCloseTo(merged.exact(prices), within(1e-12));
    }

    /**
     * Weak duality, the reason the bound is valid: at any prices of at least zero, {@code L} is at most what the
     * relaxation charges for any split of the replicas within the groups' sizes.
     */
    @Property(tries = 300)
    void neverExceedsWhatAnySplitWithinTheSizesPays(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        int groups = 1 + random.nextInt(4);
        int dimensions = 2;
        int classes = 1 + random.nextInt(4);
        double[] opening = new double[groups];
        double[] size = new double[groups];
        double[] inverse = new double[groups * dimensions];
        for (int g = 0; g < groups; g++) {
            opening[g] = random.nextInt(3) * random.nextDouble();
            size[g] = 1 + random.nextInt(4);
            for (int k = 0; k < dimensions; k++) {
                inverse[g * dimensions + k] = random.nextInt(5) == 0 ? 0 : 1.0 / (1 + random.nextInt(8));
            }
        }
        double balance = random.nextBoolean() ? 0 : random.nextDouble() * 2;
        GroupCharges charges = new GroupCharges(opening, size, balance, 100);
        double[] count = new double[classes];
        int[][] groupsOf = new int[classes][];
        double[][] costOf = new double[classes][];
        long[][] request = new long[classes][];
        for (int c = 0; c < classes; c++) {
            count[c] = 1 + random.nextInt(3);
            groupsOf[c] = java.util.stream.IntStream.range(0, groups).filter(g -> random.nextInt(3) > 0).toArray();
            if (groupsOf[c].length == 0) {
                groupsOf[c] = new int[] {random.nextInt(groups)};
            }
            costOf[c] = random.nextBoolean() ? new double[0]
                    : random.doubles(groupsOf[c].length, 0, 1).toArray();
            request[c] = new long[] {random.nextInt(3), random.nextInt(3)};
        }
        RelaxationDual dual = new RelaxationDual(charges, dimensions, count, groupsOf, costOf, request, inverse);
        double[] prices = random.doubles(groups * dimensions, 0, 3).toArray();
        // A split: each class's replicas in fractions over its groups.
        double[] load = new double[groups * dimensions];
        double pays = 0;
        for (int c = 0; c < classes; c++) {
            double[] share = random.doubles(groupsOf[c].length, 0.01, 1).toArray();
            double sum = java.util.Arrays.stream(share).sum();
            for (int j = 0; j < share.length; j++) {
                double amount = count[c] * share[j] / sum;
                int g = groupsOf[c][j];
                pays += amount * (costOf[c].length == 0 ? 0 : costOf[c][j]);
                for (int k = 0; k < dimensions; k++) {
                    load[g * dimensions + k] += amount * request[c][k] * inverse[g * dimensions + k];
                }
            }
        }
        for (int g = 0; g < groups; g++) {
            double dominant = Math.max(load[g * dimensions], load[g * dimensions + 1]);
            if (dominant > size[g]) {
                return; // beyond the size: no placement within capacity splits so
            }
            pays += charges.value(g, dominant);
        }

        assertThat(dual.exact(prices)).isLessThanOrEqualTo(pays + 1e-9);
        RelaxationDual.Search search = dual.climb(prices, Math.max(1, pays), 30);
        assertThat(search.best().bound()).isLessThanOrEqualTo(pays + 1e-9);
        for (double[] stageEnd : search.stageEnds()) {
            assertThat(dual.exact(stageEnd)).isLessThanOrEqualTo(pays + 1e-9);
        }
    }

    @Test
    void theFastExponentialIsCloseToTheExactOne() {
        for (double x = 0; x <= 40; x += 0.0017) {
            assertThat(RelaxationDual.expOfMinus(x) / Math.exp(-x)).isCloseTo(1, within(1e-5));
        }
    }
}
