package dev.traverse.app.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.traverse.canvas.overlay.ChipStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChipIdTest {

    @Test
    void encodesWorkloadReplicaAndElementAndReadsThemBack() {
        ChipId single = ChipId.single("checkout-api", 2, "aks-weu/general", ChipStyle.PLACED);
        ChipId group = ChipId.group("checkout-api", "store-017/cam", ChipStyle.PINNED);
        ChipId moved = ChipId.single("vision", 0, "aks-weu/gpu", ChipStyle.MOVED);
        ChipId lost = ChipId.group("pos-sync", "store-001-k3s/gw", ChipStyle.LOST);

        assertThat(single.encode()).isEqualTo("checkout-api/2@aks-weu/general");
        assertThat(group.encode()).isEqualTo("checkout-api@store-017/cam");
        assertThat(moved.encode()).isEqualTo("vision/0@aks-weu/gpu#moved");
        assertThat(lost.encode()).isEqualTo("pos-sync@store-001-k3s/gw#lost");
        assertThat(ChipId.parse(single.encode())).contains(single);
        assertThat(ChipId.parse(group.encode())).contains(ChipId.group("checkout-api", "store-017/cam",
                ChipStyle.PLACED));
        assertThat(ChipId.parse(moved.encode())).contains(moved);
        assertThat(ChipId.parse(lost.encode())).contains(lost);
        assertThat(ChipId.parse("site-a@site-a")).hasValueSatisfying(id -> {
            assertThat(id.elementId()).isEqualTo("site-a");
            assertThat(id.isSingleReplica()).isFalse();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "checkout", "@aks-weu", "checkout@", "checkout/x@aks", "checkout/@aks",
            "/1@aks", "checkout@aks#gone", "checkout/1234567890@aks"})
    void refusesWhatIsNotAChipId(String text) {
        assertThat(ChipId.parse(text)).isEmpty();
    }
}
