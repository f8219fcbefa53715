package id.arus.network;

import java.time.Instant;

/**
 * Published (as a Spring application event, with the status row's transaction) when the status Arus
 * records for a router changes: a router going down, coming back, or refusing Arus's login.
 *
 * @param previous the status recorded before; null for a router's first recorded status
 * @param detail   the router's message or the reason it could not be reached; null when online
 */
public record NasStatusChanged(long nasId, String nasName, NasStatus previous, NasStatus current, String detail,
                               Instant at) {

    /** The router went from online (or unknown) to anything else. */
    public boolean wentDown() {
        return current != NasStatus.ONLINE && (previous == null || previous == NasStatus.ONLINE);
    }

    /** The router is answering again after it was not. */
    public boolean cameBack() {
        return current == NasStatus.ONLINE && previous != null && previous != NasStatus.ONLINE;
    }
}
