package id.arus.network.internal;

import id.arus.network.PppUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code nas_ppp_secret} table: the PPP secrets Arus wants on each router. Rows carry the password's
 * cipher text in {@link PppUser#password()}; encrypting and decrypting is the caller's job, so this class
 * never sees a plain password.
 */
@Repository
public class DesiredSecretStore {

    private static final String UPSERT = """
            insert into nas_ppp_secret (nas_id, name, password_cipher, profile, service, remote_address, disabled, comment)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (nas_id, name) do update set password_cipher = excluded.password_cipher,
                profile = excluded.profile, service = excluded.service, remote_address = excluded.remote_address,
                disabled = excluded.disabled, comment = excluded.comment, updated_at = now()""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DesiredSecretStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Every desired secret of the NAS, password as cipher text. */
    public List<PppUser> findByNas(long nasId) {
        return jdbc.sql("""
                select name, password_cipher, profile, service, remote_address, disabled, comment
                from nas_ppp_secret where nas_id = ? order by name""").param(nasId).query(DesiredSecretStore::map).list();
    }

    public Optional<PppUser> find(long nasId, String name) {
        return jdbc.sql("""
                select name, password_cipher, profile, service, remote_address, disabled, comment
                from nas_ppp_secret where nas_id = ? and name = ?""").param(nasId).param(name)
                .query(DesiredSecretStore::map).optional();
    }

    /** Inserts or replaces; {@code secret.password()} is the cipher text. */
    public void upsert(long nasId, PppUser secret) {
        template.update(UPSERT, args(nasId, secret));
    }

    /** Many upserts in JDBC batches, for bulk loads (one round trip per batch, not per row). */
    public void upsertAll(long nasId, List<PppUser> secrets) {
        List<Object[]> batch = new ArrayList<>(secrets.size());
        for (PppUser secret : secrets) {
            batch.add(args(nasId, secret));
        }
        template.batchUpdate(UPSERT, batch);
    }

    public boolean delete(long nasId, String name) {
        return jdbc.sql("delete from nas_ppp_secret where nas_id = ? and name = ?").param(nasId).param(name).update() > 0;
    }

    /** Hands the secret to another NAS; false when the source has no such secret. */
    public boolean move(long fromNas, long toNas, String name) {
        return jdbc.sql("update nas_ppp_secret set nas_id = ?, updated_at = now() where nas_id = ? and name = ?")
                .param(toNas).param(fromNas).param(name).update() > 0;
    }

    private static Object[] args(long nasId, PppUser s) {
        return new Object[] {nasId, s.name(), s.password(), s.profile(), s.service(), s.remoteAddress(), s.disabled(), s.comment()};
    }

    private static PppUser map(ResultSet rs, int row) throws SQLException {
        return new PppUser(rs.getString("name"), rs.getString("password_cipher"), rs.getString("profile"),
                rs.getString("service"), rs.getString("remote_address"), rs.getBoolean("disabled"), rs.getString("comment"));
    }
}
