package id.arus.identity.internal;

import id.arus.identity.UserDirectory;
import id.arus.identity.UserSummary;
import id.arus.shared.Role;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only and not restricted by role: its callers are other modules acting for the system (the
 * process engine resolving candidate groups, the inbox), which authorise their own operations.
 */
@Service
@Transactional(readOnly = true)
class JdbcUserDirectory implements UserDirectory {

    private final UserStore users;
    private final JdbcClient jdbc;

    JdbcUserDirectory(UserStore users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username).map(UserStore.StoredUser::summary);
    }

    @Override
    public List<UserSummary> findAll() {
        return users.findAll().stream().map(UserStore.StoredUser::summary).toList();
    }

    @Override
    public List<UserSummary> findByRole(Role role) {
        return users.findActiveByRole(role).stream().map(UserStore.StoredUser::summary).toList();
    }

    @Override
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        jdbc.sql("""
                select r.role, count(*) from app_user_role r join app_user u on u.id = r.user_id
                where u.active group by r.role
                """)
                .query((rs, n) -> Map.entry(Role.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
