package id.arus.network.internal;

import id.arus.network.BackupReason;
import id.arus.network.BackupVersion;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code nas_backup} table. Content is JSON text whose passwords are already cipher text. */
@Repository
public class BackupStore {

    private static final String COLUMNS = "nas_id, version, taken_at, taken_by, reason, checksum, backup_file";

    private final JdbcClient jdbc;

    BackupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    public List<BackupVersion> versions(long nasId) {
        return jdbc.sql("select " + COLUMNS + " from nas_backup where nas_id = ? order by version desc")
                .param(nasId).query(BackupStore::map).list();
    }

    public Optional<BackupVersion> latest(long nasId) {
        return jdbc.sql("select " + COLUMNS + " from nas_backup where nas_id = ? order by version desc limit 1")
                .param(nasId).query(BackupStore::map).optional();
    }

    public Optional<String> content(long nasId, int version) {
        return jdbc.sql("select content::text from nas_backup where nas_id = ? and version = ?")
                .param(nasId).param(version).query(String.class).optional();
    }

    /**
     * Stores the snapshot under the next version number of the NAS. The caller serialises snapshots of one
     * NAS; the primary key still refuses a duplicate number should two application instances race.
     */
    public BackupVersion insert(long nasId, String takenBy, BackupReason reason, String contentJson, String checksum,
                                String backupFile) {
        return jdbc.sql("""
                insert into nas_backup (nas_id, version, taken_by, reason, content, checksum, backup_file)
                values (:nas, (select coalesce(max(version), 0) + 1 from nas_backup where nas_id = :nas),
                        :by, :reason, cast(:content as jsonb), :checksum, :file)
                returning""" + " " + COLUMNS)
                .param("nas", nasId).param("by", takenBy).param("reason", reason.name()).param("content", contentJson)
                .param("checksum", checksum).param("file", backupFile)
                .query(BackupStore::map).single();
    }

    /** Deletes all but the newest {@code keep} versions of the NAS; keeps at least one whatever is asked. */
    public int prune(long nasId, int keep) {
        return jdbc.sql("""
                delete from nas_backup where nas_id = :nas and version not in (
                    select version from nas_backup where nas_id = :nas order by version desc limit :keep)""")
                .param("nas", nasId).param("keep", Math.max(1, keep)).update();
    }

    /** The stored HMAC key cipher text, creating it from {@code candidate} the first time. */
    public String keyCipher(String candidate) {
        jdbc.sql("insert into nas_backup_key (id, key_cipher) values (1, ?) on conflict (id) do nothing")
                .param(candidate).update();
        return jdbc.sql("select key_cipher from nas_backup_key where id = 1").query(String.class).single();
    }

    private static BackupVersion map(ResultSet rs, int row) throws SQLException {
        return new BackupVersion(rs.getLong("nas_id"), rs.getInt("version"), rs.getTimestamp("taken_at").toInstant(),
                rs.getString("taken_by"), BackupReason.valueOf(rs.getString("reason")), rs.getString("checksum"),
                rs.getString("backup_file"));
    }
}
