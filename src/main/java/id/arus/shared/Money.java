package id.arus.shared;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of Indonesian rupiah. IDR has no minor unit in practice, so it is held as whole rupiah
 * in a {@code long} (a {@code bigint} column) and never as a floating point number.
 */
public record Money(long rupiah) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money idr(long rupiah) {
        return new Money(rupiah);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(rupiah, other.rupiah));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(rupiah, other.rupiah));
    }

    public boolean isNegative() {
        return rupiah < 0;
    }

    /** Formats as Indonesians write it, e.g. {@code Rp 150.000}. */
    public String format() {
        NumberFormat grouping = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id-ID"));
        return (rupiah < 0 ? "-Rp " : "Rp ") + grouping.format(Math.abs(rupiah));
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(rupiah, Objects.requireNonNull(other).rupiah);
    }

    @Override
    public String toString() {
        return format();
    }
}
