package id.arus.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Against the published test vectors (FIPS 180-2 for SHA-512, RFC 4231 case 2 for HMAC-SHA256). */
class DigestsTest {

    @Test
    void sha512OfAbcIsTheStandardsValue() {
        assertThat(Digests.sha512Hex("abc")).isEqualTo("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    }

    @Test
    void hmacSha256IsTheRfcsValue() {
        assertThat(Digests.hmacSha256Hex("Jefe".getBytes(StandardCharsets.UTF_8),
                "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void aReceivedHexMatchesInAnyCaseAndWithBlanksButNotWhenADigitDiffers() {
        assertThat(Digests.sameHex("ab12", " AB12\n")).isTrue();
        assertThat(Digests.sameHex("ab12", "ab13")).isFalse();
        assertThat(Digests.sameHex("ab12", null)).isFalse();
    }
}
