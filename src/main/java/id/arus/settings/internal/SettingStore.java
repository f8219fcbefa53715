package id.arus.settings.internal;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code app_setting}: one per key, text in {@code value}, binary content (the logo) in
 * {@code data}. Typing and validation happen above this class; here a value is only text.
 */
@Component
class SettingStore {

    private final JdbcClient jdbc;

    SettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every key starting with the prefix, e.g. {@code mail.}, with its text value. */
    Map<String, String> section(String prefix) {
        return jdbc.sql("select key, value from app_setting where key like :p")
                .param("p", prefix + "%")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list().stream()
                .filter(kv -> kv[1] != null)
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    }

    Optional<Binary> binary(String key) {
        return jdbc.sql("select value, data from app_setting where key = :k and data is not null")
                .param("k", key)
                .query((rs, n) -> new Binary(rs.getString(1), rs.getBytes(2)))
                .optional();
    }

    /** Sets or, for null, removes a value. */
    void put(String key, String value) {
        if (value == null) {
            remove(key);
            return;
        }
        jdbc.sql("""
                insert into app_setting (key, value, data, updated_at, updated_by) values (:k, :v, null, now(), :by)
                on conflict (key) do update set value = excluded.value, data = null, updated_at = now(), updated_by = excluded.updated_by
                """).param("k", key).param("v", value).param("by", currentUser()).update();
    }

    void putBinary(String key, String contentType, byte[] data) {
        jdbc.sql("""
                insert into app_setting (key, value, data, updated_at, updated_by) values (:k, :v, :d, now(), :by)
                on conflict (key) do update set value = excluded.value, data = excluded.data, updated_at = now(), updated_by = excluded.updated_by
                """).param("k", key).param("v", contentType).param("d", data).param("by", currentUser()).update();
    }

    void remove(String key) {
        jdbc.sql("delete from app_setting where key = :k").param("k", key).update();
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken ? "system" : auth.getName();
    }

    record Binary(String contentType, byte[] data) {
    }
}
