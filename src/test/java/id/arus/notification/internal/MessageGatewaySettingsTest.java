package id.arus.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class MessageGatewaySettingsTest {

    private static MessageGatewaySettings numbers(String format) {
        return new MessageGatewaySettings("https://api.fonnte.com/send", "t", null, null, null, null, null, format, null,
                null, null, null, null, null, null);
    }

    @Test
    void writesTheNumberAsTheGatewayWantsIt() {
        assertThat(numbers("international").number("+62 812-3456-7890")).isEqualTo("6281234567890");
        assertThat(numbers("plus").number("+6281234567890")).isEqualTo("+6281234567890");
        assertThat(numbers("local").number("+6281234567890")).isEqualTo("081234567890");
        // a number stored the local way still reaches the gateway in its format
        assertThat(numbers("international").number("0812-3456-7890")).isEqualTo("6281234567890");
    }

    @Test
    void defaultsFitFonnte() {
        MessageGatewaySettings fonnte = numbers(null);
        assertThat(fonnte.tokenHeader()).isEqualTo("Authorization");
        assertThat(fonnte.format()).isEqualTo("form");
        assertThat(fonnte.targetField()).isEqualTo("target");
        assertThat(fonnte.messageField()).isEqualTo("message");
        assertThat(fonnte.successField()).isEqualTo("status");
        assertThat(fonnte.successValue()).isEqualTo("true");
        assertThat(fonnte.reasonField()).isEqualTo("reason");
    }

    @Test
    void refusesAFormatItCannotWrite() {
        assertThatThrownBy(() -> new MessageGatewaySettings("u", "t", null, null, "xml", null, null, null, null, null, null,
                null, null, null, null)).hasMessageContaining("form or json");
        assertThatThrownBy(() -> numbers("e164")).hasMessageContaining("international, plus or local");
    }

    @Test
    void readsNestedAndArrayFieldsOfTheReply() throws Exception {
        var reply = new ObjectMapper().readTree("{\"status\":true,\"id\":[\"80367170\"],\"data\":{\"message\":{\"id\":\"m-1\"}}}");
        assertThat(GatewayShortMessages.field(reply, "id").asText()).isEqualTo("80367170");
        assertThat(GatewayShortMessages.field(reply, "data.message.id").asText()).isEqualTo("m-1");
        assertThat(GatewayShortMessages.field(reply, "status").asBoolean()).isTrue();
        assertThat(GatewayShortMessages.field(reply, "missing.field")).isNull();
    }

    @Test
    void neitherLogsNorAuditsMoreThanItMust() {
        assertThat(GatewayShortMessages.host("https://console.zenziva.net/wareguler/api/sendWA/?userkey=u&passkey=p"))
                .isEqualTo("https://console.zenziva.net");
        assertThat(GatewayShortMessages.masked("6281234567890")).isEqualTo("6281…890");
    }
}
