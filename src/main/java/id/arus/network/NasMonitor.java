package id.arus.network;

import id.arus.network.internal.NasPollLeases;
import id.arus.network.internal.NasProber;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What polling found out about a router beyond its telemetry: what the router is (identity, version,
 * board, uptime at the last successful poll) and which Arus node polls it now. The figures over time
 * are in {@code id.arus.monitoring.NasTelemetry}.
 */
@Service
public class NasMonitor {

    private final NasProber prober;
    private final NasPollLeases leases;

    NasMonitor(NasProber prober, NasPollLeases leases) {
        this.prober = prober;
        this.leases = leases;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public Optional<NasFacts> facts(long nasId) {
        return prober.facts(nasId);
    }

    /** The node id of the Arus node whose lease covers the router now; empty when none polls it. */
    @PreAuthorize("hasAnyRole('ADMIN', 'NOC', 'TECHNICIAN', 'CS')")
    @Transactional(readOnly = true)
    public Optional<String> pollingNode(long nasId) {
        return Optional.ofNullable(leases.owner(nasId));
    }
}
