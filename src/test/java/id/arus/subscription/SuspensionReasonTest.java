package id.arus.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuspensionReasonTest {

    @Test
    void showsTheReasonsLabelFollowedByTheNote() {
        assertThat(SuspensionReason.readable("NON_PAYMENT (Tagihan INV-2026-11-000045 belum dibayar)", r -> "Belum bayar"))
                .isEqualTo("Belum bayar (Tagihan INV-2026-11-000045 belum dibayar)");
        assertThat(SuspensionReason.readable("ABUSE", r -> r == SuspensionReason.ABUSE ? "Penyalahgunaan" : "?"))
                .isEqualTo("Penyalahgunaan");
    }

    @Test
    void leavesOtherTextsAlone() {
        assertThat(SuspensionReason.readable("Pelanggan pindah rumah", r -> "?")).isEqualTo("Pelanggan pindah rumah");
        assertThat(SuspensionReason.readable(null, r -> "?")).isNull();
    }
}
