package dev.traverse.engine.placement.bound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fewest pairs of items sharing a domain: even counts, where the domains' limits allow. */
class EvenSpreadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                     | items | limits  | pairs
            one item has no pair                       | 1     | 9 9     | 0
            two each in two domains                    | 4     | 9 9     | 2
            three and two                              | 5     | 9 9     | 4
            a domain holding one leaves three together | 4     | 1 9     | 3
            small domains filled, the rest shared      | 6     | 1 2 9   | 4
            limits that cannot hold all are ignored    | 4     | 1 1     | 2
            everything in the only domain              | 4     | 9       | 6
            """)
    void pairs(String name, long items, String limits, long pairs) {
        long[] limit = Arrays.stream(limits.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();

        assertThat(EvenSpread.pairs(items, limit)).isEqualTo(pairs);
    }

    @ParameterizedTest(name = "{0} items over {1} domains")
    @CsvSource({"0, 3, 0", "3, 3, 0", "7, 3, 5", "10, 1, 45"})
    void pairsWithoutLimits(long items, int domains, long pairs) {
        assertThat(EvenSpread.pairs(items, domains)).isEqualTo(pairs);
    }
}
