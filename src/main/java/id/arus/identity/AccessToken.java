package id.arus.identity;

import java.time.Instant;

/** A personal access token as its owner sees it later: never the secret itself. */
public record AccessToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                          Instant lastUsedAt, boolean revoked) {

    public boolean usable(Instant now) {
        return !revoked && (expiresAt == null || expiresAt.isAfter(now));
    }
}
