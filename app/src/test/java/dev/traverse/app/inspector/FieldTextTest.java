package dev.traverse.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.engine.model.Arch;
import dev.traverse.engine.model.LatencyBound;
import dev.traverse.engine.model.Pin;
import dev.traverse.engine.model.Quantity;
import dev.traverse.engine.model.Resources;
import dev.traverse.engine.model.SpreadConstraint;
import dev.traverse.engine.model.Taint;
import dev.traverse.engine.model.TaintEffect;
import dev.traverse.engine.model.Toleration;
import dev.traverse.engine.model.TolerationOperator;
import dev.traverse.engine.model.TopologyKey;
import dev.traverse.engine.model.WhenUnsatisfiable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldTextTest {

    @Test
    void quantitiesAreKeptAsTypedAndBlankRemovesThem() {
        Resources r = FieldText.withQuantity(Resources.NONE, Resources.CPU, " 500m ", "500m");
        r = FieldText.withQuantity(r, Resources.MEMORY, "1.5Gi", "1Gi");
        assertThat(FieldText.quantity(r, Resources.CPU)).isEqualTo("500m");
        assertThat(r.milli(Resources.CPU)).isEqualTo(500);
        assertThat(r.whole(Resources.MEMORY)).isEqualTo(1536L * 1024 * 1024);

        r = FieldText.withQuantity(r, Resources.CPU, "  ", "500m");
        assertThat(r.get(Resources.CPU)).isEmpty();
        assertThat(FieldText.quantity(r, Resources.CPU)).isEmpty();
    }

    @Test
    void aQuantityThatIsNoneSaysWhatWasExpected() {
        assertThatThrownBy(() -> FieldText.withQuantity(Resources.NONE, Resources.CPU, "lots", "500m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expected a quantity like 500m, got \"lots\"");
        assertThatThrownBy(() -> FieldText.withQuantity(Resources.NONE, Resources.CPU, "-1", "500m"))
                .hasMessage("expected a quantity like 500m, got \"-1\"");
    }

    @Test
    void numbersAreWrittenWithoutTrailingZerosAndReadStrictly() {
        assertThat(FieldText.number(24.0)).isEqualTo("24");
        assertThat(FieldText.number(0.384)).isEqualTo("0.384");
        assertThat(FieldText.number((Double) null)).isEmpty();
        assertThat(FieldText.parseNumber("latency", " 2.5 ")).isEqualTo(2.5);
        assertThat(FieldText.parseOptionalNumber("bandwidth", "")).isNull();
        assertThatThrownBy(() -> FieldText.parseNumber("latency", "-3"))
                .hasMessage("latency must be a non-negative number such as 0.5, got \"-3\"");
        assertThatThrownBy(() -> FieldText.parseNumber("latency", "NaN"))
                .hasMessageContaining("got \"NaN\"");
        assertThatThrownBy(() -> FieldText.parseWhole("count", "2.5"))
                .hasMessage("count must be a whole number, got \"2.5\"");
        assertThat(FieldText.parseOptionalWhole("cpu MHz", " ")).isNull();
    }

    @Test
    void labelsAreKeyEqualsValuePairs() {
        assertThat(FieldText.labels(Map.of("tier", "web"))).isEqualTo("tier=web");
        assertThat(FieldText.parseLabels("labels", "team=checkout, tier = web,,"))
                .containsExactly(Map.entry("team", "checkout"), Map.entry("tier", "web"));
        assertThat(FieldText.parseLabels("labels", "")).isEmpty();
        assertThatThrownBy(() -> FieldText.parseLabels("labels", "team"))
                .hasMessage("labels: write each entry as key=value, separated by commas; got \"team\"");
        assertThatThrownBy(() -> FieldText.parseLabels("labels", "a=1, a=2"))
                .hasMessage("labels: a is given twice");
    }

    @Test
    void enumsAreReadByTheirFileSpellingAndTheMessageListsTheChoices() {
        assertThat(FieldText.parseEnums(Arch.class, "arch", "amd64, arm64, amd64"))
                .containsExactly(Arch.AMD64, Arch.ARM64);
        assertThatThrownBy(() -> FieldText.parseEnum(TaintEffect.class, "taint effect", "Never"))
                .hasMessage("unknown taint effect \"Never\": use NoSchedule, PreferNoSchedule, NoExecute");
    }

    @Test
    void taintsRoundTripAsKubernetesPrintsThem() {
        List<Taint> taints = FieldText.parseTaints("nvidia.com/gpu=present:NoSchedule, dedicated:NoExecute");
        assertThat(taints).containsExactly(new Taint("nvidia.com/gpu", "present", TaintEffect.NO_SCHEDULE),
                new Taint("dedicated", "", TaintEffect.NO_EXECUTE));
        assertThat(FieldText.taints(taints)).isEqualTo("nvidia.com/gpu=present:NoSchedule, dedicated:NoExecute");
        assertThatThrownBy(() -> FieldText.parseTaints("nvidia.com/gpu"))
                .hasMessageStartingWith("taints: write each as key=value:Effect");
    }

    @Test
    void tolerationsTellEqualFromExistsAndAnyEffect() {
        List<Toleration> tolerations = FieldText.parseTolerations("nvidia.com/gpu:NoSchedule, spot=yes, *");
        assertThat(tolerations).containsExactly(
                new Toleration("nvidia.com/gpu", TolerationOperator.EXISTS, "", TaintEffect.NO_SCHEDULE),
                new Toleration("spot", TolerationOperator.EQUAL, "yes", null),
                new Toleration("", TolerationOperator.EXISTS, "", null));
        assertThat(FieldText.tolerations(tolerations)).isEqualTo("nvidia.com/gpu:NoSchedule, spot=yes, *");
    }

    @Test
    void spreadIsOverColonMaxSkew() {
        List<SpreadConstraint> spread = FieldText.parseSpread("zone:1, node:2:ScheduleAnyway");
        assertThat(spread).containsExactly(
                new SpreadConstraint(TopologyKey.ZONE, 1, WhenUnsatisfiable.DO_NOT_SCHEDULE),
                new SpreadConstraint(TopologyKey.NODE, 2, WhenUnsatisfiable.SCHEDULE_ANYWAY));
        assertThat(FieldText.spread(spread)).isEqualTo("zone:1, node:2:ScheduleAnyway");
        assertThatThrownBy(() -> FieldText.parseSpread("zone"))
                .hasMessageStartingWith("spread: write each as over:maxSkew");
        assertThatThrownBy(() -> FieldText.parseSpread("galaxy:1"))
                .hasMessageStartingWith("unknown spread domain \"galaxy\"");
    }

    @Test
    void aLatencyBoundReadsAsMillisecondsToItsSource() {
        LatencyBound bound = FieldText.parseLatency("10 ms to store-017/cam");
        assertThat(bound).isEqualTo(new LatencyBound("store-017/cam", 10));
        assertThat(FieldText.latency(bound)).isEqualTo("10 ms to store-017/cam");
        assertThat(FieldText.parseLatency(" ")).isNull();
        assertThatThrownBy(() -> FieldText.parseLatency("fast"))
                .hasMessage("latency: write the bound as \"10 ms to store-017/cam\", got \"fast\"");
    }

    @Test
    void jurisdictionsAreUpperCasedAndPinsShownAsReplicaArrowNode() {
        assertThat(FieldText.parseJurisdictions("eu, ch, EU")).containsExactly("EU", "CH");
        assertThat(FieldText.pins(List.of(new Pin(0, "gw"), new Pin(3, "gpu-2")))).isEqualTo("0 → gw, 3 → gpu-2");
        assertThat(Quantity.parse("1.5Gi").text()).isEqualTo("1.5Gi");
    }
}
