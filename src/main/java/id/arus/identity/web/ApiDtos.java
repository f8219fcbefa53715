package id.arus.identity.web;

import id.arus.identity.AccessToken;
import id.arus.identity.UserSummary;
import id.arus.shared.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** The JSON shapes of the identity API, kept apart from the module's records so the API can stay stable. */
final class ApiDtos {

    private ApiDtos() {
    }

    @Schema(name = "User")
    record UserJson(String username, String fullName, String email, String phone, String language,
                    Set<Role> roles, boolean active) {
        static UserJson of(UserSummary u) {
            return new UserJson(u.username(), u.fullName(), u.email(), u.phone(), u.language(),
                    new TreeSet<>(u.roles()), u.active());
        }
    }

    @Schema(name = "NewUser", description = "initialPassword may be left out: the user then sets one through 'forgot password'")
    record NewUserJson(String username, String fullName, String email, String phone, String language,
                       Set<Role> roles, String initialPassword) {
    }

    @Schema(name = "UserChanges", description = "Only the fields present are changed; roles replace the current roles")
    record UserChangesJson(String fullName, String email, String phone, String language, Set<Role> roles,
                           Boolean active) {
    }

    @Schema(name = "Token")
    record TokenJson(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                     boolean revoked) {
        static TokenJson of(AccessToken t) {
            return new TokenJson(t.id(), t.name(), t.prefix(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revoked());
        }
    }

    @Schema(name = "NewToken")
    record NewTokenJson(String name, @Schema(description = "optional; no expiry when absent") Instant expiresAt) {
    }

    @Schema(name = "CreatedToken", description = "secret is shown this once; Arus keeps only its hash")
    record CreatedTokenJson(TokenJson token, String secret) {
    }
}
