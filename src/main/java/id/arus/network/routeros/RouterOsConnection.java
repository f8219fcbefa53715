package id.arus.network.routeros;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One logged-in API connection to a router, with many commands in flight at once.
 *
 * <p>Every command gets a unique {@code .tag}; the router tags every reply with it, so replies may
 * arrive in any order and a single reader thread routes each one to its command's future. Writes go
 * through a queue drained by one writer thread: callers never block on the socket, sentences are never
 * interleaved (the defect of {@code me.legrange:mikrotik}), and a burst of pipelined commands is
 * flushed in few packets. A command that gets no {@code !done} within the reply timeout fails with
 * {@link RouterOsTimeoutException} and is cancelled on the router.
 *
 * <p>When the connection dies ({@code !fatal}, end of stream, protocol error, {@link #close()}), every
 * pending command fails at once; nothing waits for a timeout.
 */
public final class RouterOsConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RouterOsConnection.class);
    private static final AtomicLong CONNECTION_IDS = new AtomicLong();
    private static final byte[] CLOSE_WRITER = new byte[0];

    /**
     * One small daemon thread for all reply timeouts of all routers: a timeout task only completes a
     * future and queues a {@code /cancel}, it never touches a socket, so one thread cannot be stalled
     * by a slow router.
     */
    private static final ScheduledExecutorService TIMEOUTS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "routeros-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    private final RouterOsConfig config;
    private final String name;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
    private final BlockingQueue<byte[]> writes = new LinkedBlockingQueue<>();
    private final AtomicLong tags = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CompletableFuture<RouterOsException> closure = new CompletableFuture<>();
    private volatile RouterOsException closeCause;

    private RouterOsConnection(RouterOsConfig config, Socket socket, InputStream in, OutputStream out) {
        this.config = config;
        this.name = config.address();
        this.socket = socket;
        this.in = in;
        this.out = out;
    }

    /**
     * Connects, logs in and starts the reader and writer threads.
     *
     * @throws RouterUnreachableException the router cannot be reached (or the TLS handshake failed)
     * @throws LoginRefusedException      the router refused the user name or password
     * @throws RouterOsTimeoutException   the router accepted the connection but did not answer the login
     */
    public static RouterOsConnection open(RouterOsConfig config) {
        Socket socket = null;
        try {
            socket = createSocket(config);
            try {
                socket.connect(new InetSocketAddress(config.host(), config.port()),
                        (int) config.connectTimeout().toMillis());
            } catch (UnknownHostException e) {
                throw new RouterUnreachableException("unknown host " + config.host());
            } catch (SocketTimeoutException e) {
                throw new RouterUnreachableException("connecting to " + config.address() + " timed out after "
                        + config.connectTimeout().toMillis() + " ms");
            } catch (IOException e) {
                throw new RouterUnreachableException("cannot connect to " + config.address() + ": " + e.getMessage());
            }
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            // Until login completes, the socket timeout is the reply timeout: a router that accepts TCP
            // but never answers (API service hung, wrong port) must not hold the caller forever.
            socket.setSoTimeout((int) config.replyTimeout().toMillis());
            if (socket instanceof SSLSocket ssl) {
                try {
                    ssl.startHandshake();
                } catch (SocketTimeoutException e) {
                    throw new RouterOsTimeoutException("TLS handshake with " + config.address() + " timed out");
                } catch (SSLException e) {
                    throw new RouterUnreachableException("TLS handshake with " + config.address() + " failed: "
                            + e.getMessage());
                }
            }
            RouterOsConnection connection = new RouterOsConnection(config, socket,
                    new BufferedInputStream(socket.getInputStream(), 16 * 1024),
                    new BufferedOutputStream(socket.getOutputStream(), 16 * 1024));
            connection.login();
            // From here on, per-command timeouts apply; the reader waits as long as the router is quiet
            // (a listen may see nothing for hours).
            socket.setSoTimeout(0);
            connection.start();
            return connection;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new RouterUnreachableException("connection to " + config.address() + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    private static Socket createSocket(RouterOsConfig config) throws IOException {
        return switch (config.tls()) {
            case NONE -> new Socket();
            case SYSTEM_TRUST -> {
                SSLSocket ssl = (SSLSocket) SSLSocketFactory.getDefault().createSocket();
                SSLParameters parameters = ssl.getSSLParameters();
                // With the system trust store, also check that the certificate names this router;
                // otherwise any certificate from a public CA would do.
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                ssl.setSSLParameters(parameters);
                yield ssl;
            }
            case INSECURE_TRUST_ALL -> trustAllFactory().createSocket();
            case CUSTOM -> config.tlsSocketFactory().createSocket();
        };
    }

    private static SSLSocketFactory trustAllFactory() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
            return context.getSocketFactory();
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a TLS context", e);
        }
    }

    /** Accepts every certificate: used only when the operator chose {@code INSECURE_TRUST_ALL}. */
    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    // ---- login: synchronous, before the reader thread exists ----

    private void login() throws IOException {
        // Post-6.43: name and password in one sentence. A router older than 6.43 ignores them and
        // answers with a challenge in =ret=, so the same first sentence works for both generations.
        writeNow(List.of("/login", "=name=" + config.username(), "=password=" + config.password()));
        Sentence done = readLoginReply();
        String challenge = done.attribute("ret");
        if (challenge == null) {
            return;
        }
        byte[] challengeBytes;
        try {
            challengeBytes = HexFormat.of().parseHex(challenge);
        } catch (IllegalArgumentException e) {
            throw new RouterOsProtocolException(name + " sent a login challenge that is not hex");
        }
        writeNow(List.of("/login", "=name=" + config.username(),
                "=response=00" + challengeResponse(config.password(), challengeBytes)));
        readLoginReply();
    }

    /** The pre-6.43 MD5 response: md5(0x00 + password + challenge) in lower-case hex. */
    static String challengeResponse(String password, byte[] challenge) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update((byte) 0);
            md5.update(password.getBytes(StandardCharsets.UTF_8));
            md5.update(challenge);
            return HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JVM", e);
        }
    }

    private Sentence readLoginReply() throws IOException {
        String refusal = null;
        while (true) {
            Sentence sentence;
            try {
                sentence = new Sentence(WordCodec.readSentence(in));
            } catch (SocketTimeoutException e) {
                throw new RouterOsTimeoutException(name + " did not answer the login within "
                        + config.replyTimeout().toMillis() + " ms");
            } catch (EOFException e) {
                if (refusal != null) {
                    throw refused(refusal);
                }
                throw new RouterUnreachableException(name + " closed the connection during login");
            }
            switch (sentence.type()) {
                case "!done" -> {
                    if (refusal != null) {
                        throw refused(refusal);
                    }
                    return sentence;
                }
                case "!trap" -> refusal = String.valueOf(sentence.attribute("message"));
                case "!fatal" -> {
                    if (refusal != null) {
                        throw refused(refusal);
                    }
                    String reason = fatalReason(sentence);
                    throw new RouterOsFatalException(name + " ended the connection during login: " + reason, reason);
                }
                default -> log.debug("{}: ignoring {} during login", name, sentence.type());
            }
        }
    }

    private LoginRefusedException refused(String routerMessage) {
        // The user name helps staff find the wrong NAS entry; the password never appears.
        return new LoginRefusedException(name + " refused the login of user '" + config.username() + "': "
                + routerMessage);
    }

    private void writeNow(List<String> words) throws IOException {
        WordCodec.writeSentence(out, words);
        out.flush();
    }

    // ---- running ----

    private void start() {
        long id = CONNECTION_IDS.incrementAndGet();
        Thread reader = new Thread(this::readLoop, "routeros-reader-" + name + "-" + id);
        reader.setDaemon(true);
        Thread writer = new Thread(this::writeLoop, "routeros-writer-" + name + "-" + id);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    /**
     * Sends a command; the future completes with its rows when {@code !done} arrives, or fails with
     * {@link RouterOsTrapException}, {@link RouterOsTimeoutException} or a connection error.
     */
    public CompletableFuture<RouterOsReply> send(Command command) {
        return submit(command, null, true, false).future;
    }

    /**
     * Starts a streaming command ({@code listen}, {@code monitor-traffic}, a {@code print} with
     * {@code =follow=}): each {@code !re} goes to {@code onRow} until the subscription is cancelled.
     * No reply timeout applies. {@code onRow} runs on the connection's reader thread: keep it short and
     * hand heavy work to an executor.
     */
    public Subscription listen(Command command, Consumer<Map<String, String>> onRow) {
        Pending p = submit(command, onRow, false, false);
        return new Subscription(this, p.tag, p.future.thenApply(reply -> null));
    }

    /**
     * Like {@link #send}, but returns {@code null} instead of a failed future when the connection was
     * already closed, so nothing was written and the caller may safely try another connection (even
     * for a command that is not idempotent).
     */
    CompletableFuture<RouterOsReply> sendIfOpen(Command command) {
        return closed.get() ? null : send(command);
    }

    /** Sends {@code /cancel =tag=} for a running command; the future is the cancel command's own. */
    public CompletableFuture<RouterOsReply> cancel(String tag) {
        return send(Command.of("/cancel").with("tag", tag));
    }

    private Pending submit(Command command, Consumer<Map<String, String>> onRow, boolean withTimeout, boolean probe) {
        String tag = Long.toString(tags.incrementAndGet());
        Pending p = new Pending(tag, command.path(), onRow, probe);
        if (closed.get()) {
            p.future.completeExceptionally(closedError());
            return p;
        }
        pending.put(tag, p);
        if (withTimeout) {
            long millis = config.replyTimeout().toMillis();
            p.timeout = TIMEOUTS.schedule(() -> timedOut(p, millis), millis, TimeUnit.MILLISECONDS);
        }
        List<String> words = command.words();
        words.add(Sentence.TAG_PREFIX + tag);
        byte[] bytes;
        try {
            bytes = WordCodec.encodeSentence(words);
        } catch (IllegalArgumentException e) {
            fail(p, new RouterOsException("cannot encode " + command.path() + ": " + e.getMessage()));
            return p;
        }
        writes.add(bytes);
        // The connection may have died between the check above and the put: make sure nobody waits.
        if (closed.get()) {
            fail(p, closedError());
        }
        return p;
    }

    private void timedOut(Pending p, long millis) {
        if (!pending.remove(p.tag, p)) {
            return;
        }
        if (p.probe) {
            // Not even the /cancel got an answer: the TCP connection is most likely dead without a
            // reset (NAT entry expired, link cut). Close it so the pool opens a fresh one instead of
            // letting every later command time out on it too.
            RouterOsTimeoutException error = new RouterOsTimeoutException(name + " stopped answering: no reply to "
                    + "/cancel within " + millis + " ms; connection closed");
            p.future.completeExceptionally(error);
            shutdown(new RouterUnreachableException(error.getMessage()));
            return;
        }
        p.future.completeExceptionally(new RouterOsTimeoutException(name + " did not finish " + p.command
                + " within " + millis + " ms; cancelled"));
        // Tell the router to stop the command (its late replies carry a tag nobody waits for and are
        // dropped by the reader). The /cancel doubles as a liveness probe: see above.
        if (!closed.get()) {
            submit(Command.of("/cancel").with("tag", p.tag), null, true, true);
        }
    }

    private void fail(Pending p, RouterOsException error) {
        if (pending.remove(p.tag, p)) {
            p.cancelTimeout();
        }
        p.future.completeExceptionally(error);
    }

    private void writeLoop() {
        try {
            while (true) {
                byte[] sentence = writes.take();
                if (sentence == CLOSE_WRITER) {
                    return;
                }
                out.write(sentence);
                // Flush only when nothing else is queued, so a pipelined burst leaves in few packets.
                byte[] next;
                while ((next = writes.poll()) != null) {
                    if (next == CLOSE_WRITER) {
                        out.flush();
                        return;
                    }
                    out.write(next);
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            shutdown(new RouterUnreachableException("connection to " + name + " lost while writing: " + e.getMessage()));
        }
    }

    private void readLoop() {
        try {
            while (!closed.get()) {
                dispatch(new Sentence(WordCodec.readSentence(in)));
            }
        } catch (RouterOsFatalException e) {
            shutdown(e);
        } catch (RouterOsProtocolException e) {
            shutdown(new RouterOsProtocolException(name + ": " + e.getMessage()));
        } catch (EOFException e) {
            shutdown(new RouterUnreachableException(name + " closed the connection"));
        } catch (IOException e) {
            shutdown(new RouterUnreachableException("connection to " + name + " lost: " + e.getMessage()));
        } catch (RuntimeException e) {
            log.error("{}: reader failed", name, e);
            shutdown(new RouterOsProtocolException(name + ": unexpected reply handling error: " + e));
        }
    }

    private void dispatch(Sentence sentence) {
        String type = sentence.type();
        if (type.equals("!fatal")) {
            // Not tagged: it ends the whole connection, and every pending command with it.
            String reason = fatalReason(sentence);
            throw new RouterOsFatalException(name + " ended the connection: " + reason, reason);
        }
        String tag = sentence.tag();
        Pending p = tag == null ? null : pending.get(tag);
        if (p == null) {
            // A late reply to a command that timed out or was cancelled, or the reply to our own
            // /cancel: nobody waits for it.
            log.debug("{}: dropping {} for tag {}", name, type, tag);
            return;
        }
        switch (type) {
            case "!re" -> p.row(sentence.attributes(), name);
            case "!empty" -> {
                // RouterOS 7.18+: "no rows"; !done follows and completes the command with an empty list.
            }
            case "!trap" -> {
                String category = sentence.attribute("category");
                Integer number = null;
                if (category != null) {
                    try {
                        number = Integer.valueOf(category.trim());
                    } catch (NumberFormatException e) {
                        log.debug("{}: non-numeric trap category {}", name, category);
                    }
                }
                String message = sentence.attribute("message");
                p.trap = new RouterOsTrapException(name, p.command, message == null ? "(no message)" : message, number);
            }
            case "!done" -> {
                if (pending.remove(tag, p)) {
                    p.cancelTimeout();
                    p.finish(sentence.attributes());
                }
            }
            default -> log.warn("{}: ignoring unknown reply type {}", name, type);
        }
    }

    private static String fatalReason(Sentence sentence) {
        // RouterOS puts the reason as a bare second word; accept =message= as well.
        List<String> words = sentence.words();
        if (words.size() < 2) {
            return "(no reason given)";
        }
        String reason = words.get(1);
        return reason.startsWith("=message=") ? reason.substring("=message=".length()) : reason;
    }

    private void shutdown(RouterOsException cause) {
        shutdown(cause, true);
    }

    private void shutdown(RouterOsException cause, boolean unexpected) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closeCause = cause;
        if (unexpected) {
            log.info("{}: connection closed: {}", name, cause.getMessage());
        }
        closeQuietly(socket);
        writes.add(CLOSE_WRITER);
        for (Pending p : new ArrayList<>(pending.values())) {
            fail(p, cause);
        }
        closure.complete(cause);
    }

    private RouterOsException closedError() {
        RouterOsException cause = closeCause;
        return new RouterUnreachableException("connection to " + name + " is closed"
                + (cause == null ? "" : ": " + cause.getMessage()));
    }

    /** Whether the connection can take commands. */
    public boolean isOpen() {
        return !closed.get();
    }

    /** Commands sent and not yet finished, including running listens. */
    public int inFlight() {
        return pending.size();
    }

    /** Completes with the reason when the connection closes, for whatever reason. */
    public CompletableFuture<RouterOsException> closure() {
        return closure;
    }

    /** The router's {@code host:port}. */
    public String router() {
        return name;
    }

    /** Closes the socket; pending commands fail with {@link RouterUnreachableException}. */
    @Override
    public void close() {
        shutdown(new RouterUnreachableException("connection to " + name + " closed by Arus"), false);
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** One command waiting for its {@code !done}. */
    private static final class Pending {
        final String tag;
        final String command;
        final Consumer<Map<String, String>> onRow;
        final boolean probe;
        final List<Map<String, String>> rows = new ArrayList<>();
        final CompletableFuture<RouterOsReply> future = new CompletableFuture<>();
        volatile ScheduledFuture<?> timeout;
        RouterOsTrapException trap; // written and read only by the reader thread

        Pending(String tag, String command, Consumer<Map<String, String>> onRow, boolean probe) {
            this.tag = tag;
            this.probe = probe;
            this.command = command;
            this.onRow = onRow;
        }

        void row(Map<String, String> row, String router) {
            if (onRow == null) {
                rows.add(row);
                return;
            }
            try {
                onRow.accept(row);
            } catch (RuntimeException e) {
                // A faulty consumer must not kill the reader that serves every other command.
                log.warn("{}: listener of {} failed on a row", router, command, e);
            }
        }

        void finish(Map<String, String> done) {
            if (trap == null) {
                future.complete(new RouterOsReply(rows, done));
            } else if (onRow != null && Integer.valueOf(RouterOsTrapException.CATEGORY_INTERRUPTED).equals(trap.category())) {
                // A stream ended by /cancel: that is how a listen is supposed to end.
                future.complete(new RouterOsReply(List.of(), done));
            } else {
                future.completeExceptionally(trap);
            }
        }

        void cancelTimeout() {
            ScheduledFuture<?> t = timeout;
            if (t != null) {
                t.cancel(false);
            }
        }
    }
}
