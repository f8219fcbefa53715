package id.arus.customer.internal;

import id.arus.customer.CustomerDocument;
import id.arus.customer.DocumentStatus;
import id.arus.customer.DocumentType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code customer_document} table. Only {@link #content} reads the bytes; every other query leaves them out. */
@Repository
class DocumentStore {

    private static final String COLUMNS = """
            d.id, c.code, d.customer_id, d.subscription_number, d.type, d.filename, d.content_type, d.size, d.sha256,
            d.status, d.status_reason, d.uploaded_at, d.uploaded_by""";
    private static final String FROM = " from customer_document d join customer c on c.id = d.customer_id ";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CustomerDocument> list(long customerId) {
        return jdbc.sql("select " + COLUMNS + FROM + "where d.customer_id = ? order by d.uploaded_at desc, d.id desc")
                .param(customerId).query(DocumentStore::map).list();
    }

    Optional<Stored> find(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + "where d.id = ?").param(id)
                .query((rs, n) -> new Stored(rs.getLong("customer_id"), map(rs, n))).optional();
    }

    /** The same bytes already uploaded as the same kind of document of the same customer and service. */
    Optional<Long> sameUpload(long customerId, String subscriptionNumber, DocumentType type, String sha256) {
        return jdbc.sql("""
                        select id from customer_document where customer_id = :customer and type = :type and sha256 = :sha
                          and subscription_number is not distinct from :sub and status <> 'REJECTED'
                        order by id limit 1""")
                .param("customer", customerId).param("type", type.name()).param("sha", sha256)
                .param("sub", subscriptionNumber).query(Long.class).optional();
    }

    long insert(long customerId, String subscriptionNumber, DocumentType type, String filename, String contentType,
                byte[] content, String sha256, String uploadedBy) {
        return jdbc.sql("""
                        insert into customer_document (customer_id, subscription_number, type, filename, content_type,
                                                       size, sha256, uploaded_by, content)
                        values (:customer, :sub, :type, :filename, :contentType, :size, :sha, :by, :content)
                        returning id""")
                .param("customer", customerId).param("sub", subscriptionNumber).param("type", type.name())
                .param("filename", filename).param("contentType", contentType).param("size", (long) content.length)
                .param("sha", sha256).param("by", uploadedBy).param("content", content)
                .query(Long.class).single();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from customer_document where id = ?").param(id).query(byte[].class).single();
    }

    void decide(long id, DocumentStatus status, String reason, String decidedBy) {
        jdbc.sql("""
                update customer_document set status = ?, status_reason = ?, decided_by = ?, decided_at = now()
                where id = ?""")
                .param(status.name()).param(reason).param(decidedBy).param(id).update();
    }

    private static CustomerDocument map(ResultSet rs, int n) throws SQLException {
        return new CustomerDocument(rs.getLong("id"), rs.getString("code"), rs.getString("subscription_number"),
                DocumentType.valueOf(rs.getString("type")), rs.getString("filename"), rs.getString("content_type"),
                rs.getLong("size"), rs.getString("sha256"), DocumentStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"));
    }

    /** A document with the id of its customer, for the access check. */
    record Stored(long customerId, CustomerDocument document) {
    }
}
