package dev.traverse.engine.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How hard the lower bound searches for a run of a given time limit. */
class BoundEffortTest {

    @Test
    void usualWorkUpToTheDefaultTimeLimit() {
        assertThat(PlacementEngine.boundEffort(Duration.ZERO)).isEqualTo(1);
        assertThat(PlacementEngine.boundEffort(Duration.ofMillis(50))).isEqualTo(1);
        assertThat(PlacementEngine.boundEffort(PlacementOptions.DEFAULT_TIME_LIMIT)).isEqualTo(1);
    }

    @Test
    void moreForLongerRunsUpToThreeTimes() {
        assertThat(PlacementEngine.boundEffort(Duration.ofMillis(400))).isEqualTo(2);
        assertThat(PlacementEngine.boundEffort(Duration.ofSeconds(1))).isEqualTo(3);
        assertThat(PlacementEngine.boundEffort(Duration.ofDays(365_000))).isEqualTo(3);
    }
}
