package dev.traverse.engine.placement.bound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The charge of a group in the relaxation and its conjugate, checked against a search over a fine grid of loads. The
 * four groups cover each shape: opening charge without balance (linear), balance without opening charge (quadratic),
 * balance at most the opening charge (linear at their sum), and balance above it (flat, then quadratic).
 */
class GroupChargesTest {

    private static final double[] OPENING = {2, 0, 3, 0.5};
    private static final double[] SIZE = {4, 5, 6, 8};
    private static final double BALANCE = 1;
    private static final int STEPS = 200_000;

    private final GroupCharges withBalance = new GroupCharges(OPENING, SIZE, BALANCE, 100);
    private final GroupCharges withoutBalance = new GroupCharges(OPENING, SIZE, 0, 100);

    @Test
    void theChargeIsTheLeastOverTheMembersInUse() {
        for (int g = 0; g < SIZE.length; g++) {
            for (double m = 0; m <= SIZE[g]; m += 0.37) {
                assertThat(withBalance.value(g, m)).as("group %d at %s", g, m)
                        .isCloseTo(leastOverMembers(g, m, BALANCE), within(1e-6));
                assertThat(withoutBalance.value(g, m)).isCloseTo(OPENING[g] * m, within(1e-12));
            }
        }
    }

    @Test
    void theSlopeIsTheChargesDerivative() {
        double h = 1e-6;
        for (int g = 0; g < SIZE.length; g++) {
            for (double m = 0.1; m < SIZE[g] + 1; m += 0.29) {
                double numeric = (withBalance.value(g, m + h) - withBalance.value(g, m - h)) / (2 * h);
                assertThat(withBalance.slope(g, m)).as("group %d at %s", g, m).isCloseTo(numeric, within(1e-4));
            }
        }
    }

    @Test
    void theConjugateIsTheMostPricedLoadLessChargeWithinTheSize() {
        for (GroupCharges charges : new GroupCharges[] {withBalance, withoutBalance}) {
            for (int g = 0; g < SIZE.length; g++) {
                for (double s = 0; s < 8; s += 0.41) {
                    double most = 0;
                    for (int i = 0; i <= STEPS; i++) {
                        double m = SIZE[g] * i / STEPS;
                        most = Math.max(most, s * m - charges.value(g, m));
                    }
                    assertThat(charges.conjugate(g, s)).as("group %d at price %s", g, s)
                            .isCloseTo(most, within(1e-4));
                }
            }
        }
    }

    @Test
    void theSmoothedPeakIsWhereTheSmoothedConjugatePeaks() {
        double smoothing = 0.3;
        for (int g = 0; g < SIZE.length; g++) {
            for (double s = 0; s < 8; s += 0.53) {
                double bestLoad = 0;
                double most = 0;
                for (int i = 0; i <= STEPS; i++) {
                    double m = SIZE[g] * i / STEPS;
                    double v = s * m - withBalance.value(g, m) - smoothing * m * m / 2;
                    if (v > most) {
                        most = v;
                        bestLoad = m;
                    }
                }
                double peak = withBalance.smoothedPeak(g, s, smoothing);
                assertThat(peak).as("group %d at price %s", g, s).isCloseTo(bestLoad, within(1e-3));
                assertThat(withBalance.smoothedConjugate(g, s, peak, smoothing)).isCloseTo(most, within(1e-6));
            }
        }
    }

    /** The least of {@code o y + b m^2 / y} over {@code y} from {@code m} to the size, by search. */
    private static double leastOverMembers(int g, double m, double balance) {
        if (m == 0) {
            return 0;
        }
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= STEPS; i++) {
            double y = m + (SIZE[g] - m) * i / STEPS;
            least = Math.min(least, OPENING[g] * y + balance * m * m / y);
        }
        return least;
    }
}
