package id.arus.sim.routeros;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The RouterOS API word codec. A word is a length prefix (1 to 5 bytes, big-endian, the high bits of
 * the first byte telling how many follow) and that many bytes; a sentence is words ended by an empty
 * word. Values are UTF-8 here: RouterOS itself stores raw bytes, and UTF-8 is what Arus sends.
 */
public final class ApiWords {

    /** Refuse absurd words: a broken or hostile peer must not make the simulator allocate gigabytes. */
    static final int MAX_WORD_BYTES = 16 * 1024 * 1024;

    private ApiWords() {
    }

    /** The length prefix for a word of {@code length} bytes. */
    public static byte[] encodeLength(long length) {
        if (length < 0 || length > 0xFFFFFFFFL) {
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
        return new byte[] {(byte) 0xF0, (byte) (length >> 24), (byte) (length >> 16), (byte) (length >> 8), (byte) length};
    }

    /** Reads one length prefix; -1 at a clean end of stream before the first byte. */
    public static long readLength(InputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return -1;
        }
        if ((first & 0x80) == 0) {
            return first;
        }
        if ((first & 0xC0) == 0x80) {
            return ((first & 0x3F) << 8) | readByte(in);
        }
        if ((first & 0xE0) == 0xC0) {
            return ((long) (first & 0x1F) << 16) | (readByte(in) << 8) | readByte(in);
        }
        if ((first & 0xF0) == 0xE0) {
            return ((long) (first & 0x0F) << 24) | ((long) readByte(in) << 16) | (readByte(in) << 8) | readByte(in);
        }
        if (first == 0xF0) {
            return ((long) readByte(in) << 24) | ((long) readByte(in) << 16) | (readByte(in) << 8) | readByte(in);
        }
        // 0xF8 and above are control bytes reserved by RouterOS; no client sends them.
        throw new IOException("reserved control byte 0x" + Integer.toHexString(first));
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("stream ended inside a word length");
        }
        return b;
    }

    public static void writeWord(OutputStream out, String word) throws IOException {
        byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
        out.write(encodeLength(bytes.length));
        out.write(bytes);
    }

    /** A whole sentence as bytes, so it can be written to the socket in one go (never interleaved). */
    public static byte[] encodeSentence(List<String> words) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            for (String word : words) {
                writeWord(buffer, word);
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        buffer.write(0);
        return buffer.toByteArray();
    }

    /** Reads one sentence; null when the peer closed the connection between sentences. */
    public static List<String> readSentence(InputStream in) throws IOException {
        List<String> words = new ArrayList<>();
        while (true) {
            long length = readLength(in);
            if (length < 0) {
                if (words.isEmpty()) {
                    return null;
                }
                throw new EOFException("stream ended inside a sentence");
            }
            if (length == 0) {
                return words;
            }
            if (length > MAX_WORD_BYTES) {
                throw new IOException("word of " + length + " bytes is larger than the simulator accepts");
            }
            byte[] bytes = in.readNBytes((int) length);
            if (bytes.length != length) {
                // readNBytes returns short only at end of stream
                throw new EOFException("stream ended inside a word");
            }
            words.add(new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
