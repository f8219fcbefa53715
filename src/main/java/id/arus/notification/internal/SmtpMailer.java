package id.arus.notification.internal;

import id.arus.notification.MailFailedException;
import id.arus.notification.Mailer;
import id.arus.notification.OutgoingMail;
import id.arus.settings.MailServerSettings;
import id.arus.settings.SettingsManagement;
import id.arus.settings.SmtpSecurity;
import id.arus.settings.TestMailFailedException;
import id.arus.settings.TestMailSender;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Sends through the SMTP server saved on the settings screen, or through {@code spring.mail.*} until an
 * admin saves one. The server is read for every mail, so a change applies to the next mail on every node.
 * <p>
 * Once per key ({@link OncePerKey}): each mail's key is claimed in {@code sent_mail} around the SMTP call.
 */
@Service
class SmtpMailer implements Mailer, TestMailSender {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailer.class);

    private final SettingsManagement settings;
    private final JavaMailSender fallback;
    private final MailProperties fallbackProperties;
    private final JdbcClient jdbc;
    private final OncePerKey once;
    private final String fallbackFrom;

    SmtpMailer(SettingsManagement settings, JavaMailSender fallback, MailProperties fallbackProperties, JdbcClient jdbc,
               PlatformTransactionManager transactions,
               @Value("${arus.mail.from:no-reply@arus.local}") String fallbackFrom) {
        this.settings = settings;
        this.fallback = fallback;
        this.fallbackProperties = fallbackProperties;
        this.jdbc = jdbc;
        this.once = new OncePerKey("mail", transactions);
        this.fallbackFrom = fallbackFrom;
    }

    @Override
    public void send(OutgoingMail mail) {
        once.send(mail.key(), () -> jdbc.sql("""
                        insert into sent_mail (mail_key, recipient, subject) values (:key, :to, :subject)
                        on conflict (mail_key) do nothing
                        """)
                        .param("key", mail.key()).param("to", mail.to())
                        .param("subject", FailureReasons.truncate(mail.subject(), 400)).update(),
                () -> {
                    deliver(settings.mailServer(), mail);
                    return Boolean.TRUE;
                });
    }

    @Override
    public void sendTestMail(MailServerSettings server, String recipient) {
        OutgoingMail mail = new OutgoingMail(null, recipient, "Arus: email percobaan / test email",
                "Email ini dikirim dari Arus untuk menguji pengaturan SMTP.\n\n"
                        + "This mail was sent by Arus to test the SMTP settings.\n\n"
                        + "Server: " + server.host() + ":" + server.port() + " (" + server.security() + ")\n");
        try {
            deliver(Optional.of(server), mail);
        } catch (MailFailedException e) {
            throw new TestMailFailedException(e.getMessage(), e);
        }
    }

    private void deliver(Optional<MailServerSettings> saved, OutgoingMail mail) {
        JavaMailSender sender = saved.<JavaMailSender>map(SmtpMailer::senderFor).orElse(fallback);
        String server = saved.map(s -> s.host() + ":" + s.port())
                .orElseGet(() -> fallbackProperties.getHost() + ":" + fallbackProperties.getPort());
        try {
            sender.send(message -> {
                MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
                helper.setFrom(from(saved));
                helper.setTo(mail.to());
                helper.setSubject(mail.subject());
                helper.setText(mail.textBody());
                for (OutgoingMail.Attachment file : mail.attachments()) {
                    helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
                }
            });
        } catch (MailException e) {
            String reason = explain(e, saved);
            // Only the server, the recipient and the explanation: never the settings record or the password.
            log.warn("Mail {} to {} failed through {}: {}", mail.key(), mail.to(), server, reason);
            throw new MailFailedException("Mail to " + mail.to() + " could not be sent through " + server + ": " + reason, e);
        }
    }

    private InternetAddress from(Optional<MailServerSettings> saved) throws UnsupportedEncodingException {
        if (saved.isEmpty()) {
            return new InternetAddress(fallbackFrom, "Arus", "UTF-8");
        }
        MailServerSettings s = saved.get();
        return s.fromName() == null ? new InternetAddress(s.fromAddress(), null, "UTF-8")
                : new InternetAddress(s.fromAddress(), s.fromName(), "UTF-8");
    }

    static JavaMailSenderImpl senderFor(MailServerSettings s) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(s.host());
        sender.setPort(s.port());
        sender.setDefaultEncoding("UTF-8");
        Properties p = sender.getJavaMailProperties();
        p.put("mail.smtp.connectiontimeout", "5000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        if (s.authenticates()) {
            sender.setUsername(s.username());
            sender.setPassword(s.password());
            p.put("mail.smtp.auth", "true");
        }
        if (s.security() == SmtpSecurity.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            // Required, not opportunistic: otherwise a server that hides STARTTLS would receive the password in clear.
            p.put("mail.smtp.starttls.required", "true");
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        } else if (s.security() == SmtpSecurity.SSL) {
            p.put("mail.smtp.ssl.enable", "true");
            p.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return sender;
    }

    /** What went wrong, in words an admin can act on. */
    static String explain(MailException e, Optional<MailServerSettings> saved) {
        if (e instanceof MailAuthenticationException || FailureReasons.causedBy(e, AuthenticationFailedException.class)) {
            return "the server refused the login" + saved.filter(MailServerSettings::authenticates)
                    .map(s -> " of user " + s.username()).orElse("") + "; check the username and password";
        }
        Optional<String> network = FailureReasons.network(e, "SMTP server", "the host and port");
        if (network.isPresent()) {
            return network.get();
        }
        if (FailureReasons.causedBy(e, SSLException.class)) {
            return "the TLS handshake failed; check the security setting matches the port (SSL usually 465, STARTTLS 587)";
        }
        if (FailureReasons.causedBy(e, SendFailedException.class)) {
            return "the server refused the message or its addresses: " + FailureReasons.rootLine(e);
        }
        return FailureReasons.rootLine(e);
    }
}
