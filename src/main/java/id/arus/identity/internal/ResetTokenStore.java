package id.arus.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code password_reset_token}. */
@Repository
public class ResetTokenStore {

    private final JdbcClient jdbc;

    ResetTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, String hash, Instant expiresAt) {
        return jdbc.sql("insert into password_reset_token (user_id, token_hash, expires_at) values (:u, :h, :e) returning id")
                .param("u", userId).param("h", hash).param("e", Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    /** The user of an unused, unexpired token with this hash. */
    public Optional<Long> findValidUser(String hash) {
        return jdbc.sql("""
                select user_id from password_reset_token
                where token_hash = :h and consumed_at is null and expires_at > now()
                """).param("h", hash).query(Long.class).optional();
    }

    /**
     * Marks the token used, and every other open token of its user with it. Returns the user only if
     * this call consumed the token: of two concurrent uses of one link exactly one wins.
     */
    public Optional<Long> consume(String hash) {
        Optional<Long> user = jdbc.sql("""
                update password_reset_token set consumed_at = now()
                where token_hash = :h and consumed_at is null and expires_at > now()
                returning user_id
                """).param("h", hash).query(Long.class).optional();
        user.ifPresent(id -> jdbc.sql("update password_reset_token set consumed_at = now() where user_id = :u and consumed_at is null")
                .param("u", id).update());
        return user;
    }
}
