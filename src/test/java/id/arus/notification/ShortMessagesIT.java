package id.arus.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.sim.messaging.DemoMessageGateway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
@WithMockUser(username = "system:dunning", roles = {"ADMIN", "FINANCE"})
class ShortMessagesIT {

    private static final String OVERRIDE = "short-messages-it";

    @Autowired
    ShortMessages messages;
    @Autowired
    DemoMessageGateway gateway;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfigurableEnvironment environment;

    /** A number no other test uses, in the +62 form the API takes. */
    private final String phone = "+62812" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    /** The same number as the gateway receives it (number-format international). */
    private final String asSent = phone.substring(1);

    @AfterEach
    void restore() {
        gateway.setDeviceConnected(true);
        environment.getPropertySources().remove(OVERRIDE);
    }

    @Test
    void sendsAKeyOnceWithTheTokenHeader() {
        String key = "dunning-reminder:INV-2026-11-000045:due:" + phone;
        messages.send(new ShortMessage(key, phone, "Tagihan INV-2026-11-000045 Rp 166.500 jatuh tempo hari ini."));
        messages.send(new ShortMessage(key, phone, "Tagihan INV-2026-11-000045 Rp 166.500 jatuh tempo hari ini."));

        var received = gateway.receivedBy(asSent);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).text()).isEqualTo("Tagihan INV-2026-11-000045 Rp 166.500 jatuh tempo hari ini.");
        assertThat(received.get(0).token()).isEqualTo("test-message-token");
        assertThat(jdbc.sql("select gateway_ref from sent_message where message_key = :k").param("k", key)
                .query(String.class).single()).isEqualTo(received.get(0).id());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'notification.message-sent' and subject = :k")
                .param("k", key).query(Long.class).single()).isOne();
    }

    @Test
    void aRefusedMessageFailsAndIsSentByTheRetry() {
        String key = "dunning-reminder:refused:" + phone;
        gateway.setDeviceConnected(false);

        assertThatThrownBy(() -> messages.send(new ShortMessage(key, phone, "Pengingat tagihan")))
                .isInstanceOf(MessageFailedException.class)
                .isInstanceOf(MailFailedException.class)
                .hasMessageContaining("disconnected device");
        assertThat(gateway.receivedBy(asSent)).isEmpty();
        assertThat(sentRows(key)).isZero();

        gateway.setDeviceConnected(true);
        messages.send(new ShortMessage(key, phone, "Pengingat tagihan"));

        assertThat(gateway.receivedBy(asSent)).extracting(DemoMessageGateway.Received::text).containsExactly("Pengingat tagihan");
        assertThat(sentRows(key)).isOne();
    }

    @Test
    void aWrongTokenIsReportedWithTheGatewaysReasonAndNotTheToken() {
        override(Map.of("arus.notification.message-gateway.token", "expired-device-token"));
        String key = "dunning-reminder:token:" + phone;

        assertThatThrownBy(() -> messages.send(new ShortMessage(key, phone, "Pengingat")))
                .isInstanceOf(MessageFailedException.class)
                .hasMessageContaining("invalid token")
                .hasMessageNotContaining("expired-device-token");
        assertThat(sentRows(key)).isZero();
    }

    @Test
    void anUnreachableGatewayFailsAndIsSentByTheRetry() {
        override(Map.of("arus.notification.message-gateway.url", "http://127.0.0.1:" + closedPort() + "/send"));
        String key = "dunning-reminder:unreachable:" + phone;

        assertThatThrownBy(() -> messages.send(new ShortMessage(key, phone, "Layanan Anda diisolir")))
                .isInstanceOf(MessageFailedException.class)
                .hasMessageContaining("connection refused");
        assertThat(sentRows(key)).isZero();

        environment.getPropertySources().remove(OVERRIDE);
        messages.send(new ShortMessage(key, phone, "Layanan Anda diisolir"));
        assertThat(gateway.receivedBy(asSent)).hasSize(1);
    }

    @Test
    void sendsJsonBodiesWithLocalNumbersWhenConfiguredSo() {
        override(Map.of("arus.notification.message-gateway.format", "json",
                "arus.notification.message-gateway.number-format", "local"));
        String key = "dunning-reminder:json:" + phone;

        messages.send(new ShortMessage(key, phone, "Pembayaran diterima, terima kasih."));

        assertThat(gateway.receivedBy("0" + asSent.substring(2)))
                .extracting(DemoMessageGateway.Received::text).containsExactly("Pembayaran diterima, terima kasih.");
    }

    @Test
    @WithMockUser(username = "pelanggan", roles = "CUSTOMER")
    void aCustomerCannotSendMessages() {
        assertThatThrownBy(() -> messages.send(new ShortMessage("spam:" + phone, phone, "hai")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(gateway.receivedBy(asSent)).isEmpty();
    }

    @Test
    void aMessageWithoutKeyIsRejected() {
        assertThatThrownBy(() -> messages.send(new ShortMessage(" ", phone, "hai")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
    }

    private long sentRows(String key) {
        return jdbc.sql("select count(*) from sent_message where message_key = :k").param("k", key).query(Long.class).single();
    }

    private void override(Map<String, Object> values) {
        environment.getPropertySources().addFirst(new MapPropertySource(OVERRIDE, values));
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
