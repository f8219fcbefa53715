package id.arus.network.routeros;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The RouterOS API framing: a word is a length prefix followed by that many bytes, a sentence is words
 * ended by a zero-length word. The prefix has five length classes (big-endian):
 *
 * <pre>
 *   length &lt;= 0x7F        1 byte   len
 *   length &lt;= 0x3FFF      2 bytes  len | 0x8000
 *   length &lt;= 0x1FFFFF    3 bytes  len | 0xC00000
 *   length &lt;= 0xFFFFFFF   4 bytes  len | 0xE0000000
 *   larger                5 bytes  0xF0, then len in 4 bytes
 * </pre>
 *
 * A first byte of 0xF8 or more is reserved (control bytes) and is a protocol error here. Words are byte
 * strings: nothing is quoted or escaped, so any value survives as long as it is encoded as bytes once
 * (UTF-8 here, what RouterOS 7 uses and what WinBox sends).
 */
public final class WordCodec {

    /** The largest length the 5-byte form can carry (32 bits). */
    public static final long MAX_LENGTH = 0xFFFFFFFFL;

    /**
     * The largest word this client accepts when reading. A corrupted or hostile stream could announce a
     * 4 GB word; refusing it keeps one bad router from exhausting the heap shared with everything else.
     * Real replies (an exported configuration in a {@code contents} property) stay far below this.
     */
    public static final int MAX_READ_WORD = 64 * 1024 * 1024;

    private WordCodec() {
    }

    /** The length prefix for a word of {@code length} bytes. */
    public static byte[] encodeLength(long length) {
        if (length < 0 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("word length out of range: " + length);
        }
        if (length < 0x80) {
            return new byte[] {(byte) length};
        }
        if (length < 0x4000) {
            long v = length | 0x8000;
            return new byte[] {(byte) (v >> 8), (byte) v};
        }
        if (length < 0x200000) {
            long v = length | 0xC00000;
            return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
        }
        if (length < 0x10000000) {
            long v = length | 0xE0000000L;
            return new byte[] {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
        }
        return new byte[] {(byte) 0xF0, (byte) (length >> 24), (byte) (length >> 16), (byte) (length >> 8),
                (byte) length};
    }

    /**
     * Reads one length prefix. Returns -1 on a clean end of stream before the first byte (the peer
     * closed between sentences); an end of stream inside the prefix is a protocol error.
     */
    public static long readLength(InputStream in) throws IOException {
        int b0 = in.read();
        if (b0 < 0) {
            return -1;
        }
        if ((b0 & 0x80) == 0) {
            return b0;
        }
        if ((b0 & 0xC0) == 0x80) {
            return ((long) (b0 & 0x3F) << 8) | next(in);
        }
        if ((b0 & 0xE0) == 0xC0) {
            return ((long) (b0 & 0x1F) << 16) | ((long) next(in) << 8) | next(in);
        }
        if ((b0 & 0xF0) == 0xE0) {
            return ((long) (b0 & 0x0F) << 24) | ((long) next(in) << 16) | ((long) next(in) << 8) | next(in);
        }
        if (b0 == 0xF0) {
            return ((long) next(in) << 24) | ((long) next(in) << 16) | ((long) next(in) << 8) | next(in);
        }
        // 0xF8..0xFF are reserved control bytes; 0xF1..0xF7 are no defined length form either.
        throw new RouterOsProtocolException(String.format("reserved word length byte 0x%02X", b0));
    }

    private static int next(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new RouterOsProtocolException("stream ended inside a word length");
        }
        return b;
    }

    /** Writes one word (prefix and bytes). */
    public static void writeWord(OutputStream out, byte[] word) throws IOException {
        out.write(encodeLength(word.length));
        out.write(word);
    }

    /** Writes one word as UTF-8. */
    public static void writeWord(OutputStream out, String word) throws IOException {
        writeWord(out, word.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes the words followed by the empty word that ends a sentence. */
    public static void writeSentence(OutputStream out, List<String> words) throws IOException {
        for (String word : words) {
            if (word.isEmpty()) {
                // An empty word would end the sentence early and shift every following word into a new
                // sentence: refuse it rather than desynchronise the connection.
                throw new IllegalArgumentException("a sentence cannot contain an empty word");
            }
            writeWord(out, word);
        }
        out.write(0);
    }

    /** The complete bytes of one sentence, so it can be written to the socket in one go. */
    public static byte[] encodeSentence(List<String> words) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(64);
        try {
            writeSentence(buffer, words);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return buffer.toByteArray();
    }

    /**
     * Reads one word's bytes, or returns {@code null} on a clean end of stream before it. A zero-length
     * word comes back as an empty array (the end of a sentence).
     */
    public static byte[] readWord(InputStream in) throws IOException {
        long length = readLength(in);
        if (length < 0) {
            return null;
        }
        if (length > MAX_READ_WORD) {
            throw new RouterOsProtocolException("word of " + length + " bytes exceeds the limit of "
                    + MAX_READ_WORD);
        }
        byte[] word = in.readNBytes((int) length);
        if (word.length < length) {
            throw new RouterOsProtocolException("stream ended inside a word of " + length + " bytes");
        }
        return word;
    }

    /**
     * Reads one sentence. Throws {@link EOFException} when the stream ends cleanly between sentences
     * (the peer closed the connection) and {@link RouterOsProtocolException} when it ends inside one.
     */
    public static List<String> readSentence(InputStream in) throws IOException {
        List<String> words = new ArrayList<>();
        while (true) {
            byte[] word = readWord(in);
            if (word == null) {
                if (words.isEmpty()) {
                    throw new EOFException("connection closed");
                }
                throw new RouterOsProtocolException("stream ended inside a sentence");
            }
            if (word.length == 0) {
                if (words.isEmpty()) {
                    // An empty sentence carries nothing: tolerate it rather than fail the connection.
                    continue;
                }
                return words;
            }
            words.add(new String(word, StandardCharsets.UTF_8));
        }
    }
}
