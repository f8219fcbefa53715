package id.arus.network;

import java.util.List;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes the NAS a failover test registered, so a router it left down with a backup is not failed over
 * later by another test's check. A failover move asks for a reconcile in the background
 * ({@link DesiredStateChanged}); removing a NAS while that reconcile writes its result can deadlock in
 * PostgreSQL, which then rolls one side back, so the removal is tried again a few times.
 */
public final class FailoverTestNas {

    private static final int ATTEMPTS = 5;

    private FailoverTestNas() {
    }

    /** Removes the NAS, last registered first (backups before their primaries). */
    public static void remove(JdbcClient jdbc, List<Long> registered) throws InterruptedException {
        for (int i = registered.size() - 1; i >= 0; i--) {
            long id = registered.get(i);
            for (int attempt = 1; ; attempt++) {
                try {
                    jdbc.sql("delete from nas where id = ?").param(id).update();
                    break;
                } catch (PessimisticLockingFailureException deadlock) {
                    if (attempt == ATTEMPTS) {
                        throw deadlock;
                    }
                    Thread.sleep(200L * attempt);
                }
            }
        }
    }
}
