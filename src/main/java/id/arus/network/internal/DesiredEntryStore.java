package id.arus.network.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.arus.network.DesiredKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code nas_desired_entry} table: every desired entry except PPP secrets ({@link DesiredSecretStore}),
 * as RouterOS attribute maps (see {@link DesiredEntries}). A {@code password} attribute is kept in its own
 * column and is cipher text here; encrypting and decrypting is the caller's job.
 */
@Repository
public class DesiredEntryStore {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final String PASSWORD = "password";

    private final JdbcClient jdbc;
    private final ObjectMapper json = JsonMapper.builder().build();

    DesiredEntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The entries of one kind on the NAS, in key order. */
    public List<Map<String, String>> findByNas(long nasId, DesiredKind kind) {
        return jdbc.sql("""
                select attributes::text, password_cipher from nas_desired_entry
                where nas_id = ? and kind = ? order by entry_key""").param(nasId).param(kind.name())
                .query(this::map).list();
    }

    public Optional<Map<String, String>> find(long nasId, DesiredKind kind, String key) {
        return jdbc.sql("select attributes::text, password_cipher from nas_desired_entry where nas_id = ? and kind = ? and entry_key = ?")
                .param(nasId).param(kind.name()).param(key).query(this::map).optional();
    }

    /** Inserts or replaces the entry; {@code attributes.password}, if any, is cipher text. */
    public void upsert(long nasId, DesiredKind kind, String key, Map<String, String> attributes) {
        Map<String, String> plain = new LinkedHashMap<>(attributes);
        String password = plain.remove(PASSWORD);
        jdbc.sql("""
                insert into nas_desired_entry (nas_id, kind, entry_key, attributes, password_cipher)
                values (?, ?, ?, cast(? as jsonb), ?)
                on conflict (nas_id, kind, entry_key) do update set attributes = excluded.attributes,
                    password_cipher = excluded.password_cipher, updated_at = now()""")
                .param(nasId).param(kind.name()).param(key).param(write(plain)).param(password).update();
    }

    public boolean delete(long nasId, DesiredKind kind, String key) {
        return jdbc.sql("delete from nas_desired_entry where nas_id = ? and kind = ? and entry_key = ?")
                .param(nasId).param(kind.name()).param(key).update() > 0;
    }

    /** Hands the entry to another NAS; false when the source has no such entry. */
    public boolean move(long fromNas, long toNas, DesiredKind kind, String key) {
        return jdbc.sql("update nas_desired_entry set nas_id = ?, updated_at = now() where nas_id = ? and kind = ? and entry_key = ?")
                .param(toNas).param(fromNas).param(kind.name()).param(key).update() > 0;
    }

    /** The primaries whose subscribers the NAS carries now (rows of {@code nas_failover}), oldest failover first. */
    public List<Long> primariesCarriedBy(long backupId) {
        return jdbc.sql("select primary_id from nas_failover where backup_id = ? order by started_at, primary_id")
                .param(backupId).query(Long.class).list();
    }

    private Map<String, String> map(ResultSet rs, int row) throws SQLException {
        try {
            Map<String, String> attributes = json.readValue(rs.getString(1), MAP);
            String password = rs.getString(2);
            if (password != null) {
                attributes.put(PASSWORD, password);
            }
            return attributes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable desired entry", e);
        }
    }

    private String write(Map<String, String> attributes) {
        try {
            return json.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
