package dev.traverse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class ObjectiveWeightsConverterTest {

    @Test
    void readsObjectiveWeightPairs() {
        assertThat(ObjectiveWeightsConverter.parse("cost=1,latency=2.5, carbon = 0").values())
                .containsExactly(entry("cost", 1.0), entry("latency", 2.5), entry("carbon", 0.0));
    }

    @Test
    void knowsEveryObjectiveOfTheFileFormat() {
        assertThat(ObjectiveWeightsConverter.OBJECTIVES)
                .containsExactly("cost", "latency", "carbon", "balance", "resilience", "consolidation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"latncy=2", "cost", "cost=", "cost=-1", "cost=NaN", "cost=Infinity", "cost=1d",
            "cost=1,cost=2", "cost=1,", "", "=1"})
    void refusesAnythingElseNamingTheExpectedForm(String text) {
        assertThatThrownBy(() -> ObjectiveWeightsConverter.parse(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage(ObjectiveWeightsConverter.EXPECTED + "; got \"" + text + "\"")
                .hasMessageContaining("such as cost=1,latency=2");
    }
}
