package id.arus.network;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Snapshots every NAS on {@code arus.network.backup.cron} (default 02:00 Jakarta time, when subscribers
 * are quietest). Routers are done one after another and a failing one is logged and skipped, so a dead
 * router never costs the others their backup; the circuit breaker keeps a dead one from stalling long.
 */
@Component
class BackupSchedule {

    private static final Logger log = LoggerFactory.getLogger(BackupSchedule.class);

    private final RouterBackups backups;

    BackupSchedule(RouterBackups backups) {
        this.backups = backups;
    }

    @Scheduled(cron = "${arus.network.backup.cron:0 0 2 * * *}", zone = "${arus.network.backup.zone:Asia/Jakarta}")
    void snapshotAll() {
        runAll();
    }

    /** @return how many routers failed */
    int runAll() {
        int stored = 0;
        int unchanged = 0;
        int failed = 0;
        for (long nasId : backups.allNas()) {
            try {
                if (backups.scheduled(nasId).isPresent()) {
                    stored++;
                } else {
                    unchanged++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("scheduled backup of NAS {} failed, continuing with the others: {}", nasId, e.getMessage());
            }
        }
        log.info("scheduled backup: {} stored, {} unchanged, {} failed", stored, unchanged, failed);
        return failed;
    }
}
