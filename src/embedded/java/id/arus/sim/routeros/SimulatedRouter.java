package id.arus.sim.routeros;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One simulated MikroTik router: a RouterOS API server on 127.0.0.1 (plain, like port 8728, and
 * optionally TLS with a self-signed certificate, like 8729) over its own {@link RouterState}. Start
 * one with {@link #builder(RouterOsVersion)}; a port of 0 picks a free one. Threads: one acceptor per
 * port and two per connection, with at most {@code maxConnections} connections, so a runaway client
 * cannot exhaust the JVM running the demo.
 */
public final class SimulatedRouter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatedRouter.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final RouterOsVersion version;
    private final String username;
    private final String password;
    private final boolean legacyLogin;
    private final int maxConnections;
    private final Faults faults = new Faults();
    private final ScheduledExecutorService scheduler;
    private final RouterState state;
    /** Every port a simulator of this JVM has listened on; see {@link #listen}. */
    private static final Set<Integer> USED_PORTS = ConcurrentHashMap.newKeySet();
    private final Set<ApiConnection> connections = ConcurrentHashMap.newKeySet();
    private final List<Thread> acceptors = new CopyOnWriteArrayList<>();
    private final List<ServerSocket> servers = new ArrayList<>();
    private final SelfSignedCertificate certificate;
    private final String identity;
    private volatile boolean closed;
    private int port;
    private int tlsPort = -1;

    private SimulatedRouter(Builder b) {
        this.version = b.version;
        this.username = b.username;
        this.password = b.password;
        this.legacyLogin = b.legacyLogin;
        this.maxConnections = b.maxConnections;
        this.identity = b.identity;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ros-sim-" + b.identity + "-timer");
            t.setDaemon(true);
            return t;
        });
        this.state = new RouterState(version, b.identity, scheduler, new SimulatorOptions(b.dialInDelay, b.redialDelay));
        this.certificate = b.tlsPort >= 0 ? SelfSignedCertificate.generate(b.identity) : null;
    }

    public static Builder builder(RouterOsVersion version) {
        return new Builder(version);
    }

    /** Binds a server socket on a port. */
    private interface PortBinder {
        ServerSocket bind(int port) throws IOException;
    }

    /**
     * Listens on the wanted port, or on a free one (0) that no simulator of this JVM had before: a NAS
     * registered on a simulator outlives it in a test database, and an endpoint can be registered once,
     * so a later simulator must not be handed the same port by the kernel. Bounded: after 20 tries the
     * kernel's choice stands.
     */
    private static ServerSocket listen(int wanted, PortBinder binder) throws IOException {
        for (int attempt = 1; ; attempt++) {
            ServerSocket socket = binder.bind(wanted);
            if (USED_PORTS.add(socket.getLocalPort()) || wanted != 0 || attempt == 20) {
                return socket;
            }
            socket.close();
        }
    }

    private void start(int plainPort, int tlsPortWanted) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        ServerSocket plain = listen(plainPort, p -> new ServerSocket(p, 50, loopback));
        servers.add(plain);
        port = plain.getLocalPort();
        accept(plain, "api");
        if (certificate != null) {
            try {
                var factory = certificate.serverContext().getServerSocketFactory();
                ServerSocket tls = listen(tlsPortWanted, p -> factory.createServerSocket(p, 50, loopback));
                servers.add(tls);
                tlsPort = tls.getLocalPort();
                accept(tls, "api-ssl");
            } catch (GeneralSecurityException e) {
                close();
                throw new IOException("cannot start the TLS port", e);
            }
        }
        log.info("simulated RouterOS {} '{}' listening on 127.0.0.1:{}{}", version.version(), identity, port,
                tlsPort > 0 ? " (TLS " + tlsPort + ")" : "");
    }

    private void accept(ServerSocket server, String service) {
        Thread acceptor = new Thread(() -> {
            while (!closed) {
                try {
                    Socket socket = server.accept();
                    if (closed) {
                        socket.close(); // the wake-up connection of close()
                        return;
                    }
                    socket.setTcpNoDelay(true);
                    ApiConnection connection = new ApiConnection(this, socket);
                    if (connections.size() >= maxConnections) {
                        // RouterOS's api service has a session limit too; say why instead of hanging
                        socket.getOutputStream().write(ApiWords.encodeSentence(List.of("!fatal", "too many sessions")));
                        socket.close();
                        continue;
                    }
                    connections.add(connection);
                    connection.start("ros-sim-" + identity + "-" + service + "-" + THREADS.incrementAndGet());
                } catch (SocketException e) {
                    return; // closed
                } catch (IOException e) {
                    log.debug("simulated router {}: accept failed: {}", identity, e.toString());
                }
            }
        }, "ros-sim-" + identity + "-" + service + "-accept");
        acceptor.setDaemon(true);
        acceptors.add(acceptor);
        acceptor.start();
    }

    void connectionClosed(ApiConnection connection) {
        connections.remove(connection);
    }

    RouterState state() {
        return state;
    }

    boolean legacyLogin() {
        return legacyLogin;
    }

    public String host() {
        return "127.0.0.1";
    }

    /** The plain API port (8728 on a real router). */
    public int port() {
        return port;
    }

    /** The TLS API port (8729 on a real router), or -1 when started without TLS. */
    public int tlsPort() {
        return tlsPort;
    }

    public RouterOsVersion version() {
        return version;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** The name it was started with; {@code /system/identity/set} changes what the router reports. */
    public String identity() {
        return identity;
    }

    /** The faults to inject, changeable while the router runs. */
    public Faults faults() {
        return faults;
    }

    /** A socket factory that trusts this router's self-signed certificate, for clients of the TLS port. */
    public SSLSocketFactory trustingSocketFactory() {
        if (certificate == null) {
            throw new IllegalStateException("started without TLS");
        }
        try {
            return certificate.clientContext().getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of one menu's records as print would show them, e.g. {@code print("/ppp/active")}. */
    public List<Map<String, String>> print(String menuPath) {
        return state.snapshot(menuPath);
    }

    /**
     * Runs a command as an API client would, without a connection, e.g.
     * {@code execute("/ip/pool/add", Map.of("name", "pppoe", "ranges", "10.10.0.2-10.10.0.254"))};
     * returns {@code ret} (the new {@code .id} of an add) or null. A refused command throws
     * {@link IllegalArgumentException} with the router's message.
     */
    public String execute(String command, Map<String, String> attributes) {
        try {
            List<List<String>> replies = state.execute(new ApiCommand(command, Map.copyOf(attributes), List.of(), null), null);
            for (List<String> sentence : replies) {
                for (String word : sentence) {
                    if (word.startsWith("=ret=")) {
                        return word.substring(5);
                    }
                }
            }
            return null;
        } catch (ApiException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Makes an enabled secret's client dial in now instead of after the usual delay. */
    public boolean dialIn(String secretName) {
        return state.dialIn(secretName);
    }

    public int openConnections() {
        return connections.size();
    }

    /** Cuts every open connection without a word, as a reboot or a cable pulled would. */
    public void dropConnections() {
        for (ApiConnection connection : List.copyOf(connections)) {
            connection.drop();
        }
    }

    /**
     * Stops listening and cuts every connection. A thread blocked in {@code accept} keeps the listening
     * socket alive (the JDK defers the close until it returns, and the kernel keeps completing connections
     * meanwhile), so each acceptor is first woken with a connection of our own and left to end; only then
     * are the sockets closed, after which a client is refused at once, as by a router that is switched off.
     */
    @Override
    public void close() {
        closed = true;
        for (ServerSocket server : servers) {
            try (Socket wake = new Socket()) {
                wake.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 500);
            } catch (IOException ignored) {
                // not listening any more: nothing to wake
            }
        }
        for (Thread acceptor : acceptors) {
            try {
                acceptor.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (ServerSocket server : servers) {
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        dropConnections();
        scheduler.shutdownNow();
    }

    @Override
    public String toString() {
        return "SimulatedRouter[" + identity + ", " + version + ", 127.0.0.1:" + port + "]";
    }

    /** Settings of a simulated router; every one has a default that suits a test. */
    public static final class Builder {
        private final RouterOsVersion version;
        private String identity;
        private String username = "admin";
        private String password = RouterSimulators.DEMO_PASSWORD;
        private int port;
        private int tlsPort;
        private boolean legacyLogin;
        private int maxConnections = 32;
        private Duration dialInDelay = Duration.ofMillis(300);
        private Duration redialDelay = Duration.ofSeconds(5);

        private Builder(RouterOsVersion version) {
            this.version = Objects.requireNonNull(version);
            this.identity = "sim-" + version.name().toLowerCase().replace('_', '-');
        }

        public Builder identity(String identity) {
            this.identity = identity;
            return this;
        }

        public Builder credentials(String username, String password) {
            this.username = username;
            this.password = password;
            return this;
        }

        /** The plain API port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The TLS API port; 0 (the default) picks a free one, -1 starts no TLS port. */
        public Builder tlsPort(int tlsPort) {
            this.tlsPort = tlsPort;
            return this;
        }

        /** Pre-6.43 MD5 challenge login instead of the plain one. */
        public Builder legacyLogin(boolean legacyLogin) {
            this.legacyLogin = legacyLogin;
            return this;
        }

        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** How soon an added or enabled secret's client dials in; negative: never by itself. */
        public Builder dialInDelay(Duration delay) {
            this.dialInDelay = delay;
            return this;
        }

        /** How soon a kicked client dials again; negative: never. */
        public Builder redialDelay(Duration delay) {
            this.redialDelay = delay;
            return this;
        }

        public SimulatedRouter start() throws IOException {
            SimulatedRouter router = new SimulatedRouter(this);
            try {
                router.start(port, tlsPort);
            } catch (IOException | RuntimeException e) {
                router.close();
                throw e;
            }
            return router;
        }
    }
}
