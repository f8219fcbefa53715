package id.arus.network.internal;

import id.arus.network.PppUser;
import id.arus.network.routeros.Command;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The difference between the PPP secrets Arus wants on a router and those it has, as the fewest RouterOS
 * commands that close it. A pure function, so it is tested without a router.
 *
 * <p>Only entries whose comment starts with {@link #MARKER} are Arus's: the rest were made by someone
 * else on the router and are never changed or removed, only reported. A desired name that an unmanaged
 * entry already holds is a conflict: adding it would fail and taking the entry over silently could
 * overwrite an engineer's work, so it is reported for staff to decide.
 *
 * <p>The commands are independent of each other (one per secret, keyed by the router's {@code .id}), so
 * they may be pipelined and complete in any order.
 */
public final class SecretDiff {

    /** Prefix of the comment of every secret Arus manages. */
    public static final String MARKER = "arus:";

    /** What the reconciler reads of /ppp/secret: just what it compares, never the whole record. */
    public static final String[] PROPLIST = {".id", "name", "password", "profile", "service", "remote-address", "disabled", "comment"};

    /** RouterOS defaults, so a desired null and the router's default compare equal (no needless set). */
    static final String DEFAULT_PROFILE = "default";
    static final String DEFAULT_SERVICE = "any";

    private SecretDiff() {
    }

    /**
     * @param adds       secrets the router lacks
     * @param changes    {@code set}/{@code unset} of only the fields that differ
     * @param removes    managed secrets no longer desired
     * @param kick       names whose live session must end for the change to take effect
     * @param unmanaged  names on the router without the marker, left alone
     * @param conflicts  desired names held by an unmanaged entry, not touched
     */
    public record Plan(List<Command> adds, List<Command> changes, List<Command> removes, Set<String> kick,
                       List<String> unmanaged, List<String> conflicts, int changedSecrets) {

        /** Every command that changes the router; empty when it already matches. */
        public List<Command> commands() {
            List<Command> all = new ArrayList<>(adds.size() + changes.size() + removes.size());
            all.addAll(adds);
            all.addAll(changes);
            all.addAll(removes);
            return all;
        }
    }

    /** The comment a managed secret carries on the router: the marker, then the desired comment. */
    public static String routerComment(String comment) {
        if (comment == null || comment.isEmpty()) {
            return MARKER;
        }
        return comment.startsWith(MARKER) ? comment : MARKER + comment;
    }

    public static boolean managed(Map<String, String> row) {
        String comment = row.get("comment");
        return comment != null && comment.startsWith(MARKER);
    }

    public static Plan plan(Collection<PppUser> desired, List<Map<String, String>> actual) {
        Map<String, Map<String, String>> byName = new HashMap<>(actual.size() * 2);
        for (Map<String, String> row : actual) {
            byName.put(row.get("name"), row);
        }
        List<Command> adds = new ArrayList<>();
        List<Command> changes = new ArrayList<>();
        List<Command> removes = new ArrayList<>();
        Set<String> kick = new LinkedHashSet<>();
        List<String> unmanaged = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        Set<String> wanted = new LinkedHashSet<>();
        int changedSecrets = 0;

        for (PppUser secret : desired) {
            wanted.add(secret.name());
            Map<String, String> row = byName.get(secret.name());
            if (row == null) {
                adds.add(add(secret));
            } else if (!managed(row)) {
                conflicts.add(secret.name());
            } else {
                int before = changes.size();
                diff(secret, row, changes, kick);
                if (changes.size() > before) {
                    changedSecrets++;
                }
            }
        }
        for (Map<String, String> row : actual) {
            String name = row.get("name");
            if (!managed(row)) {
                unmanaged.add(name);
            } else if (!wanted.contains(name)) {
                removes.add(Command.of("/ppp/secret/remove").with(".id", row.get(".id")));
                kick.add(name);
            }
        }
        return new Plan(adds, changes, removes, kick, unmanaged, conflicts, changedSecrets);
    }

    private static Command add(PppUser secret) {
        Command add = Command.of("/ppp/secret/add")
                .with("name", secret.name())
                .with("password", nullToEmpty(secret.password()))
                .with("profile", profile(secret))
                .with("service", service(secret))
                .with("disabled", secret.disabled() ? "yes" : "no")
                .with("comment", routerComment(secret.comment()));
        return blank(secret.remoteAddress()) ? add : add.with("remote-address", secret.remoteAddress());
    }

    /** Appends at most one set and one unset for the secret, carrying only the fields that differ. */
    private static void diff(PppUser secret, Map<String, String> row, List<Command> changes, Set<String> kick) {
        String id = row.get(".id");
        Command set = Command.of("/ppp/secret/set").with(".id", id);
        boolean any = false;
        // A live session keeps its old credentials, profile (rate limit) and address until it redials.
        boolean sessionStale = false;
        if (!nullToEmpty(secret.password()).equals(nullToEmpty(row.get("password")))) {
            set = set.with("password", nullToEmpty(secret.password()));
            any = sessionStale = true;
        }
        if (!profile(secret).equals(orDefault(row.get("profile"), DEFAULT_PROFILE))) {
            set = set.with("profile", profile(secret));
            any = sessionStale = true;
        }
        if (!service(secret).equals(orDefault(row.get("service"), DEFAULT_SERVICE))) {
            set = set.with("service", service(secret));
            any = sessionStale = true;
        }
        boolean routerDisabled = yes(row.get("disabled"));
        if (secret.disabled() != routerDisabled) {
            set = set.with("disabled", secret.disabled() ? "yes" : "no");
            any = true;
            sessionStale |= secret.disabled();
        }
        String comment = routerComment(secret.comment());
        if (!comment.equals(row.get("comment"))) {
            set = set.with("comment", comment);
            any = true;
        }
        boolean unsetAddress = false;
        if (blank(secret.remoteAddress())) {
            unsetAddress = !blank(row.get("remote-address"));
        } else if (!secret.remoteAddress().equals(row.get("remote-address"))) {
            set = set.with("remote-address", secret.remoteAddress());
            any = true;
        }
        if (any) {
            changes.add(set);
        }
        if (unsetAddress) {
            // An empty value is not "no address" to RouterOS; the field must be unset.
            changes.add(Command.of("/ppp/secret/unset").with("numbers", id).with("value-name", "remote-address"));
            sessionStale = true;
        }
        if (sessionStale) {
            kick.add(secret.name());
        }
    }

    private static String profile(PppUser secret) {
        return orDefault(secret.profile(), DEFAULT_PROFILE);
    }

    private static String service(PppUser secret) {
        return orDefault(secret.service(), DEFAULT_SERVICE);
    }

    /** RouterOS prints booleans as true/false (API) but accepts and older tools show yes/no. */
    static boolean yes(String value) {
        return "true".equals(value) || "yes".equals(value);
    }

    private static String orDefault(String value, String fallback) {
        return blank(value) ? fallback : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }

    private static String nullToEmpty(String value) {
        return Objects.requireNonNullElse(value, "");
    }
}
