package id.arus.catalog;

/**
 * Renders a plan's speeds as a RouterOS {@code rate-limit} string, the syntax PPP profiles, hotspot user
 * profiles and RADIUS {@code Mikrotik-Rate-Limit} share:
 * {@code rx/tx [rx-burst/tx-burst [rx-threshold/tx-threshold [rx-time/tx-time [priority [rx-min/tx-min]]]]]}.
 * RouterOS writes it from the router's side, so rx is what the client uploads and tx what it downloads:
 * every pair here is upload first.
 */
public final class RateLimits {

    /** The lowest priority, RouterOS's default for a queue; Arus does not rank plans against each other. */
    static final int PRIORITY = 8;

    private RateLimits() {
    }

    static String render(Plan plan) {
        return render(plan.downloadKbps(), plan.uploadKbps(), plan.burst());
    }

    /**
     * The rate limit for these speeds. Burst fields are taken as a whole: the burst rate, threshold and time
     * appear when a burst rate is set; the limit-at (guaranteed) pair goes last and, because the syntax is
     * positional, needs the burst positions before it: without a burst they are written as {@code 0/0},
     * which is how RouterOS itself shows a queue without burst.
     */
    public static String render(long downloadKbps, long uploadKbps, Burst burst) {
        StringBuilder limit = new StringBuilder(pair(uploadKbps, downloadKbps));
        boolean bursts = burst != null && burst.burstDownKbps() != null && burst.burstUpKbps() != null;
        boolean guarantees = burst != null && burst.limitAtDownKbps() != null && burst.limitAtUpKbps() != null;
        if (!bursts && !guarantees) {
            return limit.toString();
        }
        if (bursts) {
            int seconds = burst.burstTimeSeconds() == null ? 1 : burst.burstTimeSeconds();
            limit.append(' ').append(pair(burst.burstUpKbps(), burst.burstDownKbps()))
                    .append(' ').append(pair(orRate(burst.thresholdUpKbps(), uploadKbps), orRate(burst.thresholdDownKbps(), downloadKbps)))
                    .append(' ').append(seconds).append('/').append(seconds);
        } else {
            limit.append(" 0/0 0/0 0/0");
        }
        limit.append(' ').append(PRIORITY);
        if (guarantees) {
            limit.append(' ').append(pair(burst.limitAtUpKbps(), burst.limitAtDownKbps()));
        }
        return limit.toString();
    }

    /** A speed in kbit/s as RouterOS writes it: {@code 20M} for 20000, {@code 512k}, {@code 1500k}. */
    public static String speed(long kbps) {
        if (kbps == 0) {
            return "0";
        }
        return kbps % 1000 == 0 ? (kbps / 1000) + "M" : kbps + "k";
    }

    private static String pair(long upKbps, long downKbps) {
        return speed(upKbps) + "/" + speed(downKbps);
    }

    /** RouterOS takes the rate as threshold when none is given; Arus writes it out so the string says it. */
    private static long orRate(Long threshold, long rate) {
        return threshold == null ? rate : threshold;
    }
}
