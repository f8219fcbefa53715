package id.arus.network.internal;

import id.arus.network.Nas;
import id.arus.network.NasRole;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code nas} table. The cipher text of the password is read only by {@link #passwordCipher}. */
@Repository
public class NasStore {

    private static final String COLUMNS = """
            id, name, host, api_port, use_tls, username, site, location, role, backup_of, capacity, notes,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    NasStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Nas> findAll() {
        return jdbc.sql("select " + COLUMNS + " from nas order by lower(name)").query(NasStore::map).list();
    }

    public Optional<Nas> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from nas where id = ?").param(id).query(NasStore::map).optional();
    }

    public Optional<Nas> findByName(String name) {
        return jdbc.sql("select " + COLUMNS + " from nas where lower(name) = lower(?)").param(name).query(NasStore::map).optional();
    }

    public Optional<Nas> findByEndpoint(String host, int port) {
        return jdbc.sql("select " + COLUMNS + " from nas where lower(host) = lower(?) and api_port = ?")
                .param(host).param(port).query(NasStore::map).optional();
    }

    /** NAS standing by for the given one. */
    public List<Nas> backupsOf(long id) {
        return jdbc.sql("select " + COLUMNS + " from nas where backup_of = ? order by lower(name)").param(id).query(NasStore::map).list();
    }

    public String passwordCipher(long id) {
        return jdbc.sql("select password_cipher from nas where id = ?").param(id).query(String.class).single();
    }

    public long insert(Row row, String passwordCipher) {
        return jdbc.sql("""
                insert into nas (name, host, api_port, use_tls, username, password_cipher, site, location, role,
                                 backup_of, capacity, notes)
                values (:name, :host, :port, :tls, :username, :cipher, :site, :location, :role, :backupOf, :capacity, :notes)
                returning id""")
                .params(row.params()).param("cipher", passwordCipher).query(Long.class).single();
    }

    public void update(long id, Row row, String passwordCipherOrNull) {
        jdbc.sql("""
                update nas set name = :name, host = :host, api_port = :port, use_tls = :tls, username = :username,
                       password_cipher = coalesce(:cipher, password_cipher), site = :site, location = :location,
                       role = :role, backup_of = :backupOf, capacity = :capacity, notes = :notes, updated_at = now()
                where id = :id""")
                .params(row.params()).param("cipher", passwordCipherOrNull).param("id", id).update();
    }

    public void delete(long id) {
        jdbc.sql("delete from nas where id = ?").param(id).update();
    }

    /** A validated form, ready to store. */
    public record Row(String name, String host, int port, boolean tls, String username, String site, String location,
               NasRole role, Long backupOf, Integer capacity, String notes) {

        Map<String, Object> params() {
            Map<String, Object> p = new HashMap<>();
            p.put("name", name);
            p.put("host", host);
            p.put("port", port);
            p.put("tls", tls);
            p.put("username", username);
            p.put("site", site);
            p.put("location", location);
            p.put("role", role.name());
            p.put("backupOf", backupOf);
            p.put("capacity", capacity);
            p.put("notes", notes);
            return p;
        }
    }

    private static Nas map(ResultSet rs, int row) throws SQLException {
        long backupOf = rs.getLong("backup_of");
        boolean noBackup = rs.wasNull();
        int capacity = rs.getInt("capacity");
        boolean noCapacity = rs.wasNull();
        return new Nas(rs.getLong("id"), rs.getString("name"), rs.getString("host"), rs.getInt("api_port"),
                rs.getBoolean("use_tls"), rs.getString("username"), true, rs.getString("site"), rs.getString("location"),
                NasRole.valueOf(rs.getString("role")), noBackup ? null : backupOf, noCapacity ? null : capacity,
                rs.getString("notes"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
