package id.arus.network.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), now::get);

    @Test
    void opensAfterConsecutiveFailuresAndFailsFastDuringTheCoolDown() {
        breaker.onFailure("refused");
        breaker.onFailure("refused");
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        breaker.onFailure("connection refused");

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        now.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThatThrownBy(() -> breaker.acquirePermission("r1:8728"))
                .isInstanceOf(CircuitOpenException.class)
                .hasMessageContaining("r1:8728")
                .hasMessageContaining("connection refused");
    }

    @Test
    void aSuccessResetsTheCount() {
        breaker.onFailure("x");
        breaker.onFailure("x");
        breaker.onSuccess();
        breaker.onFailure("x");
        breaker.onFailure("x");
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void halfOpensForOneTrialAfterTheCoolDownAndClosesOnSuccess() {
        open();
        now.addAndGet(Duration.ofSeconds(10).toNanos());

        assertThatCode(() -> breaker.acquirePermission("r")).doesNotThrowAnyException();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);
        // Only one trial at a time.
        assertThatThrownBy(() -> breaker.acquirePermission("r")).isInstanceOf(CircuitOpenException.class);

        breaker.onSuccess();
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThatCode(() -> breaker.acquirePermission("r")).doesNotThrowAnyException();
    }

    @Test
    void aFailedTrialReopensWithADoubledCoolDownUpToEightTimes() {
        open();
        long coolDown = Duration.ofSeconds(10).toNanos();
        for (int round = 0; round < 6; round++) {
            now.addAndGet(coolDown);
            breaker.acquirePermission("r");
            breaker.onFailure("still down");
            coolDown = Math.min(coolDown * 2, Duration.ofSeconds(80).toNanos());
            now.addAndGet(coolDown - 1);
            assertThatThrownBy(() -> breaker.acquirePermission("r")).isInstanceOf(CircuitOpenException.class);
            now.addAndGet(1 - coolDown);
        }
        now.addAndGet(Duration.ofSeconds(80).toNanos());
        assertThatCode(() -> breaker.acquirePermission("r")).doesNotThrowAnyException();
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            breaker.onFailure("down");
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    }
}
