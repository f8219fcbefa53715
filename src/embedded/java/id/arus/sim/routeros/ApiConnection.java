package id.arus.sim.routeros;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection to a simulated router. A reader thread executes sentences as they arrive; a
 * writer thread sends the replies in order, each no earlier than its injected latency, so commands a
 * client pipelines are answered pipelined (latency delays, it does not serialise). Listen streams
 * from other threads go through the same queue, so sentences never interleave on the wire.
 */
final class ApiConnection {

    private static final Logger log = LoggerFactory.getLogger(ApiConnection.class);

    /** A reply ready to go: its bytes, when it may be sent, and whether the connection ends after it. */
    private record Outgoing(byte[] bytes, long dueNanos, boolean closeAfter) {
    }

    private final SimulatedRouter router;
    private final Socket socket;
    private final LinkedBlockingQueue<Outgoing> outbox = new LinkedBlockingQueue<>();
    /** Running listen commands by tag ("" for an untagged one): the menu and the stream to stop. */
    private final Map<String, Map.Entry<String, Consumer<List<String>>>> listens = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private boolean loggedIn;
    private byte[] challenge;

    ApiConnection(SimulatedRouter router, Socket socket) {
        this.router = router;
        this.socket = socket;
    }

    void start(String threadName) {
        Thread reader = new Thread(this::readLoop, threadName + "-in");
        Thread writer = new Thread(this::writeLoop, threadName + "-out");
        reader.setDaemon(true);
        writer.setDaemon(true);
        writer.start();
        reader.start();
    }

    /** Ends the connection at once, without a goodbye, as a router that lost power or a cable would. */
    void drop() {
        if (closed) {
            return;
        }
        closed = true;
        listens.forEach((tag, listen) -> router.state().stopListening(listen.getKey(), listen.getValue()));
        listens.clear();
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
        outbox.offer(new Outgoing(new byte[0], 0, true)); // wake the writer so it ends
        router.connectionClosed(this);
    }

    private void readLoop() {
        try (InputStream in = new BufferedInputStream(socket.getInputStream())) {
            List<String> words;
            while (!closed && (words = ApiWords.readSentence(in)) != null) {
                if (!words.isEmpty()) {
                    handle(words);
                }
            }
        } catch (IOException e) {
            if (!closed) {
                log.debug("simulated router {}: connection ended: {}", router.identity(), e.toString());
            }
        } finally {
            if (!closed) {
                // the peer hung up: let the writer finish what is queued, then close
                outbox.offer(new Outgoing(new byte[0], System.nanoTime(), true));
            }
        }
    }

    private void handle(List<String> words) {
        ApiCommand command;
        try {
            command = ApiCommand.parse(words);
        } catch (IllegalArgumentException e) {
            send(null, List.of(trap(ApiException.ARGUMENT, e.getMessage()), List.of("!done")));
            return;
        }
        Faults faults = router.faults();
        if (faults.takeDrop()) {
            drop();
            return;
        }
        String fatal = faults.takeFatal();
        if (fatal != null) {
            fatal(fatal);
            return;
        }
        String tag = command.tag();
        try {
            switch (command.path()) {
                case "/login" -> login(command);
                case "/quit" -> fatal("session terminated on request");
                case "/cancel" -> {
                    requireLogin();
                    cancel(command);
                }
                default -> {
                    requireLogin();
                    if (command.verb().equals("listen")) {
                        listen(command);
                    } else {
                        send(tag, router.state().execute(command, null));
                    }
                }
            }
        } catch (NotLoggedIn e) {
            fatal("not logged in");
        } catch (ApiException e) {
            send(tag, List.of(trap(e.category(), e.getMessage()), List.of("!done")));
        } catch (RuntimeException e) {
            log.warn("simulated router {} failed on {}", router.identity(), command.path(), e);
            send(tag, List.of(trap(4, "failure: " + e), List.of("!done")));
        }
    }

    private static final class NotLoggedIn extends RuntimeException {
        NotLoggedIn() {
            super(null, null, false, false);
        }
    }

    private void requireLogin() {
        if (!loggedIn) {
            throw new NotLoggedIn();
        }
    }

