package id.arus.network.internal;

import id.arus.network.DesiredKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How Arus manages one RouterOS menu: its key fields, the attributes it owns (with the value RouterOS
 * shows when one is not set), which changes only take effect once the live session is ended, and which
 * attributes are secrets (stored encrypted, never shown). {@link ManagedDiff} works from this description
 * alone, so a new managed menu is one more entry here.
 *
 * @param keyFields   what identifies an entry; name for most menus, (list, address) for address lists
 * @param sessionPath the live-session menu to kick from, or null when the menu has no sessions
 * @param sessionUser the field of a session naming its user
 */
public record ManagedMenu(DesiredKind kind, List<String> keyFields, List<Attribute> attributes, String sessionPath,
                          String sessionUser) {

    /** Every managed entry on a router carries a comment starting with this; nothing else is touched. */
    public static final String MARKER = "arus:";

    /**
     * One attribute Arus owns.
     *
     * @param routerDefault what RouterOS shows when it was never set, or null when it then shows nothing
     *                      (an unwanted value must be unset rather than set to a default)
     * @param endsSession   a live session keeps the old value until it reconnects, so the change kicks it
     * @param flag          a yes/no flag, printed as true/false
     * @param secret        stored encrypted, compared but never shown or audited
     * @param rates         rates and times ({@code 10M/20M}, {@code 8s/8s}) that RouterOS may print in another
     *                      notation ({@code 10000000/20000000}, {@code 8/8}); compared by value
     */
    public record Attribute(String name, String routerDefault, boolean endsSession, boolean flag, boolean secret,
                            boolean rates) {

        static Attribute plain(String name) {
            return new Attribute(name, null, false, false, false, false);
        }

        static Attribute withDefault(String name, String routerDefault) {
            return new Attribute(name, routerDefault, false, false, false, false);
        }

        static Attribute rates(String name, String routerDefault) {
            return new Attribute(name, routerDefault, false, false, false, true);
        }

        Attribute endingSession() {
            return new Attribute(name, routerDefault, true, flag, secret, rates);
        }
    }

    private static final Attribute DISABLED = new Attribute("disabled", "false", false, true, false, false);
    private static final Attribute PASSWORD = new Attribute("password", null, true, false, true, false);

    private static final Map<DesiredKind, ManagedMenu> MENUS = Map.of(
            DesiredKind.PPP_PROFILE, new ManagedMenu(DesiredKind.PPP_PROFILE, List.of("name"), List.of(
                    Attribute.rates("rate-limit", null), Attribute.plain("local-address"), Attribute.plain("remote-address"),
                    // which firewall lists a session is put in: only a new session gets the new lists
                    Attribute.plain("address-list")),
                    null, null),
            DesiredKind.HOTSPOT_PROFILE, new ManagedMenu(DesiredKind.HOTSPOT_PROFILE, List.of("name"), List.of(
                    Attribute.rates("rate-limit", null), Attribute.withDefault("shared-users", "1")), null, null),
            DesiredKind.PPP_SECRET, new ManagedMenu(DesiredKind.PPP_SECRET, List.of("name"), List.of(PASSWORD,
                    Attribute.withDefault("profile", "default").endingSession(),
                    Attribute.withDefault("service", "any").endingSession(),
                    Attribute.plain("remote-address").endingSession(), DISABLED), "/ppp/active", "name"),
            DesiredKind.HOTSPOT_USER, new ManagedMenu(DesiredKind.HOTSPOT_USER, List.of("name"), List.of(PASSWORD,
                    Attribute.withDefault("profile", "default").endingSession(), DISABLED), "/ip/hotspot/active", "user"),
            DesiredKind.SIMPLE_QUEUE, new ManagedMenu(DesiredKind.SIMPLE_QUEUE, List.of("name"), List.of(
                    Attribute.plain("target"), Attribute.rates("max-limit", "0/0"),
                    Attribute.rates("burst-limit", "0/0"), Attribute.rates("burst-threshold", "0/0"),
                    Attribute.rates("burst-time", "0s/0s"), Attribute.rates("limit-at", "0/0")), null, null),
            DesiredKind.ADDRESS_LIST, new ManagedMenu(DesiredKind.ADDRESS_LIST, List.of("list", "address"), List.of(),
                    null, null));

    public static ManagedMenu of(DesiredKind kind) {
        return MENUS.get(kind);
    }

    public String path() {
        return kind.path();
    }

    /** What a reconcile reads: the router's id, the key, the owned attributes, the comment and the default and dynamic flags. */
    public String[] proplist() {
        Set<String> names = new LinkedHashSet<>();
        names.add(".id");
        names.addAll(keyFields);
        attributes.forEach(a -> names.add(a.name()));
        names.add("comment");
        if (kind.isProfile()) {
            names.add("default");
        }
        if (kind == DesiredKind.ADDRESS_LIST) {
            // entries a PPP profile's address-list puts there for a live session, which come and go with it
            names.add("dynamic");
        }
        return names.toArray(String[]::new);
    }

    /** Every field a backup keeps of a managed entry. */
    public List<String> fields() {
        List<String> fields = new ArrayList<>(keyFields);
        attributes.forEach(a -> fields.add(a.name()));
        fields.add("comment");
        return fields;
    }

    /** The entry's key: its key fields joined by a space (list names and addresses hold no spaces). */
    public String key(Map<String, String> entry) {
        if (keyFields.size() == 1) {
            return entry.get(keyFields.get(0));
        }
        List<String> parts = new ArrayList<>(keyFields.size());
        keyFields.forEach(f -> parts.add(String.valueOf(entry.get(f))));
        return String.join(" ", parts);
    }

    public boolean hasSessions() {
        return sessionPath != null;
    }

    /** The comment a managed entry carries on the router: the marker, then the desired comment. */
    public static String routerComment(String comment) {
        if (comment == null || comment.isEmpty()) {
            return MARKER;
        }
        return comment.startsWith(MARKER) ? comment : MARKER + comment;
    }

    /** The desired comment of an entry read from the router: its comment without the marker, or null. */
    public static String desiredComment(String routerComment) {
        if (routerComment == null) {
            return null;
        }
        String comment = routerComment.startsWith(MARKER) ? routerComment.substring(MARKER.length()) : routerComment;
        return comment.isEmpty() ? null : comment;
    }

    public static boolean managed(Map<String, String> row) {
        String comment = row.get("comment");
        return comment != null && comment.startsWith(MARKER);
    }
}
