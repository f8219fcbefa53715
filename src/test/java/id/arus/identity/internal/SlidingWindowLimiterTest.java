package id.arus.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter(3, Duration.ofMinutes(5), clock);

    @Test
    void allowsTheLimitThenRefuses() {
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isTrue();
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
    }

    @Test
    void countsEachKeyOnItsOwn() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("10.0.0.1");
        }
        assertThat(limiter.tryAcquire("10.0.0.1")).isFalse();
        assertThat(limiter.tryAcquire("10.0.0.2")).isTrue();
    }

    @Test
    void slidesInsteadOfResettingAtAFixedBoundary() {
        limiter.tryAcquire("a");                 // t = 0
        clock.advance(Duration.ofMinutes(3));
        limiter.tryAcquire("a");                 // t = 3
        limiter.tryAcquire("a");                 // t = 3
        clock.advance(Duration.ofMinutes(2));    // t = 5: the first attempt has just left the window
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
        clock.advance(Duration.ofMinutes(1));    // t = 6: the t=3 attempts are still inside
        assertThat(limiter.tryAcquire("a")).isFalse();
        clock.advance(Duration.ofMinutes(2));    // t = 8: both t=3 attempts have left
        assertThat(limiter.tryAcquire("a")).isTrue();
    }

    @Test
    void refusedAttemptsDoNotExtendTheBlock() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("a");
        }
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(10));
            assertThat(limiter.tryAcquire("a")).isFalse();
        }
        clock.advance(Duration.ofMinutes(4)); // 5 min 40 s after the three counted attempts
        assertThat(limiter.tryAcquire("a")).isTrue();
    }

    @Test
    void forgetsIdleKeys() {
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        clock.advance(Duration.ofMinutes(6));
        limiter.tryAcquire("b");
        limiter.evictIdle();
        assertThat(limiter.trackedKeys()).isEqualTo(1);
    }
}
