package dev.traverse.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

    @ParameterizedTest
    @CsvSource({
        "500m, 500, 1",
        "2, 2000, 2",
        "1.5, 1500, 2",
        "0.1, 100, 1",
        "1.0005, 1001, 2",
        "2Gi, 2147483648000, 2147483648",
        "256Ki, 262144000, 262144",
        "1e3, 1000000, 1000",
        "10M, 10000000000, 10000000",
        "100n, 1, 1",
        ".5, 500, 1",
    })
    void parsesKubernetesQuantities(String text, long milli, long whole) {
        Quantity q = Quantity.parse(text);

        assertThat(q.milliValue()).isEqualTo(milli);
        assertThat(q.longValue()).isEqualTo(whole);
        assertThat(q.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lots", "-1", "1.2.3", "2GB", "1 Gi", "Gi", "1e", "0x10"})
    void refusesWhatKubernetesRefuses(String text) {
        assertThat(Quantity.isValid(text)).isFalse();
        assertThatThrownBy(() -> Quantity.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void comparesAmountsNotSpelling() {
        assertThat(Quantity.parse("1Gi").compareTo(Quantity.parse("1024Mi"))).isZero();
        assertThat(Quantity.parse("1G").compareTo(Quantity.parse("1Gi"))).isNegative();
        assertThat(Quantity.parse("1Ei").milliValue()).isEqualTo(Long.MAX_VALUE);
    }
}
