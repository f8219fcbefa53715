package id.arus.network.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * One live session's byte counters as a router reported them (or as the previous sample stored them).
 *
 * @param sessionRef the router's id of the session ({@code session-id} for PPP, {@code .id} for hotspot)
 * @param startedAt  when the session began: the sample's time less the router's uptime of the session
 * @param rxBytes    received from the subscriber since the session began (their upload)
 * @param txBytes    sent to the subscriber since the session began (their download)
 */
record SessionCounter(String name, String sessionRef, Instant startedAt, long rxBytes, long txBytes) {

    /**
     * Uptime comes in whole seconds and the sample's clock is Arus's, so one session's start time moves a
     * little between samples; a start further off than this is another session under a reused id.
     */
    static final Duration SAME_START = Duration.ofMinutes(2);

    /**
     * The bytes this reading adds to what {@code before} already counted, as {rx, tx}. Of the same session:
     * the counters' growth (a wrap or reset handled as for interface rates). Of a session not counted
     * before: everything it counted if it began at or after {@code countNewFrom}, nothing otherwise (it is
     * then counted from this reading on, for Arus cannot tell which of its earlier bytes belong to which day).
     *
     * @param countNewFrom see {@link #countNewFrom}
     */
    long[] growthSince(SessionCounter before, Instant countNewFrom) {
        if (before != null && sameSession(before)) {
            return new long[] {TrafficRates.bytesBetween(before.rxBytes, rxBytes), TrafficRates.bytesBetween(before.txBytes, txBytes)};
        }
        return startedAt.isBefore(countNewFrom) ? new long[] {0, 0} : new long[] {rxBytes, txBytes};
    }

    /**
     * From when a session not counted before is counted from its start: one that began today, or after the
     * router's previous sample round (no byte of it can have been counted then; this covers the hours Arus
     * was stopped, whose bytes it adds to the day it sees them on).
     *
     * @param previousRound the router's previous sample round, null if it was never sampled
     */
    static Instant countNewFrom(Instant previousRound, Instant startOfToday) {
        if (previousRound == null) {
            return startOfToday;
        }
        Instant afterPrevious = previousRound.minus(SAME_START);
        return afterPrevious.isBefore(startOfToday) ? afterPrevious : startOfToday;
    }

    boolean sameSession(SessionCounter other) {
        return sessionRef.equals(other.sessionRef)
                && Duration.between(startedAt, other.startedAt).abs().compareTo(SAME_START) <= 0;
    }
}
