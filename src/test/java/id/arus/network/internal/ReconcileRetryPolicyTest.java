package id.arus.network.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.network.NetworkIncident.Kind;
import id.arus.network.ReconcileReport;
import id.arus.network.RouterCommandException;
import id.arus.network.routeros.LoginRefusedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReconcileRetryPolicyTest {

    private final ReconcileRetryPolicy policy = new ReconcileRetryPolicy(5, Duration.ofSeconds(10), Duration.ofSeconds(60));

    private static ReconcileReport report(List<String> failures) {
        return new ReconcileReport(1, Instant.now(), 1, 0, 0, 0, 1, List.of(), List.of(), failures, Duration.ZERO, null);
    }

    private static RouterCommandException unreachable() {
        return new RouterCommandException(1, "Reconcile of CORE-1 failed: connect timed out", true, null);
    }

    @Test
    void waitsTwiceAsLongAfterEachFailureUpToTheCap() {
        assertThat(List.of(1, 2, 3, 4, 5, 30).stream().map(policy::delayAfter)).containsExactly(Duration.ofSeconds(10),
                Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofSeconds(60), Duration.ofSeconds(60),
                Duration.ofSeconds(60));
    }

    @Test
    void retriesAnUnreachableRouterUntilTheLastAttemptThenOpensAnIncident() {
        ReconcileRetryPolicy.Decision first = policy.afterFailure(unreachable(), 1, true);
        assertThat(first.retryIn()).isEqualTo(Duration.ofSeconds(10));
        assertThat(first.open()).isNull();
        assertThat(first.resolve()).isEmpty();

        ReconcileRetryPolicy.Decision last = policy.afterFailure(unreachable(), 5, true);
        assertThat(last.retryIn()).isNull();
        assertThat(last.open()).isEqualTo(Kind.RECONCILE_FAILED);
        assertThat(last.error()).isEqualTo("Reconcile of CORE-1 failed: connect timed out");
    }

    @Test
    void aStaffRetryThatFailsGoesStraightIntoTheIncident() {
        ReconcileRetryPolicy.Decision decision = policy.afterFailure(unreachable(), 1, false);
        assertThat(decision.retryIn()).isNull();
        assertThat(decision.open()).isEqualTo(Kind.RECONCILE_FAILED);
    }

    @Test
    void aRefusedLoginIsAnIncidentAtOnceAndNeverRetried() {
        RouterCommandException refused = new RouterCommandException(1, "Reconcile of CORE-1 failed: invalid user name or password",
                false, new LoginRefusedException("invalid user name or password"));

        ReconcileRetryPolicy.Decision decision = policy.afterFailure(refused, 1, true);

        assertThat(decision.retryIn()).isNull();
        assertThat(decision.open()).isEqualTo(Kind.LOGIN_REFUSED);
        assertThat(decision.error()).contains("invalid user name or password");
    }

    @Test
    void refusedCommandsOpenAnIncidentWithTheRoutersMessagesAndClearTheReachabilityOnes() {
        ReconcileRetryPolicy.Decision decision = policy.afterReport(report(List.of(
                "/ppp/secret/add name=budi: input does not match any value of profile")));

        assertThat(decision.open()).isEqualTo(Kind.COMMANDS_REFUSED);
        assertThat(decision.messages()).containsExactly("/ppp/secret/add name=budi: input does not match any value of profile");
        assertThat(decision.resolve()).containsExactlyInAnyOrder(Kind.RECONCILE_FAILED, Kind.LOGIN_REFUSED);
        assertThat(decision.retryIn()).isNull();
    }

    @Test
    void aCleanReconcileResolvesEveryKind() {
        ReconcileRetryPolicy.Decision decision = policy.afterReport(report(List.of()));

        assertThat(decision.open()).isNull();
        assertThat(decision.resolve()).containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    void refusesASettingThatCouldNeverWait() {
        assertThatThrownBy(() -> new ReconcileRetryPolicy(0, Duration.ofSeconds(10), Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconcileRetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
