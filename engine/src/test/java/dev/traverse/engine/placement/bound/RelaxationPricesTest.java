package dev.traverse.engine.placement.bound;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.engine.generate.GeneratorSpec;
import dev.traverse.engine.generate.TopologyGenerator;
import dev.traverse.engine.placement.problem.Problem;
import dev.traverse.engine.placement.problem.ProblemCompiler;
import org.junit.jupiter.api.Test;

class RelaxationPricesTest {

    private final Problem problem = ProblemCompiler.compile(
            TopologyGenerator.generate(new GeneratorSpec(3, 60, 10, 40, 42)));

    @Test
    void laysPricesOntoTheGroupsAndResourcesOfTheSameNames() {
        int dimensions = problem.dimensions().size();
        double[] prices = new double[problem.groups().size() * dimensions];
        prices[0] = 0.5;
        prices[dimensions + 1] = 0.25;
        prices[prices.length - 1] = 2;

        assertThat(RelaxationPrices.of(problem, prices).onto(problem)).containsExactly(prices);
    }

    /** Another estate's groups have other names: nothing carries over, and the prices start from zero. */
    @Test
    void leavesGroupsOfOtherNamesAtZero() {
        Problem other = ProblemCompiler.compile(TopologyGenerator.generate(new GeneratorSpec(2, 30, 5, 20, 7)));
        double[] prices = new double[other.groups().size() * other.dimensions().size()];
        java.util.Arrays.fill(prices, 1);
        double[] onto = RelaxationPrices.of(other, prices).onto(problem);

        long sameNames = other.groups().stream()
                .filter(g -> problem.groups().stream().anyMatch(h -> h.name().equals(g.name()))).count();
        long priced = java.util.Arrays.stream(onto).filter(p -> p > 0).count();
        assertThat(priced).isEqualTo(sameNames * problem.dimensions().size());
    }

    @Test
    void noPricesLayNothing() {
        assertThat(RelaxationPrices.NONE.onto(problem)).isNull();
        assertThat(RelaxationPrices.of(problem, new double[problem.groups().size() * problem.dimensions().size()])
                .isEmpty()).isTrue();
    }
}
