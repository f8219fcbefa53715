package id.arus.network;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * How a router differs from the {@link DesiredState} right now, per managed menu, read without changing
 * anything, and how its last reconcile went. Passwords never appear: a changed password shows only as
 * the field name.
 *
 * @param kinds         one entry per managed menu, in reconcile order (empty when the router could not be read)
 * @param lastReconcile the last reconcile of the NAS, or null if it never ran
 * @param error         why the router could not be read, or null
 * @param status        {@link NasStatus#ONLINE} when read; otherwise why not (unreachable, login refused, error)
 */
public record DriftReport(long nasId, String nasName, Instant checkedAt, List<KindDrift> kinds,
                          ReconcileReport.Summary lastReconcile, String error, NasStatus status) {

    public DriftReport {
        kinds = List.copyOf(kinds);
    }

    /**
     * What differs in one menu.
     *
     * @param toAdd     desired keys the router lacks
     * @param toChange  managed entries with attributes that differ
     * @param toRemove  managed entries on the router that are no longer desired
     * @param unmanaged keys on the router without Arus's marker; a reconcile leaves them alone
     * @param conflicts desired keys held by an unmanaged entry; a reconcile does not touch them
     */
    public record KindDrift(DesiredKind kind, List<String> toAdd, List<Change> toChange, List<String> toRemove,
                            List<String> unmanaged, List<String> conflicts) {

        public KindDrift {
            toAdd = List.copyOf(toAdd);
            toChange = List.copyOf(toChange);
            toRemove = List.copyOf(toRemove);
            unmanaged = List.copyOf(unmanaged);
            conflicts = List.copyOf(conflicts);
        }

        public int differences() {
            return toAdd.size() + toChange.size() + toRemove.size() + conflicts.size();
        }
    }

    /** One managed entry whose attributes differ, with the RouterOS names of those attributes. */
    public record Change(String name, List<String> fields) {

        public Change {
            fields = List.copyOf(fields);
        }
    }

    /** The drift of one menu (all lists empty when the router could not be read). */
    public KindDrift kind(DesiredKind kind) {
        return kinds.stream().filter(k -> k.kind() == kind).findFirst()
                .orElse(new KindDrift(kind, List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    /** Keys to add over every menu. */
    public List<String> toAdd() {
        return all(KindDrift::toAdd);
    }

    public List<Change> toChange() {
        return all(KindDrift::toChange);
    }

    public List<String> toRemove() {
        return all(KindDrift::toRemove);
    }

    public List<String> unmanaged() {
        return all(KindDrift::unmanaged);
    }

    public List<String> conflicts() {
        return all(KindDrift::conflicts);
    }

    /** What a reconcile would change or could not resolve; unmanaged entries are not differences. */
    public int differences() {
        return kinds.stream().mapToInt(KindDrift::differences).sum();
    }

    /** The router was read and matches the desired state. */
    public boolean inSync() {
        return error == null && differences() == 0;
    }

    /** The router could not be reached (worth retrying later). */
    public boolean unreachable() {
        return status == NasStatus.UNREACHABLE;
    }

    /** The router refused Arus's user name or password: retrying will not help until someone fixes the NAS. */
    public boolean loginRefused() {
        return status == NasStatus.LOGIN_REFUSED;
    }

    private <T> List<T> all(Function<KindDrift, List<T>> part) {
        return kinds.stream().flatMap(k -> part.apply(k).stream()).toList();
    }
}
