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

    public void updateProfile(long id, String fullName, String email, String phone, String language) {
        jdbc.sql("""
                update app_user set full_name = :fullName, email = :email, phone = :phone, language = :language,
                                    updated_at = now() where id = :id
                """)
                .param("fullName", fullName).param("email", email).param("phone", phone).param("language", language)
                .param("id", id).update();
    }

    public void setActive(long id, boolean active) {
        // reactivation also lifts a lockout: the administrator has just vouched for the account
        jdbc.sql("""
                update app_user set active = :active, updated_at = now(),
                    failed_logins = case when :active then 0 else failed_logins end,
                    locked_until = case when :active then null else locked_until end
                where id = :id
                """).param("active", active).param("id", id).update();
    }

    /** A new password also ends any lockout: whoever set it has proved control of the account. */
    public void setPasswordHash(long id, String hash) {
        jdbc.sql("""
                update app_user set password_hash = :hash, password_changed_at = now(), updated_at = now(),
                                    failed_logins = 0, locked_until = null where id = :id
                """).param("hash", hash).param("id", id).update();
    }

    /**
     * Counts one failed login and locks the account when it reaches {@code maxFailures}; the counter
     * starts again after the lock. Returns the lock's end when this failure locked the account.
     */
    public Optional<java.time.Instant> recordFailedLogin(long id, int maxFailures, java.time.Duration lockout) {
        return jdbc.sql("""
                update app_user set
                    locked_until = case when failed_logins + 1 >= :max then now() + make_interval(secs => :secs)
                                        else locked_until end,
                    failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end
                where id = :id
                returning case when failed_logins = 0 then locked_until end
                """)
                .param("max", maxFailures).param("secs", (double) lockout.toSeconds()).param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
                .list().stream().flatMap(Optional::stream).findFirst();
    }

    public void clearFailedLogins(long id) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where id = :id and (failed_logins > 0 or locked_until is not null)")
                .param("id", id).update();
    }

    /** Active administrators other than the given user. */
    public long countOtherActiveAdmins(long exceptUserId) {
        return jdbc.sql("""
                select count(*) from app_user u join app_user_role r on r.user_id = u.id
                where u.active and r.role = 'ADMIN' and u.id <> :id
                """).param("id", exceptUserId).query(Long.class).single();
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
