package id.arus.sim.routeros;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Words on a socket and nothing more, for what {@code me.legrange:mikrotik} cannot show ({@code !empty},
 * {@code !fatal}, timing). Its codec is written separately from the simulator's on purpose, so a bug
 * shared by both cannot hide; it handles the short lengths tests use.
 */
final class RawApiSocket implements AutoCloseable {

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    RawApiSocket(int port, int readTimeoutMillis) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(readTimeoutMillis);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
    }

    void send(String... words) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        for (String word : words) {
            byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
            if (bytes.length < 0x80) {
                buffer.write(bytes.length);
            } else if (bytes.length < 0x4000) {
                buffer.write(0x80 | (bytes.length >> 8));
                buffer.write(bytes.length & 0xFF);
            } else {
                throw new IllegalArgumentException("test words stay short");
            }
            buffer.writeBytes(bytes);
        }
        buffer.write(0);
        out.write(buffer.toByteArray());
        out.flush();
    }

    /** The next sentence, or null when the router closed the connection. */
    List<String> read() throws IOException {
        List<String> words = new ArrayList<>();
        while (true) {
            int first;
            try {
                first = in.readUnsignedByte();
            } catch (EOFException e) {
                return words.isEmpty() ? null : words;
            }
            int length;
            if (first < 0x80) {
                length = first;
            } else if (first < 0xC0) {
                length = ((first & 0x3F) << 8) | in.readUnsignedByte();
            } else {
                throw new IOException("length class not handled by the test helper: " + first);
            }
            if (length == 0) {
                return words;
            }
            byte[] bytes = new byte[length];
            in.readFully(bytes);
            words.add(new String(bytes, StandardCharsets.UTF_8));
        }
    }

    /** Reads sentences up to and including the one starting with {@code !done} (or a {@code !fatal}). */
    List<List<String>> readUntilDone() throws IOException {
        List<List<String>> sentences = new ArrayList<>();
        while (true) {
            List<String> sentence = read();
            if (sentence == null) {
                return sentences;
            }
            sentences.add(sentence);
            if (sentence.get(0).equals("!done") || sentence.get(0).equals("!fatal")) {
                return sentences;
            }
        }
    }

    void login(SimulatedRouter router) throws IOException {
        send("/login", "=name=" + router.username(), "=password=" + router.password());
        List<String> reply = read();
        if (reply == null || !reply.get(0).equals("!done")) {
            throw new IOException("login refused: " + reply);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
