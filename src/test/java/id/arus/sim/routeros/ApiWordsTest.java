package id.arus.sim.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiWordsTest {

    @ParameterizedTest
    @CsvSource({
        "0, 00",
        "127, 7F",
        "128, 8080",
        "16383, BFFF",
        "16384, C04000",
        "2097151, DFFFFF",
        "2097152, E0200000",
        "268435455, EFFFFFFF",
        "268435456, F010000000",
    })
    void encodesEachLengthClassAtItsBoundaries(long length, String hex) throws IOException {
        byte[] encoded = ApiWords.encodeLength(length);
        assertThat(java.util.HexFormat.of().withUpperCase().formatHex(encoded)).isEqualTo(hex);
        assertThat(ApiWords.readLength(new ByteArrayInputStream(encoded))).isEqualTo(length);
    }

    @Test
    void carriesAnyTextThroughASentence() throws IOException {
        String awkward = "p\"a's=s wörd\nbaris-dua 密码 =x=";
        String longValue = "x".repeat(20_000); // a three-byte length
        List<String> words = List.of("/ppp/secret/add", "=name=budi", "=password=" + awkward, "=comment=", "=note=" + longValue);
        List<String> read = ApiWords.readSentence(new ByteArrayInputStream(ApiWords.encodeSentence(words)));
        assertThat(read).containsExactlyElementsOf(words);
    }

    @Test
    void readsNullAtACleanEndAndFailsInsideASentence() throws IOException {
        assertThat(ApiWords.readSentence(new ByteArrayInputStream(new byte[0]))).isNull();
        byte[] cut = {5, 'a', 'b'};
        assertThatThrownBy(() -> ApiWords.readSentence(new ByteArrayInputStream(cut))).isInstanceOf(EOFException.class);
        byte[] noTerminator = {1, 'a'};
        assertThatThrownBy(() -> ApiWords.readSentence(new ByteArrayInputStream(noTerminator))).isInstanceOf(EOFException.class);
    }

    @Test
    void refusesReservedControlBytes() {
        assertThatThrownBy(() -> ApiWords.readLength(new ByteArrayInputStream(new byte[] {(byte) 0xF8})))
                .isInstanceOf(IOException.class).hasMessageContaining("reserved");
    }

    @Test
    void parsesAttributesWhoseValuesHoldEqualsSigns() {
        ApiCommand command = ApiCommand.parse(List.of("/ppp/secret/set", "=.id=*1", "=password=a=b=", "=comment=", ".tag=7", "?name=x"));
        assertThat(command.attributes()).containsEntry(".id", "*1").containsEntry("password", "a=b=").containsEntry("comment", "");
        assertThat(command.tag()).isEqualTo("7");
        assertThat(command.queries()).containsExactly("?name=x");
        assertThat(command.menuPath()).isEqualTo("/ppp/secret");
        assertThat(command.verb()).isEqualTo("set");
    }
}
