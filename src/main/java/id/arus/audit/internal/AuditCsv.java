package id.arus.audit.internal;

import id.arus.audit.AuditEntry;
import id.arus.shared.Csv;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The CSV form of the trail (RFC 4180: comma separated, CRLF line ends, a field quoted when it holds a
 * comma, quote or line break, quotes doubled).
 * <p>
 * Admins open the export in a spreadsheet, and the trail holds text typed by anyone (a customer's name,
 * a failed login's username). A cell that begins with {@code = + - @} (or a tab or carriage return, which
 * some spreadsheets skip before reading a formula) would run as a formula there, so such a cell is
 * prefixed with an apostrophe and is shown as plain text.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("id", "occurred_at", "actor", "remote_address", "action", "subject",
            "before", "after", "detail", "hash");

    /** Local time with its offset, so a reader in another zone can still place the entry exactly. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS xxx");

    private final Writer out;
    private final ZoneId zone;

    AuditCsv(Writer out, ZoneId zone) {
        this.out = out;
        this.zone = zone;
    }

    void header() throws IOException {
        row(HEADER);
    }

    void entry(AuditEntry e) throws IOException {
        row(List.of(String.valueOf(e.id()), TIME.format(e.occurredAt().atZone(zone)), nz(e.actor()), nz(e.remoteAddress()),
                nz(e.action()), nz(e.subject()), nz(e.before()), nz(e.after()), nz(e.detail()), nz(e.hash())));
    }

    void row(List<String> cells) throws IOException {
        out.write(Csv.row(cells));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
