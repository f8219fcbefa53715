package id.arus.support.internal;

import id.arus.support.Ticket;
import id.arus.support.TicketCategory;
import id.arus.support.TicketEvent;
import id.arus.support.TicketFilter;
import id.arus.support.TicketMessage;
import id.arus.support.TicketPriority;
import id.arus.support.TicketStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code support_ticket*} tables. Authorisation is the caller's ({@code Tickets}); this only stores. */
@Repository
public class TicketStore {

    private final JdbcClient jdbc;

    TicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the year, e.g. {@code TCK-2026-000001}; safe with concurrent callers and nodes. */
    public String nextNumber(int year) {
        long next = jdbc.sql("""
                insert into support_ticket_counter (year, last) values (:year, 1)
                on conflict (year) do update set last = support_ticket_counter.last + 1 returning last""")
                .param("year", year).query(Long.class).single();
        return String.format(Locale.ROOT, "TCK-%d-%06d", year, next);
    }

    public long insert(String number, String customerCode, String customerUsername, String subscriptionNumber,
                       String subject, TicketCategory category, TicketPriority priority, Instant dueAt, String openedBy) {
        return jdbc.sql("""
                insert into support_ticket (number, customer_code, customer_username, subscription_number, subject,
                    category, priority, due_at, opened_by)
                values (:number, :customer, :username, :subscription, :subject, :category, :priority, :due, :by)
                returning id""")
                .param("number", number).param("customer", customerCode).param("username", customerUsername)
                .param("subscription", subscriptionNumber).param("subject", subject).param("category", category.name())
                .param("priority", priority.name()).param("due", Timestamp.from(dueAt)).param("by", openedBy)
                .query(Long.class).single();
    }

    public Optional<Ticket> findByNumber(String number) {
        return jdbc.sql("select * from support_ticket where number = :number").param("number", number)
                .query(TicketStore::map).optional();
    }

    /** The ticket locked for a change, so two staff changing it at once apply one after the other. */
    public Optional<Ticket> lockByNumber(String number) {
        return jdbc.sql("select * from support_ticket where number = :number for update").param("number", number)
                .query(TicketStore::map).optional();
    }

    public List<Ticket> ofCustomer(String customerCode, int limit) {
        return jdbc.sql("select * from support_ticket where customer_code = :code order by created_at desc, id desc limit :limit")
                .param("code", customerCode).param("limit", limit).query(TicketStore::map).list();
    }

    /** The queue: overdue first, then by due time. */
    public List<Ticket> search(TicketFilter filter, String caller, int limit) {
        StringBuilder sql = new StringBuilder("select * from support_ticket where true");
        List<Object[]> params = new ArrayList<>();
        if (filter.mine()) {
            sql.append(" and assignee = :caller");
            params.add(new Object[] {"caller", caller});
        }
        if (filter.unassigned()) {
            sql.append(" and assignee is null");
        }
        if (filter.overdue()) {
            sql.append(" and status not in ('RESOLVED', 'CLOSED') and due_at < now()");
        }
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.add(new Object[] {"status", filter.status().name()});
        } else if (filter.activeOnly()) {
            sql.append(" and status not in ('RESOLVED', 'CLOSED')");
        }
        if (filter.priority() != null) {
            sql.append(" and priority = :priority");
            params.add(new Object[] {"priority", filter.priority().name()});
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and (number ilike :text or subject ilike :text or customer_code ilike :text)");
            params.add(new Object[] {"text", "%" + likeEscaped(filter.text().strip()) + "%"});
        }
        sql.append("""
                 order by (status not in ('RESOLVED', 'CLOSED') and due_at < now()) desc,
                    (status in ('RESOLVED', 'CLOSED')), due_at, id limit :limit""");
        var statement = jdbc.sql(sql.toString()).param("limit", limit);
        for (Object[] p : params) {
            statement = statement.param((String) p[0], p[1]);
        }
        return statement.query(TicketStore::map).list();
    }

    public long countAll() {
        return jdbc.sql("select count(*) from support_ticket").query(Long.class).single();
    }

    public long countUnassignedActive() {
        return jdbc.sql("select count(*) from support_ticket where assignee is null and status not in ('RESOLVED', 'CLOSED')")
                .query(Long.class).single();
    }

    public void setAssignee(long id, String assignee) {
        jdbc.sql("update support_ticket set assignee = :assignee, updated_at = now() where id = :id")
                .param("assignee", assignee).param("id", id).update();
    }

    public void setStatus(long id, TicketStatus status) {
        jdbc.sql("""
                update support_ticket set status = :status, updated_at = now(),
                    finished_at = case when :status in ('RESOLVED', 'CLOSED') then now() else null end
                where id = :id""")
                .param("status", status.name()).param("id", id).update();
    }

    public void touch(long id) {
        jdbc.sql("update support_ticket set updated_at = now() where id = :id").param("id", id).update();
    }

    public long addMessage(long ticketId, String author, boolean fromStaff, boolean internal, String body) {
        return jdbc.sql("""
                insert into support_ticket_message (ticket_id, author, from_staff, internal, body)
                values (:ticket, :author, :staff, :internal, :body) returning id""")
                .param("ticket", ticketId).param("author", author).param("staff", fromStaff)
                .param("internal", internal).param("body", body).query(Long.class).single();
    }

    public List<TicketMessage> messages(long ticketId, boolean includeInternal) {
        return jdbc.sql("select * from support_ticket_message where ticket_id = :ticket"
                        + (includeInternal ? "" : " and not internal") + " order by id")
                .param("ticket", ticketId)
                .query((rs, n) -> new TicketMessage(rs.getLong("id"), rs.getString("author"), rs.getBoolean("from_staff"),
                        rs.getBoolean("internal"), rs.getString("body"), instant(rs, "created_at")))
                .list();
    }

    public Optional<TicketMessage> message(long messageId) {
        return jdbc.sql("select * from support_ticket_message where id = :id").param("id", messageId)
                .query((rs, n) -> new TicketMessage(rs.getLong("id"), rs.getString("author"), rs.getBoolean("from_staff"),
                        rs.getBoolean("internal"), rs.getString("body"), instant(rs, "created_at")))
                .optional();
    }

    public long addEvent(long ticketId, String actor, String kind, String detail) {
        return jdbc.sql("""
                insert into support_ticket_event (ticket_id, actor, kind, detail) values (:ticket, :actor, :kind, :detail)
                returning id""")
                .param("ticket", ticketId).param("actor", actor).param("kind", kind).param("detail", detail)
                .query(Long.class).single();
    }

    public List<TicketEvent> events(long ticketId) {
        return jdbc.sql("select * from support_ticket_event where ticket_id = :ticket order by id")
                .param("ticket", ticketId)
                .query((rs, n) -> new TicketEvent(rs.getString("actor"), rs.getString("kind"), rs.getString("detail"),
                        instant(rs, "created_at")))
                .list();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Ticket map(ResultSet rs, int row) throws SQLException {
        return new Ticket(rs.getLong("id"), rs.getString("number"), rs.getString("customer_code"),
                rs.getString("customer_username"), rs.getString("subscription_number"), rs.getString("subject"),
                TicketCategory.valueOf(rs.getString("category")), TicketPriority.valueOf(rs.getString("priority")),
                TicketStatus.valueOf(rs.getString("status")), rs.getString("assignee"), instant(rs, "due_at"),
                rs.getString("opened_by"), instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
