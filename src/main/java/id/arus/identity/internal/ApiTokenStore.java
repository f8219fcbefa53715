package id.arus.identity.internal;

import id.arus.identity.AccessToken;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code api_token}; callers check who may see or change which token. */
@Repository
public class ApiTokenStore {

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long userId, String name, String hash, String prefix, Instant expiresAt) {
        return jdbc.sql("""
                insert into api_token (user_id, name, token_hash, token_prefix, expires_at)
                values (:user, :name, :hash, :prefix, :expires) returning id
                """)
                .param("user", userId).param("name", name).param("hash", hash).param("prefix", prefix)
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    public List<AccessToken> findByUser(long userId) {
        return jdbc.sql("select * from api_token where user_id = :user order by created_at desc, id desc")
                .param("user", userId).query(ApiTokenStore::map).list();
    }

    public Optional<AccessToken> findByUserAndId(long userId, long id) {
        return jdbc.sql("select * from api_token where user_id = :user and id = :id")
                .param("user", userId).param("id", id).query(ApiTokenStore::map).optional();
    }

    /** The owner of a usable token (not revoked, not expired) with this hash. */
    public Optional<Long> findUsableOwner(String hash) {
        return jdbc.sql("""
                select user_id from api_token
                where token_hash = :hash and revoked_at is null and (expires_at is null or expires_at > now())
                """).param("hash", hash).query(Long.class).optional();
    }

    /** At most one write a minute per token: the time is for people, and a busy client should not cost a write per call. */
    public void touch(String hash) {
        jdbc.sql("""
                update api_token set last_used_at = now()
                where token_hash = :hash and (last_used_at is null or last_used_at < now() - interval '1 minute')
                """).param("hash", hash).update();
    }

    public boolean revoke(long userId, long id) {
        return jdbc.sql("update api_token set revoked_at = now() where user_id = :user and id = :id and revoked_at is null")
                .param("user", userId).param("id", id).update() == 1;
    }

    static AccessToken map(ResultSet rs, int row) throws SQLException {
        return new AccessToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("last_used_at")), rs.getTimestamp("revoked_at") != null);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
