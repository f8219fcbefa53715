package id.arus.notification.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;

/** Why a send failed, in words an admin can act on, from the exception a mail server or gateway call ended with. */
final class FailureReasons {

    private static final int MAX_LINE = 300;

    private FailureReasons() {
    }

    /**
     * The usual network failures: an unknown host, nothing listening, no answer in time.
     *
     * @param server what was called ("SMTP server", "gateway")
     * @param check  the setting to look at
     */
    static Optional<String> network(Throwable e, String server, String check) {
        if (causedBy(e, UnknownHostException.class)) {
            return Optional.of("the host name is unknown; check " + check);
        }
        if (causedBy(e, ConnectException.class)) {
            return Optional.of("no " + server + " answers on that host and port (connection refused); check " + check);
        }
        if (causedBy(e, SocketTimeoutException.class)) {
            return Optional.of("the " + server + " did not answer in time; check " + check + " and any firewall");
        }
        return Optional.empty();
    }

    /**
     * Whether {@code type} is among the causes, including a mail exception's next exception and the failures of the
     * single messages of a batch send.
     */
    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
            if (t instanceof jakarta.mail.MessagingException m && m.getNextException() != null && type.isInstance(m.getNextException())) {
                return true;
            }
        }
        if (e instanceof org.springframework.mail.MailSendException send) {
            for (Exception failed : send.getFailedMessages().values()) {
                if (failed != e && causedBy(failed, type)) {
                    return true;
                }
            }
        }
        return false;
    }

    static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** The first line of the root cause's message (or its type when it has none). */
    static String rootLine(Throwable e) {
        Throwable root = root(e);
        return firstLine(root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName());
    }

    /** The first line, at most {@value #MAX_LINE} characters: a server's reply can be a whole page. */
    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        String line = (nl < 0 ? s : s.substring(0, nl)).strip();
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
