package dev.traverse.engine.placement.bound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bounds fill the cheapest groups first: the order read must be the one a stable sort by cost gives. */
class CheapestFirstTest {

    @Test
    void readsPositionsInTheOrderOfAStableSortByCost() {
        Random random = new Random(11);
        double[] values = {0.0, -0.0, 1.5, 2.0, Double.POSITIVE_INFINITY, Double.NaN, -3.25};
        for (int run = 0; run < 500; run++) {
            double[] cost = new double[random.nextInt(40)];
            for (int i = 0; i < cost.length; i++) {
                cost[i] = random.nextInt(3) == 0 ? random.nextDouble() : values[random.nextInt(values.length)];
            }
            Integer[] sorted = new Integer[cost.length];
            Arrays.setAll(sorted, i -> i);
            Arrays.sort(sorted, (a, b) -> Double.compare(cost[a], cost[b]));

            CheapestFirst order = new CheapestFirst(cost);
            List<Integer> read = new ArrayList<>();
            for (int i = order.next(); i >= 0; i = order.next()) {
                read.add(i);
            }

            assertThat(read).as("costs %s", Arrays.toString(cost)).containsExactly(sorted);
        }
    }

    @Test
    void nothingToReadFromNoCosts() {
        assertThat(new CheapestFirst(new double[0]).next()).isEqualTo(-1);
    }
}
