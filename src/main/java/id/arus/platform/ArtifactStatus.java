package id.arus.platform;

import java.time.Instant;
import java.util.List;

/**
 * The state of one analyst file as the admin screen and the health check show it.
 *
 * @param version     what serves now (null if no version of this file was ever accepted)
 * @param problems    why the latest edit was rejected; empty when the latest edit serves
 * @param lastLoaded  when a version of this file was last accepted
 * @param lastAttempt when the latest edit was tried
 */
public record ArtifactStatus(ArtifactKind kind, String path, ArtifactSource.Origin origin, State state,
                             String version, String checksum, List<ArtifactProblem> problems,
                             Instant lastLoaded, Instant lastAttempt) {

    public enum State {
        /** The file as it is on disk now is what serves. */
        ACTIVE,
        /** The file on disk was rejected; {@link #version()} (if any) still serves. */
        REJECTED,
        /** The file was deleted and its behaviour withdrawn. */
        REMOVED
    }

    public String lastError() {
        return problems.isEmpty() ? null : problems.get(0).toString();
    }
}
