package id.arus.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain: each entry's hash covers the previous entry's hash and every stored field, so editing,
 * deleting or inserting a row anywhere breaks every link after it. Fields are joined with the ASCII
 * unit separator, and null is written as the NUL character so it differs from an empty string.
 */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);
    private static final char SEP = '\u001f';
    private static final String NULL = "\u0000";

    private AuditHashing() {
    }

    static String hash(String previousHash, Instant occurredAt, String actor, String remoteAddress, String action,
                       String subject, String before, String after, String detail) {
        StringBuilder text = new StringBuilder(256).append(previousHash);
        for (String field : new String[] {occurredAt.toString(), actor, remoteAddress, action, subject, before, after, detail}) {
            text.append(SEP).append(field == null ? NULL : field);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
