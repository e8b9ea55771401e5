package dev.traverse.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

    @ParameterizedTest
    @CsvSource({"200ms, 200000000", "1s, 1000000000", "1.5s, 1500000000", "0, 0", "0ms, 0", "0.25ms, 250000",
            "0.0, 0", "90s, 90000000000"})
    void readsMillisecondsSecondsAndZero(String text, long nanos) {
        assertThat(DurationConverter.parse(text)).isEqualTo(Duration.ofNanos(nanos));
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "1m", "2min", "-1s", "1.s", ".5s", "s", "", "1 s", "fast", "99999999999999999999s"})
    void refusesAnythingElseNamingTheExpectedForm(String text) {
        assertThatThrownBy(() -> DurationConverter.parse(text))
                .isInstanceOf(TypeConversionException.class)
                .hasMessageStartingWith("expected a duration such as 200ms, 1.5s or 0, got \"" + text + "\"");
    }
}
