package id.arus.network.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import id.arus.ArusIT;
import id.arus.network.NasForm;
import id.arus.network.NasManagement;
import id.arus.network.NasRole;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Not a test: {@code ./bench/run.sh poll} runs it. 200 simulated routers (in this JVM, on free ports) are
 * polled every 10 s for a minute by the real poller, with samples going through the in-app Kafka into
 * PostgreSQL as in production. Prints the CPU time Arus used over the wall time, in percent of two cores
 * (target under 25): the JVM's CPU time minus the simulator threads' own. The in-app Kafka broker runs
 * in this JVM and counts as Arus; the embedded PostgreSQL is a separate process and is printed apart.
 */
@ArusIT
@WithMockUser(username = "bench-noc", roles = "NOC")
class NetworkPollBench {

    private static final int ROUTERS = 200;
    private static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final int ROUNDS = 6;
    private static final double CORES = 2;

    @Autowired
    NasManagement registry;
    @Autowired
    NasStore store;
    @Autowired
    NasPollLeases leases;
    @Autowired
    NasProber prober;
    @Autowired
    TelemetrySender sender;
    @Autowired
    SubscriberUsageSampler usage;
    @Autowired
    JdbcClient jdbc;

    @Test
    void measurePolling() throws Exception {
        List<SimulatedRouter> routers = new ArrayList<>();
        try {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < ROUTERS; i++) {
                SimulatedRouter router = SimulatedRouter.builder(RouterOsVersion.V7_16).identity("bench-" + i)
                        .dialInDelay(Duration.ofMillis(-1)).start();
                routers.add(router);
                ids.add(registry.create(new NasForm("Bench poll " + i + " " + System.nanoTime() % 100_000, "127.0.0.1", router.port(),
                        false, router.username(), router.password(), "Bench", null, NasRole.PRIMARY, null, null, null)).id());
            }
            try (NasPoller poller = new NasPoller(new NasPoller.Settings("bench-node", INTERVAL, Duration.ofSeconds(5), 16,
                    Duration.ofMinutes(15), Duration.ofMinutes(1)), store, leases, prober, sender, usage)) {
                // warm-up: connections opened and logged in, code compiled, Kafka topic created
                poller.pollRound().get(60, TimeUnit.SECONDS);
                Thread.sleep(5_000);

                double idle = cpuPercent(() -> Thread.sleep(10_000), Duration.ofSeconds(10))[0];

                long[] roundMillis = new long[ROUNDS];
                double[] polling = cpuPercent(() -> {
                    long start = System.nanoTime();
                    for (int round = 0; round < ROUNDS; round++) {
                        long roundStart = System.nanoTime();
                        poller.pollRound().get(INTERVAL.toSeconds(), TimeUnit.SECONDS);
                        roundMillis[round] = (System.nanoTime() - roundStart) / 1_000_000;
                        long next = start + INTERVAL.toNanos() * (round + 1);
                        Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                    }
                }, INTERVAL.multipliedBy(ROUNDS));

                for (long id : ids) {
                    assertThat(poller.pollCount(id)).as("every router polled in every round").isEqualTo(ROUNDS + 1);
                }
                long stored = jdbc.sql("select count(*) from telemetry_sample where nas_id in (select id from nas where name like 'Bench poll %')")
                        .query(Long.class).single();
                System.out.printf(Locale.ROOT, "BENCH network poll_200_cpu_pct %.1f pct%n", polling[0]);
                System.out.printf(Locale.ROOT, "BENCH network poll_200_idle_cpu_pct %.1f pct%n", idle);
                System.out.printf(Locale.ROOT, "BENCH network poll_200_simulators_cpu_pct %.1f pct%n", polling[1]);
                System.out.printf(Locale.ROOT, "BENCH network poll_200_postgres_cpu_pct %.1f pct%n", polling[2]);
                System.out.printf(Locale.ROOT, "BENCH network poll_200_round_median_ms %d ms%n",
                        java.util.Arrays.stream(roundMillis).sorted().toArray()[ROUNDS / 2]);
                System.out.printf(Locale.ROOT, "BENCH network poll_200_samples_stored %d samples%n", stored);
            }
        } finally {
            routers.forEach(SimulatedRouter::close);
        }
    }

    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs the work and returns, in percent of two cores over {@code wall}: Arus's CPU (the JVM minus the
     * simulator threads), the simulators' CPU and the embedded PostgreSQL's CPU.
     */
    private double[] cpuPercent(Work work, Duration wall) throws Exception {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvmBefore = os.getProcessCpuTime();
        long simBefore = simulatorCpuNanos();
        long pgBefore = postgresCpuNanos();
        long start = System.nanoTime();
        work.run();
        double elapsed = Math.max(System.nanoTime() - start, wall.toNanos());
        long sim = simulatorCpuNanos() - simBefore;
        long jvm = os.getProcessCpuTime() - jvmBefore;
        long pg = postgresCpuNanos() - pgBefore;
        return new double[] {100.0 * (jvm - sim) / (elapsed * CORES), 100.0 * sim / (elapsed * CORES), 100.0 * pg / (elapsed * CORES)};
    }

    /** CPU time of the simulator's threads (named ros-sim-...), which are the routers, not Arus. */
    private static long simulatorCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("ros-sim-")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                total += Math.max(cpu, 0);
            }
        }
        return total;
    }

    /**
     * CPU time of the embedded PostgreSQL: its postmaster (whose pid heads {@code postmaster.pid} in the data
     * directory; it is not this JVM's child, pg_ctl detaches it) and its backends, from /proc (utime + stime
     * in clock ticks, including children that have ended).
     */
    private long postgresCpuNanos() {
        String dataDirectory = jdbc.sql("show data_directory").query(String.class).single();
        long postmaster;
        try {
            postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        long ticks = java.util.stream.Stream.concat(ProcessHandle.of(postmaster).stream(),
                ProcessHandle.of(postmaster).stream().flatMap(ProcessHandle::descendants)).mapToLong(p -> {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // utime, stime, cutime, cstime: ended backends are counted in their parent's c-times
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            } catch (IOException | RuntimeException e) {
                return 0; // a backend that ended meanwhile
            }
        }).sum();
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
    }
}
