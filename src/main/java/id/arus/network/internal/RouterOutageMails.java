package id.arus.network.internal;

import static id.arus.network.internal.RouterOutageVariables.*;

import id.arus.notification.Mailer;
import id.arus.notification.OutgoingMail;
import id.arus.settings.SettingsManagement;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The two mails of {@code RouterOutageProcess}, in Indonesian and English (the NOC's language is not
 * known per address). Keyed by process instance, so a retried step never mails twice.
 */
@Component
class RouterOutageMails {

    private static final Logger log = LoggerFactory.getLogger(RouterOutageMails.class);

    private final Mailer mailer;
    private final SettingsManagement settings;

    RouterOutageMails(Mailer mailer, SettingsManagement settings) {
        this.mailer = mailer;
        this.settings = settings;
    }

    void sendDown(DelegateExecution execution) {
        String name = (String) execution.getVariable(NAS_NAME);
        String since = (String) execution.getVariable(DOWN_SINCE_TEXT);
        String detail = (String) execution.getVariable(DETAIL);
        send(execution, "router-down:", "Router " + name + " mati / is down",
                "Router " + name + " tidak dapat dihubungi sejak " + since + ". Silakan periksa; tugasnya ada di inbox Arus.\n"
                        + "Router " + name + " is down since " + since + ". Please investigate; the task is in the Arus inbox.\n\n"
                        + (detail == null || detail.isBlank() ? "" : "Detail: " + detail + "\n"));
    }

    void sendBack(DelegateExecution execution) {
        String name = (String) execution.getVariable(NAS_NAME);
        long minutes = minutesDown((Date) execution.getVariable(DOWN_SINCE), (Date) execution.getVariable(BACK_AT));
        send(execution, "router-back:", "Router " + name + " kembali / is back up",
                "Router " + name + " kembali normal setelah " + minutes + " menit.\n"
                        + "Router " + name + " is back up after " + minutes + " minutes.\n");
    }

    static long minutesDown(Date downSince, Date backAt) {
        if (downSince == null || backAt == null) {
            return 0;
        }
        return Math.max(0, Duration.between(downSince.toInstant(), backAt.toInstant()).toMinutes());
    }

    private void send(DelegateExecution execution, String keyPrefix, String subject, String body) {
        Optional<String> noc = settings.nocEmail();
        if (noc.isEmpty()) {
            log.warn("No NOC email address is set (settings): not mailing \"{}\"; the inbox task still tells the NOC", subject);
            return;
        }
        mailer.send(new OutgoingMail(keyPrefix + execution.getProcessInstanceId(), noc.get(), subject, body));
    }
}