    /**
     * Post-6.43 login takes name and password in clear. With the legacy option (pre-6.43 routers) the
     * first {@code /login} only returns a challenge, and the second must carry
     * {@code response=00 + md5(0x00 + password + challenge)}; clients fall back to it on seeing {@code ret}.
     */
    private void login(ApiCommand command) {
        String tag = command.tag();
        String name = command.attribute("name");
        if (router.legacyLogin() && command.attribute("response") == null) {
            challenge = new byte[16];
            new SecureRandom().nextBytes(challenge);
            send(tag, List.of(List.of("!done", "=ret=" + HexFormat.of().formatHex(challenge))));
            return;
        }
        boolean ok;
        if (router.legacyLogin()) {
            ok = challenge != null && router.username().equals(name)
                    && ("00" + md5Hex(router.password(), challenge)).equalsIgnoreCase(command.attribute("response"));
            challenge = null;
        } else {
            ok = router.username().equals(name) && router.password().equals(command.attribute("password"));
        }
        if (!ok || router.faults().refusesLogin()) {
            send(tag, List.of(trap(null, router.version().loginFailureMessage()), List.of("!done")));
            return;
        }
        loggedIn = true;
        send(tag, List.of(List.of("!done")));
    }

    private static String md5Hex(String password, byte[] challenge) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            md5.update((byte) 0);
            md5.update(password.getBytes(StandardCharsets.UTF_8));
            md5.update(challenge);
            return HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void listen(ApiCommand command) {
        String key = command.tag() == null ? "" : command.tag();
        Consumer<List<String>> stream = sentence -> send(command.tag(), List.of(sentence));
        // executing first validates the menu; a bad one throws before anything is registered
        router.state().execute(command, stream);
        Map.Entry<String, Consumer<List<String>>> previous = listens.put(key, Map.entry(command.menuPath(), stream));
        if (previous != null) {
            router.state().stopListening(previous.getKey(), previous.getValue());
        }
    }

    /** Stops the tagged command (all running ones without a tag): it ends with !trap interrupted + !done. */
    private void cancel(ApiCommand command) {
        String target = command.attribute("tag");
        List<String> stopped = new ArrayList<>();
        if (target == null) {
            stopped.addAll(listens.keySet());
        } else if (listens.containsKey(target)) {
            stopped.add(target);
        }
        for (String tag : stopped) {
            Map.Entry<String, Consumer<List<String>>> listen = listens.remove(tag);
            if (listen != null) {
                router.state().stopListening(listen.getKey(), listen.getValue());
                send(tag.isEmpty() ? null : tag,
                        List.of(trap(ApiException.INTERRUPTED, "interrupted"), List.of("!done")));
            }
        }
        send(command.tag(), List.of(List.of("!done")));
    }

    private void fatal(String reason) {
        List<String> sentence = List.of("!fatal", reason);
        outbox.offer(new Outgoing(ApiWords.encodeSentence(sentence), dueNow(), true));
    }

    private static List<String> trap(Integer category, String message) {
        List<String> words = new ArrayList<>();
        words.add("!trap");
        if (category != null) {
            words.add("=category=" + category);
        }
        words.add("=message=" + message);
        return words;
    }

    /** Queues reply sentences, each carrying the command's tag, as RouterOS puts it: after the reply word. */
    private void send(String tag, List<List<String>> sentences) {
        long due = dueNow();
        for (List<String> sentence : sentences) {
            List<String> words = sentence;
            if (tag != null) {
                words = new ArrayList<>(sentence.size() + 1);
                words.add(sentence.get(0));
                words.add(".tag=" + tag);
                words.addAll(sentence.subList(1, sentence.size()));
            }
            outbox.offer(new Outgoing(ApiWords.encodeSentence(words), due, false));
        }
    }

    private long dueNow() {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(router.faults().latencyMillis());
    }

    private void writeLoop() {
        try (OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024)) {
            while (true) {
                Outgoing next = outbox.take();
                long wait = next.dueNanos() - System.nanoTime();
                if (wait > 0) {
                    out.flush();
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                long slow = router.faults().slowReplyMillis();
                if (slow > 0 && next.bytes().length > 0) {
                    out.flush();
                    Thread.sleep(slow);
                }
                if (closed && next.closeAfter()) {
                    return;
                }
                out.write(next.bytes());
                if (next.closeAfter()) {
                    out.flush();
                    drop();
                    return;
                }
                if (outbox.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            drop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drop();
        }
    }
}
