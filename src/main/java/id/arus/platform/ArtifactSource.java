package id.arus.platform;

import java.nio.charset.StandardCharsets;

/**
 * One analyst file as read now.
 *
 * @param path     relative to its kind's folder, with forward slashes (e.g. {@code billing/late-fees.drl})
 * @param origin   where it was read from: the working-directory folder, or the copy packaged in the jar
 * @param checksum SHA-256 of the content, hex; a file whose checksum did not change is not reloaded
 */
public record ArtifactSource(ArtifactKind kind, String path, byte[] content, String checksum, Origin origin) {

    public enum Origin { FOLDER, PACKAGED }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** A short name for logs and the audit trail, e.g. {@code rules/billing/late-fees.drl}. */
    public String displayName() {
        return kind.folder() + "/" + path;
    }
}
