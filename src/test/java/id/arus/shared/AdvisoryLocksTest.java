package id.arus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AdvisoryLocksTest {

    @Test
    void everyNamedKeySpaceHasItsOwnNumber() {
        assertThat(Arrays.stream(AdvisoryLocks.Space.values()).map(AdvisoryLocks.Space::key)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(AdvisoryLocks.Single.values()).map(single -> single.key)).doesNotHaveDuplicates();
    }

    @Test
    void keysNameWhatTheyLockForLogs() {
        assertThat(AdvisoryLocks.of(AdvisoryLocks.Space.FAILOVER, 7)).hasToString("FAILOVER 7");
        assertThat(AdvisoryLocks.of(AdvisoryLocks.BillingJob.OVERDUE)).hasToString("BILLING_JOB 2");
        assertThat(AdvisoryLocks.ofName("checkout:INV-1")).hasToString("checkout:INV-1");
    }
}
