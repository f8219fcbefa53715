package id.arus.network.routeros;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import javax.net.ssl.SSLServerSocketFactory;

/**
 * A small scripted RouterOS API peer for protocol tests: it speaks the real wire format on 127.0.0.1,
 * handles the login itself (post-6.43, MD5 challenge, refusal or silence) and hands every other
 * sentence to a script that decides what to answer. It is deliberately not the simulator: it checks the
 * client's protocol handling, one behaviour per test.
 */
final class ScriptedRouter implements AutoCloseable {

    enum Login { NEW, MD5, REFUSE, SILENT }

    final String user;
    final String password;
    volatile Login login = Login.NEW;
    volatile BiConsumer<Peer, Sentence> script = (peer, sentence) -> peer.send("!done", ".tag=" + sentence.tag());

    /** Every sentence received after login, from every connection. */
    final BlockingQueue<Sentence> received = new LinkedBlockingQueue<>();
    /** Every /login sentence received. */
    final List<Sentence> logins = new CopyOnWriteArrayList<>();
    final List<Peer> peers = new CopyOnWriteArrayList<>();
    final AtomicInteger accepted = new AtomicInteger();
    /** The MD5 response the peer expected and whether it matched. */
    volatile String expectedResponse;
    volatile boolean md5Verified;

    private final ServerSocket server;
    private final Thread acceptor;

    private ScriptedRouter(ServerSocket server, String user, String password) {
        this.server = server;
        this.user = user;
        this.password = password;
        this.acceptor = new Thread(this::acceptLoop, "scripted-router-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ScriptedRouter start(String user, String password) throws IOException {
        return new ScriptedRouter(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), user, password);
    }

    static ScriptedRouter startTls(SSLServerSocketFactory factory, String user, String password) throws IOException {
        return new ScriptedRouter(factory.createServerSocket(0, 50, InetAddress.getLoopbackAddress()), user, password);
    }

    int port() {
        return server.getLocalPort();
    }

    RouterOsConfig config() {
        return RouterOsConfig.of("127.0.0.1", port(), user, password);
    }

    /** Drops every open connection, as a router reboot or a flapping link would. */
    void dropAll() {
        for (Peer peer : peers) {
            peer.close();
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                accepted.incrementAndGet();
                Peer peer = new Peer(socket);
                peers.add(peer);
                Thread thread = new Thread(peer::run, "scripted-peer-" + port());
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropAll();
    }

    /** One client connection as seen by the router. */
    final class Peer {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private boolean loggedIn;
        private byte[] challenge;

        Peer(Socket socket) throws IOException {
            this.socket = socket;
            this.out = new BufferedOutputStream(socket.getOutputStream());
            this.in = new BufferedInputStream(socket.getInputStream());
        }

        /** Writes one sentence; safe from any thread (the script may answer from elsewhere). */
        synchronized void send(String... words) {
            try {
                WordCodec.writeSentence(out, List.of(words));
                out.flush();
            } catch (IOException e) {
                close();
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }

        void run() {
            try {
                while (true) {
                    Sentence sentence = new Sentence(WordCodec.readSentence(in));
                    if (!loggedIn) {
                        login(sentence);
                        continue;
                    }
                    received.add(sentence);
                    script.accept(this, sentence);
                }
            } catch (EOFException e) {
                close();
            } catch (Exception e) {
                close();
            }
        }

        private void login(Sentence sentence) throws Exception {
            if (!sentence.type().equals("/login")) {
                send("!trap", "=message=not logged in");
                return;
            }
            logins.add(sentence);
            switch (login) {
                case SILENT -> {
                }
                case REFUSE -> {
                    send("!trap", "=message=invalid user name or password (6)");
                    send("!done");
                }
                case NEW -> {
                    if (user.equals(sentence.attribute("name")) && password.equals(sentence.attribute("password"))) {
                        loggedIn = true;
                        send("!done");
                    } else {
                        send("!trap", "=message=invalid user name or password (6)");
                        send("!done");
                    }
                }
                case MD5 -> {
                    if (challenge == null) {
                        // An old router ignores the name and password and answers with a challenge.
                        challenge = new byte[16];
                        new SecureRandom().nextBytes(challenge);
                        send("!done", "=ret=" + HexFormat.of().formatHex(challenge));
                        return;
                    }
                    MessageDigest md5 = MessageDigest.getInstance("MD5");
                    md5.update((byte) 0);
                    md5.update(password.getBytes(StandardCharsets.UTF_8));
                    md5.update(challenge);
                    expectedResponse = "00" + HexFormat.of().formatHex(md5.digest());
                    if (user.equals(sentence.attribute("name")) && expectedResponse.equals(sentence.attribute("response"))) {
                        md5Verified = true;
                        loggedIn = true;
                        send("!done");
                    } else {
                        send("!trap", "=message=cannot log in");
                        send("!done");
                    }
                }
            }
        }
    }

    /** Words for a tagged reply: {@code reply("!re", tag, "=name=x")}. */
    static String[] reply(String type, String tag, String... attributes) {
        List<String> words = new ArrayList<>();
        words.add(type);
        words.addAll(List.of(attributes));
        words.add(".tag=" + tag);
        return words.toArray(String[]::new);
    }
}
