package dev.traverse.canvas.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Percentiles of recorded frame times; no toolkit needed. */
class FrameStatsTest {

    @Test
    void reportsNearestRankMedianAndP95OfPulseIntervals() {
        FrameStats stats = new FrameStats();
        for (int ms = 1; ms <= 100; ms++) {
            stats.pulseInterval(ms * 1_000_000L);
        }
        assertThat(stats.pulseSamples()).isEqualTo(100);
        assertThat(stats.pulseMedianMillis()).isEqualTo(50.0);
        assertThat(stats.pulseP95Millis()).isEqualTo(95.0);
        assertThat(stats.medianFps()).isEqualTo(20.0);
    }

    @Test
    void keepsOnlyTheLatestSamplesAndCountsTheLastFrame() {
        FrameStats stats = new FrameStats();
        assertThat(stats.paintMedianMillis()).isNaN();
        for (int k = 0; k < FrameStats.CAPACITY; k++) {
            stats.pulseInterval(100_000_000L);
        }
        for (int k = 0; k < FrameStats.CAPACITY; k++) {
            stats.pulseInterval(16_000_000L);
        }
        assertThat(stats.pulseP95Millis()).isEqualTo(16.0);

        stats.paintDone(2_000_000L, 120, 30, 4);
        assertThat(stats.frames()).isEqualTo(1);
        assertThat(stats.elementsDrawn()).isEqualTo(120);
        assertThat(stats.linksDrawn()).isEqualTo(30);
        assertThat(stats.chipsDrawn()).isEqualTo(4);
        assertThat(stats.paintSamples()).as("paints are timed only while enabled").isZero();
    }
}
