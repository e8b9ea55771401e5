package dev.traverse.app.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LogViewModelTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-28T13:03:27Z"), ZoneOffset.ofHours(1));

    @Test
    void linesAreStampedWithTheClockAndKeptNewestLast() {
        LogViewModel log = new LogViewModel(clock, 10);

        log.info("Opened retail-chain.yaml");
        clock.advance(Duration.ofSeconds(5));
        log.error("Could not save: permission denied");

        assertThat(log.entries()).extracting(LogEntry::text)
                .containsExactly("Opened retail-chain.yaml", "Could not save: permission denied");
        assertThat(log.entries().get(1).time()).isEqualTo(Instant.parse("2026-11-28T13:03:32Z"));
        assertThat(log.time(log.entries().get(0))).isEqualTo("14:03:27");
    }

    @Test
    void theOldestLinesGoBeyondTheCapacity() {
        LogViewModel log = new LogViewModel(clock, 3);
        for (int i = 1; i <= 5; i++) {
            log.info("line " + i);
        }
        assertThat(log.entries()).extracting(LogEntry::text).containsExactly("line 3", "line 4", "line 5");
        assertThatThrownBy(() -> new LogViewModel(clock, 0)).hasMessage("capacity must be at least 1, got 0");
    }

    @Test
    void copiedTextHasOneLineEachWithTimeAndLevel() {
        LogViewModel log = new LogViewModel(clock, 10);
        log.success("Saved retail-chain.yaml");
        log.info("Preview: 415 of 415 replicas placed");
        log.warning("3 replicas fit nowhere");

        assertThat(log.text()).isEqualTo("""
                14:03:27  SUCCESS  Saved retail-chain.yaml
                14:03:27  Preview: 415 of 415 replicas placed
                14:03:27  WARNING  3 replicas fit nowhere""");
        assertThat(log.text(log.entries().subList(2, 3))).isEqualTo("14:03:27  WARNING  3 replicas fit nowhere");
        log.clear();
        assertThat(log.entries()).isEmpty();
    }

    /** A clock that moves only when told. */
    private static final class MovingClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        MovingClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MovingClock(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
