package id.arus.network.internal;

import id.arus.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * IPv4 address ranges as staff type them for a pool: {@code 10.20.0.0/24} (the network and broadcast
 * addresses are left out, as no host may use them) or {@code 10.20.0.10-10.20.0.200}, several separated by
 * commas. Addresses are handled as numbers, so overlap and "lowest free" are integer comparisons.
 */
public final class Ipv4Ranges {

    /** The largest pool accepted: a /16. Bigger pools are a typing mistake, and assigning walks the pool. */
    public static final long MAX_SIZE = 65_536;

    /** One range, both ends included. */
    public record Range(long first, long last) {

        public long size() {
            return last - first + 1;
        }

        public boolean overlaps(Range other) {
            return first <= other.last && other.first <= last;
        }

        public boolean contains(long address) {
            return address >= first && address <= last;
        }

        @Override
        public String toString() {
            return first == last ? format(first) : format(first) + "-" + format(last);
        }
    }

    private Ipv4Ranges() {
    }

    /**
     * Parses the ranges of a pool, sorted by first address.
     *
     * @throws InvalidInputException on field {@code ranges} when a range is malformed, empty, too big or
     *                               two of them overlap
     */
    public static List<Range> parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("ranges", "pools.ranges.required");
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String item = part.trim();
            if (item.isEmpty()) {
                continue;
            }
            ranges.add(range(item));
        }
        if (ranges.isEmpty()) {
            throw InvalidInputException.of("ranges", "pools.ranges.required");
        }
        ranges.sort(Comparator.comparingLong(Range::first));
        long total = 0;
        for (int i = 0; i < ranges.size(); i++) {
            if (i > 0 && ranges.get(i).overlaps(ranges.get(i - 1))) {
                throw InvalidInputException.of("ranges", "pools.ranges.overlapEachOther");
            }
            total += ranges.get(i).size();
        }
        if (total > MAX_SIZE) {
            throw InvalidInputException.of("ranges", "pools.ranges.tooBig");
        }
        return List.copyOf(ranges);
    }

    /** The ranges written back in the normal form, e.g. {@code 10.20.0.1-10.20.0.254}. */
    public static String format(List<Range> ranges) {
        return String.join(",", ranges.stream().map(Range::toString).toList());
    }

    private static Range range(String item) {
        int slash = item.indexOf('/');
        int dash = item.indexOf('-');
        if (slash > 0) {
            long base = parseAddress(item.substring(0, slash).trim(), "ranges");
            int bits;
            try {
                bits = Integer.parseInt(item.substring(slash + 1).trim());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("ranges", "pools.ranges.invalid");
            }
            if (bits < 16 || bits > 32) {
                throw InvalidInputException.of("ranges", bits < 16 ? "pools.ranges.tooBig" : "pools.ranges.invalid");
            }
            long mask = (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
            long network = base & mask;
            long broadcast = network | (~mask & 0xFFFFFFFFL);
            if (bits >= 31) {
                // /31 and /32 have no network or broadcast address to leave out (RFC 3021).
                return new Range(network, broadcast);
            }
            return new Range(network + 1, broadcast - 1);
        }
        if (dash > 0) {
            long first = parseAddress(item.substring(0, dash).trim(), "ranges");
            long last = parseAddress(item.substring(dash + 1).trim(), "ranges");
            if (last < first) {
                throw InvalidInputException.of("ranges", "pools.ranges.backwards");
            }
            return new Range(first, last);
        }
        long single = parseAddress(item, "ranges");
        return new Range(single, single);
    }

    /**
     * A dotted IPv4 address as a number.
     *
     * @throws InvalidInputException on the given field when it is not one
     */
    public static long parseAddress(String text, String field) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\.", -1);
        if (parts.length != 4) {
            throw InvalidInputException.of(field, "pools.address.invalid");
        }
        long value = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
                throw InvalidInputException.of(field, "pools.address.invalid");
            }
            int octet = Integer.parseInt(part);
            if (octet > 255) {
                throw InvalidInputException.of(field, "pools.address.invalid");
            }
            value = (value << 8) | octet;
        }
        return value;
    }

    public static String format(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);
    }
}
