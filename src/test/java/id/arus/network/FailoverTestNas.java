package id.arus.network;

import id.arus.shared.SystemIdentity;
import java.util.List;

/**
 * Removes the NAS a failover test registered, so a router it left down with a backup is not failed over
 * later by another test's check. It goes through {@link NasManagement#remove}, which waits for a reconcile
 * of the NAS that is running at that moment rather than deadlocking with it.
 */
public final class FailoverTestNas {

    private FailoverTestNas() {
    }

    /** Removes the NAS, last registered first (backups before their primaries). */
    public static void remove(NasManagement registry, List<Long> registered) {
        SystemIdentity.run("test-cleanup", () -> {
            for (int i = registered.size() - 1; i >= 0; i--) {
                registry.remove(registered.get(i));
            }
        });
    }
}
