package id.arus.platform.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.platform.AnalystArtifacts;
import id.arus.platform.ArtifactKind;
import id.arus.platform.ArtifactLoader;
import id.arus.platform.ArtifactProblem;
import id.arus.platform.ArtifactSource;
import id.arus.platform.ArtifactStatus;
import id.arus.platform.ArtifactStatus.State;
import id.arus.platform.LoadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Reads {@code processes/}, {@code rules/} and {@code routes/} and hands what changed to the loader of
 * each kind. A folder in the working directory (or under {@code arus.artifacts.base-dir}) wins; when
 * it does not exist, the copy packaged in the jar is loaded once. Folders are polled by content
 * checksum rather than watched with inotify, because editors save by rename and network file systems
 * send no events; a poll every two seconds costs a directory walk and a hash of a few small files.
 */
@Component
class ArtifactFolderWatcher implements AnalystArtifacts, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ArtifactFolderWatcher.class);
    private static final String PACKAGED_ROOT = "arus/";

    private final List<ArtifactLoader> loaders;
    private final AuditTrail audit;
    private final TaskScheduler scheduler;
    private final Path baseDir;
    private final Duration pollInterval;
    private final boolean watch;

    private final ReentrantLock scanLock = new ReentrantLock();
    private final Map<ArtifactKind, Map<String, ArtifactStatus>> statuses = new EnumMap<>(ArtifactKind.class);
    /** Checksum of the last content handed to a loader per file, accepted or not, so a rejected edit is not retried every poll. */
    private final Map<ArtifactKind, Map<String, String>> attempted = new EnumMap<>(ArtifactKind.class);
    private volatile ScheduledFuture<?> poller;

    ArtifactFolderWatcher(List<ArtifactLoader> loaders, AuditTrail audit, TaskScheduler scheduler,
                          @Value("${arus.artifacts.base-dir:.}") String baseDir,
                          @Value("${arus.artifacts.poll-interval:2s}") Duration pollInterval,
                          @Value("${arus.artifacts.watch:true}") boolean watch) {
        this.loaders = loaders;
        this.audit = audit;
        this.scheduler = scheduler;
        this.baseDir = Path.of(baseDir).toAbsolutePath().normalize();
        this.pollInterval = pollInterval;
        this.watch = watch;
        for (ArtifactKind kind : ArtifactKind.values()) {
            statuses.put(kind, new ConcurrentHashMap<>());
            attempted.put(kind, new ConcurrentHashMap<>());
        }
    }

    /** Runs once the Camel context and the engine are up, so a broken file can only be rejected, never stop start-up. */
    @EventListener(ApplicationReadyEvent.class)
    void loadAtStartup() {
        for (ArtifactKind kind : ArtifactKind.values()) {
            log.info("Analyst {} are read from {}", kind.folder(), location(kind));
        }
        rescan();
        if (watch) {
            poller = scheduler.scheduleWithFixedDelay(this::pollQuietly, pollInterval);
        }
    }

    @Override
    public void rescan() {
        scanLock.lock();
        try {
            for (ArtifactLoader loader : loaders) {
                scan(loader);
            }
        } finally {
            scanLock.unlock();
        }
    }

    private void pollQuietly() {
        try {
            rescan();
        } catch (RuntimeException e) {
            log.error("Polling the analysts' folders failed; will try again", e);
        }
    }

    private void scan(ArtifactLoader loader) {
        ArtifactKind kind = loader.kind();
        Map<String, ArtifactSource> current = read(kind);
        Map<String, String> tried = attempted.get(kind);

        List<ArtifactSource> changed = current.values().stream()
                .filter(s -> !s.checksum().equals(tried.get(s.path())))
                .sorted(Comparator.comparing(ArtifactSource::path))
                .toList();
        Set<String> removed = new HashSet<>(tried.keySet());
        removed.removeAll(current.keySet());
        if (changed.isEmpty() && removed.isEmpty()) {
            return;
        }

        Map<String, LoadResult> results;
        try {
            results = loader.load(changed, removed);
        } catch (RuntimeException e) {
            // A loader bug must not take the watcher (or the application) down: reject the whole batch.
            log.error("The {} loader failed", kind.folder(), e);
            results = new LinkedHashMap<>();
            for (ArtifactSource s : changed) {
                results.put(s.path(), LoadResult.rejected(new ArtifactProblem(s.displayName(), null, null,
                        "Loader failed: " + e.getMessage())));
            }
        }
        Instant now = Instant.now();
        for (ArtifactSource source : changed) {
            LoadResult result = results.getOrDefault(source.path(), LoadResult.rejected(
                    new ArtifactProblem(source.displayName(), null, null, "The loader gave no result for this file")));
            record(source, result, now);
            tried.put(source.path(), source.checksum());
        }
        for (String path : removed) {
            tried.remove(path);
            statuses.get(kind).computeIfPresent(path, (p, old) -> new ArtifactStatus(kind, p, old.origin(),
                    State.REMOVED, null, null, List.of(), old.lastLoaded(), now));
            log.info("Withdrew {}/{} (file removed)", kind.folder(), path);
            audit.record(AuditRecord.system("artifact.removed", kind.folder() + "/" + path));
        }
    }

    private void record(ArtifactSource source, LoadResult result, Instant now) {
        Map<String, ArtifactStatus> byPath = statuses.get(source.kind());
        ArtifactStatus previous = byPath.get(source.path());
        ArtifactStatus next;
        if (result.accepted()) {
            next = new ArtifactStatus(source.kind(), source.path(), source.origin(), State.ACTIVE, result.version(),
                    source.checksum(), List.of(), now, now);
            log.info("Loaded {} ({})", source.displayName(), result.version());
            audit.record(AuditRecord.system("artifact.loaded", source.displayName())
                    .withBefore(previous == null ? null : Map.of("version", String.valueOf(previous.version())))
                    .withAfter(Map.of("version", String.valueOf(result.version()), "checksum", source.checksum())));
        } else {
            String servingVersion = previous == null ? null : previous.version();
            next = new ArtifactStatus(source.kind(), source.path(), source.origin(), State.REJECTED, servingVersion,
                    previous == null ? null : previous.checksum(), result.problems(),
                    previous == null ? null : previous.lastLoaded(), now);
            String reasons = String.join("; ", result.problems().stream().map(ArtifactProblem::toString).toList());
            log.error("Rejected {}; {} keeps serving. {}", source.displayName(),
                    servingVersion == null ? "nothing" : "version " + servingVersion, reasons);
            audit.record(AuditRecord.system("artifact.rejected", source.displayName()).withDetail(reasons));
        }
        byPath.put(source.path(), next);
    }

    private Map<String, ArtifactSource> read(ArtifactKind kind) {
        Path folder = baseDir.resolve(kind.folder());
        return Files.isDirectory(folder) ? readFolder(kind, folder) : readPackaged(kind);
    }

    private Map<String, ArtifactSource> readFolder(ArtifactKind kind, Path folder) {
        Map<String, ArtifactSource> found = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> kind.accepts(f.getFileName().toString())).toList()) {
                String relative = folder.relativize(file).toString().replace('\\', '/');
                byte[] content;
                try {
                    content = Files.readAllBytes(file);
                } catch (IOException e) {
                    continue; // being written or just deleted: the next poll sees it settled
                }
                found.put(relative, new ArtifactSource(kind, relative, content, sha256(content), ArtifactSource.Origin.FOLDER));
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Cannot read {}: {}", folder, e.getMessage());
        }
        return found;
    }

    private Map<String, ArtifactSource> readPackaged(ArtifactKind kind) {
        Map<String, ArtifactSource> found = new LinkedHashMap<>();
        String root = PACKAGED_ROOT + kind.folder() + "/";
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                    .getResources("classpath*:" + root + "**/*");
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(root);
                if (at < 0 || !resource.isReadable() || !kind.accepts(url)) {
                    continue;
                }
                String relative = url.substring(at + root.length());
                byte[] content = resource.getContentAsByteArray();
                found.put(relative, new ArtifactSource(kind, relative, content, sha256(content), ArtifactSource.Origin.PACKAGED));
            }
        } catch (IOException e) {
            log.warn("Cannot read the packaged {}: {}", kind.folder(), e.getMessage());
        }
        return found;
    }

    @Override
    public List<ArtifactStatus> statuses(ArtifactKind kind) {
        return statuses.get(kind).values().stream().sorted(Comparator.comparing(ArtifactStatus::path)).toList();
    }

    @Override
    public String location(ArtifactKind kind) {
        Path folder = baseDir.resolve(kind.folder());
        return Files.isDirectory(folder) ? folder.toString() : "classpath:" + PACKAGED_ROOT + kind.folder();
    }

    @Override
    public void destroy() {
        ScheduledFuture<?> running = poller;
        if (running != null) {
            running.cancel(false);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
