package id.arus.network;

import java.time.Instant;
import java.util.List;

/**
 * A problem with a router that staff must see and act on. There is at most one open incident per NAS and
 * kind: a failure that repeats updates it (more attempts, a later last failure) instead of adding another.
 *
 * @param attempts   how many reconciles failed this way since the incident opened
 * @param lastError  why the last attempt failed, in the router's words where it gave any
 * @param messages   the router's messages for the commands it refused (each names the command); empty for
 *                   the other kinds
 * @param resolvedBy {@code system:reconcile} when a later reconcile succeeded, else the staff member
 * @param resolution the staff member's note, or why Arus resolved it
 */
public record NetworkIncident(long id, long nasId, String nasName, Kind kind, Status status, Instant firstFailureAt,
                              Instant lastFailureAt, int attempts, String lastError, List<String> messages,
                              Instant resolvedAt, String resolvedBy, String resolution) {

    public NetworkIncident {
        messages = messages == null ? List.of() : List.copyOf(messages);
    }

    public boolean open() {
        return status == Status.OPEN;
    }

    public enum Kind {
        /** The router could not be reached (or answered nonsense) on every automatic attempt. */
        RECONCILE_FAILED,
        /** The router refused Arus's user name or password: retrying will not help until someone fixes it. */
        LOGIN_REFUSED,
        /** The router was reached but refused some commands ({@code !trap}); its messages say why. */
        COMMANDS_REFUSED
    }

    public enum Status {
        OPEN, RESOLVED
    }
}
