package id.arus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import id.arus.ArusIT;
import id.arus.TestInfrastructure;
import id.arus.settings.MailServerSettings;
import id.arus.settings.SettingsManagement;
import id.arus.settings.SmtpSecurity;
import id.arus.settings.TestMailFailedException;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
@WithMockUser(username = "admin-mail", roles = "ADMIN")
class MailerIT {

    @Autowired
    Mailer mailer;
    @Autowired
    SettingsManagement settings;
    @Autowired
    JdbcClient jdbc;

    private final GreenMail smtp = TestInfrastructure.mail();
    private final String recipient = "pelanggan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.co.id";

    /** Other test classes send through spring.mail.*: leave no saved server behind. */
    @AfterEach
    void forgetSavedServer() {
        jdbc.sql("delete from app_setting where key like 'mail.%'").update();
    }

    @Test
    void sendsThroughTheSavedServerAndSendsAKeyOnlyOnce() throws Exception {
        settings.updateMailServer(greenMail(smtp.getSmtp().getPort()));
        String key = "invoice:" + UUID.randomUUID();

        mailer.send(new OutgoingMail(key, recipient, "Tagihan Desember", "Tagihan Anda Rp 150.000"));
        mailer.send(new OutgoingMail(key, recipient, "Tagihan Desember", "Tagihan Anda Rp 150.000"));

        List<MimeMessage> received = receivedBy(recipient);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Tagihan Desember");
        assertThat(received.get(0).getFrom()[0].toString()).contains("tagihan@isp.example").contains("ISP Contoh");
        assertThat(jdbc.sql("select count(*) from sent_mail where mail_key = :k").param("k", key).query(Long.class).single()).isOne();

        mailer.send(new OutgoingMail(key + ":reminder", recipient, "Pengingat", "Jatuh tempo besok"));
        assertThat(receivedBy(recipient)).hasSize(2);
    }

    @Test
    void usesSpringMailUntilAServerIsSaved() throws Exception {
        mailer.send(new OutgoingMail("fallback:" + UUID.randomUUID(), recipient, "Halo", "Isi"));
        List<MimeMessage> received = receivedBy(recipient);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getFrom()[0].toString()).contains("no-reply@arus.local");
    }

    @Test
    void aRefusedMailFailsClearlyAndCanBeSentAgainWithTheSameKey() throws Exception {
        int closed = closedPort();
        settings.updateMailServer(greenMail(closed));
        String key = "reset:" + UUID.randomUUID();

        assertThatThrownBy(() -> mailer.send(new OutgoingMail(key, recipient, "Reset", "Kode 1234")))
                .isInstanceOf(MailFailedException.class)
                .hasMessageContaining(recipient)
                .hasMessageContaining("127.0.0.1:" + closed)
                .hasMessageContaining("connection refused");
        assertThat(jdbc.sql("select count(*) from sent_mail where mail_key = :k").param("k", key).query(Long.class).single()).isZero();

        settings.updateMailServer(greenMail(smtp.getSmtp().getPort()));
        mailer.send(new OutgoingMail(key, recipient, "Reset", "Kode 1234"));
        assertThat(receivedBy(recipient)).hasSize(1);
    }

    @Test
    void theSettingsTestMailGoesThroughTheFormsServerAndReportsTheSmtpError() throws Exception {
        settings.sendTestMail(greenMail(smtp.getSmtp().getPort()), recipient);
        assertThat(receivedBy(recipient)).singleElement().satisfies(m -> assertThat(m.getSubject()).contains("test email"));

        int closed = closedPort();
        assertThatThrownBy(() -> settings.sendTestMail(greenMail(closed), recipient))
                .isInstanceOf(TestMailFailedException.class)
                .hasMessageContaining("127.0.0.1:" + closed)
                .hasMessageContaining("check the host and port");
    }

    @Test
    void refusesAMailWithoutAKey() {
        assertThatThrownBy(() -> mailer.send(new OutgoingMail(" ", recipient, "x", "y"))).isInstanceOf(IllegalArgumentException.class);
    }

    private static MailServerSettings greenMail(int port) {
        return new MailServerSettings("127.0.0.1", port, "", "", SmtpSecurity.NONE, "tagihan@isp.example", "ISP Contoh");
    }

    private List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** A loopback port nobody listens on: bound, read and released again. */
    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
