package id.arus.workflow;

import id.arus.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Accounts the workflow tests sign in with. The demo profile (and its accounts) is off under test, so
 * the tests add their own, named {@code wf-*} so they cannot collide with other modules' test users.
 */
final class WorkflowTestUsers {

    static final String PASSWORD = "noc-demo123";

    private WorkflowTestUsers() {
    }

    /** Creates the account with exactly these roles unless it exists already. */
    static void ensure(JdbcClient jdbc, PasswordEncoder passwords, String username, String fullName, Role... roles) {
        Long id = jdbc.sql("""
                insert into app_user (username, email, full_name, language, password_hash)
                values (:u, :e, :n, 'id', :h) on conflict (username) do nothing returning id
                """)
                .param("u", username).param("e", username + "@test.arus.id").param("n", fullName)
                .param("h", passwords.encode(PASSWORD))
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            return;
        }
        for (Role role : roles) {
            jdbc.sql("insert into app_user_role (user_id, role) values (:id, :r)").param("id", id).param("r", role.name()).update();
        }
    }
}
