package id.arus.network.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * One writer per router at a time in this node: a full reconcile and a per-subscriber apply of the same
 * NAS would otherwise both add the same missing entry (the second add is refused as a duplicate) or one
 * would remove what the other just planned to change. Shared by the reconciler and subscriber provisioning.
 */
@Component
public class NasCommandLocks {

    private final Map<Long, ReentrantLock> locks = new ConcurrentHashMap<>();

    public <T> T withLock(long nasId, Supplier<T> work) {
        ReentrantLock lock = locks.computeIfAbsent(nasId, id -> new ReentrantLock());
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
