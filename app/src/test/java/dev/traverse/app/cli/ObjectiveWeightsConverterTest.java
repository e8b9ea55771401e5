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
    void knowsEveryObjectiveOfTheFileFormatAndThePreferredTerms() {
        var fileObjectives = java.util.Arrays.stream(dev.traverse.engine.model.Objectives.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();

        assertThat(ObjectiveWeightsConverter.OBJECTIVES).containsAll(fileObjectives).contains("affinity");
        assertThat(ObjectiveWeightsConverter.parse("affinity=2").values()).containsExactly(entry("affinity", 2.0));
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
