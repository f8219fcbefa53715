package id.arus.customer.internal;

import id.arus.customer.CategoryOverview;
import id.arus.customer.CustomerCategory;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code customer_category} table. */
@Repository
class CategoryStore {

    private final JdbcClient jdbc;

    CategoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerCategory> active() {
        return jdbc.sql("select code, name, built_in from customer_category where active order by built_in desc, lower(name)")
                .query((rs, n) -> new CustomerCategory(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    List<CategoryOverview> overview() {
        return jdbc.sql("""
                        select g.code, g.name, g.built_in, g.active,
                               (select count(*) from customer c where c.category = g.code) as customers
                        from customer_category g order by g.built_in desc, lower(g.name)""")
                .query((rs, n) -> new CategoryOverview(new CustomerCategory(rs.getString(1), rs.getString(2),
                        rs.getBoolean(3)), rs.getBoolean(4), rs.getLong(5)))
                .list();
    }

    Optional<CategoryOverview> find(String code) {
        return overview().stream().filter(o -> o.category().code().equals(code)).findFirst();
    }

    boolean isActive(String code) {
        return jdbc.sql("select exists (select 1 from customer_category where code = ? and active)").param(code)
                .query(Boolean.class).single();
    }

    boolean nameTaken(String name, String exceptCode) {
        return jdbc.sql("select exists (select 1 from customer_category where lower(name) = lower(?) and code <> ?)")
                .param(name).param(exceptCode).query(Boolean.class).single();
    }

    boolean exists(String code) {
        return jdbc.sql("select exists (select 1 from customer_category where code = ?)").param(code)
                .query(Boolean.class).single();
    }

    void insert(String code, String name) {
        jdbc.sql("insert into customer_category (code, name) values (?, ?)").param(code).param(name).update();
    }

    void rename(String code, String name) {
        jdbc.sql("update customer_category set name = ? where code = ?").param(name).param(code).update();
    }

    void setActive(String code, boolean active) {
        jdbc.sql("update customer_category set active = ? where code = ?").param(active).param(code).update();
    }

    void delete(String code) {
        jdbc.sql("delete from customer_category where code = ?").param(code).update();
    }
}
