package id.arus.network.routeros;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WordCodecTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "0x00,       00",
            "0x01,       01",
            "0x7F,       7F",
            "0x80,       8080",
            "0x3FFF,     BFFF",
            "0x4000,     C04000",
            "0x1FFFFF,   DFFFFF",
            "0x200000,   E0200000",
            "0xFFFFFFF,  EFFFFFFF",
            "0x10000000, F010000000",
            "0xFFFFFFFF, F0FFFFFFFF"})
    void encodesAndDecodesTheLengthPrefixOfEveryClass(String length, String hex) throws Exception {
        long value = Long.decode(length);
        byte[] expected = hex(hex);

        assertThat(WordCodec.encodeLength(value)).containsExactly(expected);
        assertThat(WordCodec.readLength(new ByteArrayInputStream(expected))).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 0x7F, 0x80, 0x3FFF, 0x4000, 0x1FFFFF, 0x200000, 3 * 1024 * 1024})
    void roundTripsRealWordsAtEveryBoundaryUpToThreeMegabytes(int length) throws Exception {
        byte[] word = new byte[length];
        for (int i = 0; i < length; i++) {
            word[i] = (byte) (i * 31 + 7);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WordCodec.writeWord(out, word);
        int prefix = WordCodec.encodeLength(length).length;
        assertThat(out.size()).isEqualTo(prefix + length);

        byte[] read = WordCodec.readWord(new ByteArrayInputStream(out.toByteArray()));
        assertThat(Arrays.equals(read, word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0xF8, 0xF9, 0xFE, 0xFF, 0xF1})
    void rejectsReservedFirstLengthBytes(int first) {
        assertThatThrownBy(() -> WordCodec.readLength(new ByteArrayInputStream(new byte[] {(byte) first, 0, 0, 0, 0})))
                .isInstanceOf(RouterOsProtocolException.class)
                .hasMessageContaining("reserved");
    }

    @Test
    void rejectsLengthsOutsideTheProtocol() {
        assertThatThrownBy(() -> WordCodec.encodeLength(0x1_0000_0000L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WordCodec.encodeLength(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnAnnouncedWordLargerThanTheReadLimitWithoutAllocatingIt() {
        byte[] huge = WordCodec.encodeLength(0x7000_0000L);
        assertThatThrownBy(() -> WordCodec.readWord(new ByteArrayInputStream(huge)))
                .isInstanceOf(RouterOsProtocolException.class)
                .hasMessageContaining("exceeds");
    }

    @Test
    void carriesOddValuesIntact() throws Exception {
        List<String> words = List.of(
                "/ppp/secret/add",
                "=password=it's \"quoted\" = with spaces",
                "=comment=line one\nline two\r\n\ttabbed",
                "=name=budi=santoso==",
                "=comment=Ĝǿđ ñàmé – 日本語 😀",
                "=comment=",
                "?name=x y");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WordCodec.writeSentence(out, words);

        List<String> read = WordCodec.readSentence(new ByteArrayInputStream(out.toByteArray()));

        assertThat(read).containsExactlyElementsOf(words);
        Sentence sentence = new Sentence(read);
        assertThat(sentence.attributes())
                .containsEntry("password", "it's \"quoted\" = with spaces")
                .containsEntry("name", "budi=santoso==")
                .containsEntry("comment", "");
    }

    @Test
    void countsBytesNotCharactersForNonAsciiWords() throws Exception {
        String word = "=comment=" + "é".repeat(100); // 200 bytes of UTF-8, 100 chars: needs 2 length bytes
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WordCodec.writeWord(out, word);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).hasSize(2 + word.getBytes(StandardCharsets.UTF_8).length);
        assertThat(new String(WordCodec.readWord(new ByteArrayInputStream(bytes)), StandardCharsets.UTF_8))
                .isEqualTo(word);
    }

    @Test
    void readsSeveralSentencesFromOneStreamAndEndsCleanly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WordCodec.writeSentence(out, List.of("!re", "=name=a", ".tag=1"));
        WordCodec.writeSentence(out, List.of("!done", ".tag=1"));
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());

        assertThat(WordCodec.readSentence(in)).containsExactly("!re", "=name=a", ".tag=1");
        assertThat(WordCodec.readSentence(in)).containsExactly("!done", ".tag=1");
        assertThatThrownBy(() -> WordCodec.readSentence(in)).isInstanceOf(EOFException.class);
    }

    @Test
    void aStreamEndingInsideAWordOrSentenceIsAProtocolError() {
        byte[] cut = {0x05, 'a', 'b'};
        assertThatThrownBy(() -> WordCodec.readSentence(new ByteArrayInputStream(cut)))
                .isInstanceOf(RouterOsProtocolException.class);
        byte[] noTerminator = {0x01, 'a'};
        assertThatThrownBy(() -> WordCodec.readSentence(new ByteArrayInputStream(noTerminator)))
                .isInstanceOf(RouterOsProtocolException.class);
    }

    @Test
    void refusesAnEmptyWordInsideASentence() {
        assertThatThrownBy(() -> WordCodec.encodeSentence(List.of("/x", "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsAttributesAtTheSecondEqualsSignOnly() {
        assertThat(Sentence.splitAttribute("=comment=a=b=c")).containsExactly("comment", "a=b=c");
        assertThat(Sentence.splitAttribute("=.id=*1A")).containsExactly(".id", "*1A");
        assertThat(Sentence.splitAttribute("=comment=")).containsExactly("comment", "");
        assertThat(Sentence.splitAttribute("=flag")).containsExactly("flag", "");
        assertThat(Sentence.of("!re", "=name=x", ".tag=42", "=x==").tag()).isEqualTo("42");
        assertThat(Sentence.of("!re", "=name=x", ".tag=42", "=x==").attributes())
                .containsExactly(java.util.Map.entry("name", "x"), java.util.Map.entry("x", "="));
    }

    @Test
    void buildsTypedCommands() {
        Command command = Command.of("/ppp/secret/print").proplist("name", ".id").query("?name=x", "?disabled=false");
        assertThat(command.words())
                .containsExactly("/ppp/secret/print", "=.proplist=name,.id", "?name=x", "?disabled=false");
        Command add = Command.of("/ppp/secret/add").with("name", "a b").with("password", "p=w\"'\n");
        assertThat(add.words()).containsExactly("/ppp/secret/add", "=name=a b", "=password=p=w\"'\n");
        assertThat(add.toString()).doesNotContain("p=w");
        assertThatThrownBy(() -> Command.of("ppp secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Command.of("/x").query("name=x")).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }
}
