package id.arus.identity.internal;

import id.arus.identity.UserSummary;
import id.arus.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code app_user} and {@code app_user_role}; no authorisation here, callers check. */
@Repository
public class UserStore {

    private static final String SELECT = """
            select u.*, coalesce(string_agg(r.role, ',' order by r.role), '') as roles
            from app_user u left join app_user_role r on r.user_id = u.id
            """;

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredUser> findByUsername(String username) {
        return jdbc.sql(SELECT + " where u.username = lower(:u) group by u.id")
                .param("u", username == null ? "" : username.trim())
                .query(UserStore::map).optional();
    }

    public Optional<StoredUser> findByEmail(String email) {
        return jdbc.sql(SELECT + " where lower(u.email) = lower(:e) group by u.id")
                .param("e", email == null ? "" : email.trim())
                .query(UserStore::map).optional();
    }

    public Optional<StoredUser> findById(long id) {
        return jdbc.sql(SELECT + " where u.id = :id group by u.id").param("id", id).query(UserStore::map).optional();
    }

    public List<StoredUser> findAll() {
        return jdbc.sql(SELECT + " group by u.id order by u.username").query(UserStore::map).list();
    }

    public List<StoredUser> findActiveByRole(Role role) {
        return jdbc.sql(SELECT + """
                 where u.active and exists (select 1 from app_user_role x where x.user_id = u.id and x.role = :role)
                 group by u.id order by u.username
                """).param("role", role.name()).query(UserStore::map).list();
    }

    public long insert(String username, String email, String fullName, String phone, String language,
                       String passwordHash, Set<Role> roles) {
        long id = jdbc.sql("""
                insert into app_user (username, email, full_name, phone, language, password_hash)
                values (lower(:username), :email, :fullName, :phone, :language, :hash) returning id
                """)
                .param("username", username.trim()).param("email", email.trim()).param("fullName", fullName.trim())
                .param("phone", phone).param("language", language).param("hash", passwordHash)
                .query(Long.class).single();
        replaceRoles(id, roles);
        return id;
    }

    public void replaceRoles(long userId, Set<Role> roles) {
        jdbc.sql("delete from app_user_role where user_id = :id").param("id", userId).update();
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (:id, :role)")
                    .param("id", userId).param("role", role.name()).update();
        }
    }

    public boolean exists() {
        return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
    }

    static StoredUser map(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String joined = rs.getString("roles");
        if (!joined.isEmpty()) {
            Arrays.stream(joined.split(",")).map(Role::valueOf).forEach(roles::add);
        }
        var locked = rs.getTimestamp("locked_until");
        return new StoredUser(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
                rs.getString("full_name"), rs.getString("phone"), rs.getString("language"),
                rs.getString("password_hash"), rs.getBoolean("active"), rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(), roles);
    }

    /** A row of {@code app_user} with its roles, including the password hash: never leaves this module. */
    public record StoredUser(long id, String username, String email, String fullName, String phone, String language,
                             String passwordHash, boolean active, int failedLogins, java.time.Instant lockedUntil,
                             Set<Role> roles) {

        public UserSummary summary() {
            return new UserSummary(id, username, fullName, email, phone, language, Set.copyOf(roles), active);
        }

        public List<String> authorities() {
            List<String> list = new ArrayList<>();
            roles.forEach(r -> list.add(r.authority()));
            return list;
        }
    }
}
