package dev.traverse.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.traverse.engine.model.AffinityTerm;
import dev.traverse.engine.model.TopologyKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AffinityTextTest {

    private static final List<AffinityTerm> EVERY_KIND = List.of(
            new AffinityTerm(List.of("store-017"), List.of(), List.of(), Map.of(), null, null, null),
            new AffinityTerm(List.of(), List.of("eu-1", "eu-2"), List.of(), Map.of(), null, null, 20),
            new AffinityTerm(List.of(), List.of(), List.of("cl/pool-1"), Map.of(), null, null, null),
            new AffinityTerm(List.of(), List.of(), List.of(), Map.of("disk", "ssd", "tier", "gold"), null, null, 100),
            new AffinityTerm(List.of(), List.of(), List.of(), Map.of(), "cache", null, null),
            new AffinityTerm(List.of(), List.of(), List.of(), Map.of(), "cache", TopologyKey.ZONE, 50));

    @Test
    void everyKindOfTermReadsBackAsItWasWritten() {
        String text = AffinityText.format(EVERY_KIND);

        assertThat(text).isEqualTo("site store-017; clusters eu-1, eu-2 (preferred 20); node cl/pool-1;"
                + " nodes with disk=ssd, tier=gold (preferred 100); workload cache; workload cache over zone"
                + " (preferred 50)");
        assertThat(AffinityText.parse("affinity", text)).isEqualTo(EVERY_KIND);
    }

    @Test
    void spacingCaseAndEmptyTermsAreForgiven() {
        assertThat(AffinityText.parse("affinity", "  Sites a ,b ;; Workload w OVER Region(preferred 5) ; "))
                .containsExactly(
                        new AffinityTerm(List.of("a", "b"), List.of(), List.of(), Map.of(), null, null, null),
                        new AffinityTerm(List.of(), List.of(), List.of(), Map.of(), "w", TopologyKey.REGION, 5));
        assertThat(AffinityText.parse("affinity", " ")).isEmpty();
    }

    @Test
    void aWrongTermSaysWhichAndTheFormExpected() {
        assertThatThrownBy(() -> AffinityText.parse("affinity", "site a; near b"))
                .hasMessage("affinity: cannot read \"near b\"; " + AffinityText.FORM);
        assertThatThrownBy(() -> AffinityText.parse("affinity", "site a (preferred 0)"))
                .hasMessage("affinity: a preferred weight is from 1 to 100, got 0 in \"site a (preferred 0)\"");
        assertThatThrownBy(() -> AffinityText.parse("affinity", "workload a b"))
                .hasMessageStartingWith("affinity: write a workload term as \"workload NAME\"");
        assertThatThrownBy(() -> AffinityText.parse("affinity", "workload a over street"))
                .hasMessageContaining("affinity domain");
    }
}
