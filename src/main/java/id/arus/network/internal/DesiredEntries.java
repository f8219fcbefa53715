package id.arus.network.internal;

import id.arus.network.AddressListEntry;
import id.arus.network.DesiredKind;
import id.arus.network.HotspotProfile;
import id.arus.network.HotspotUser;
import id.arus.network.PppProfile;
import id.arus.network.PppUser;
import id.arus.network.SimpleQueue;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value records of each managed kind as RouterOS attribute maps (what {@link ManagedDiff} compares and
 * what is stored) and back. A map holds only the attributes that are set; {@code comment} is without the
 * marker.
 */
public final class DesiredEntries {

    private DesiredEntries() {
    }

    public static Map<String, String> of(PppUser s) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "name", s.name());
        put(m, "password", s.password());
        put(m, "profile", s.profile());
        put(m, "service", s.service());
        put(m, "remote-address", s.remoteAddress());
        m.put("disabled", s.disabled() ? "true" : "false");
        put(m, "comment", s.comment());
        return m;
    }

    public static PppUser pppSecret(Map<String, String> m) {
        return new PppUser(m.get("name"), m.get("password"), m.get("profile"), m.get("service"), m.get("remote-address"),
                ManagedDiff.yes(m.get("disabled")), m.get("comment"));
    }

    public static Map<String, String> of(PppProfile p) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "name", p.name());
        put(m, "rate-limit", p.rateLimit());
        put(m, "local-address", p.localAddress());
        put(m, "remote-address", p.remoteAddress());
        put(m, "address-list", p.addressList());
        put(m, "comment", p.comment());
        return m;
    }

    public static PppProfile pppProfile(Map<String, String> m) {
        return new PppProfile(m.get("name"), m.get("rate-limit"), m.get("local-address"), m.get("remote-address"), m.get("comment"),
                m.get("address-list"));
    }

    public static Map<String, String> of(HotspotProfile p) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "name", p.name());
        put(m, "rate-limit", p.rateLimit());
        put(m, "shared-users", p.sharedUsers() == null ? null : String.valueOf(p.sharedUsers()));
        put(m, "comment", p.comment());
        return m;
    }

    public static HotspotProfile hotspotProfile(Map<String, String> m) {
        String shared = m.get("shared-users");
        return new HotspotProfile(m.get("name"), m.get("rate-limit"), shared == null ? null : Integer.valueOf(shared), m.get("comment"));
    }

    public static Map<String, String> of(HotspotUser u) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "name", u.name());
        put(m, "password", u.password());
        put(m, "profile", u.profile());
        m.put("disabled", u.disabled() ? "true" : "false");
        put(m, "comment", u.comment());
        return m;
    }

    public static HotspotUser hotspotUser(Map<String, String> m) {
        return new HotspotUser(m.get("name"), m.get("password"), m.get("profile"), ManagedDiff.yes(m.get("disabled")), m.get("comment"));
    }

    public static Map<String, String> of(SimpleQueue q) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "name", q.name());
        put(m, "target", q.target());
        put(m, "max-limit", q.maxLimit());
        put(m, "burst-limit", q.burstLimit());
        put(m, "burst-threshold", q.burstThreshold());
        put(m, "burst-time", q.burstTime());
        put(m, "limit-at", q.limitAt());
        put(m, "comment", q.comment());
        return m;
    }

    public static SimpleQueue simpleQueue(Map<String, String> m) {
        return new SimpleQueue(m.get("name"), m.get("target"), m.get("max-limit"), m.get("burst-limit"), m.get("burst-threshold"),
                m.get("burst-time"), m.get("limit-at"), m.get("comment"));
    }

    public static Map<String, String> of(AddressListEntry e) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "list", e.list());
        put(m, "address", e.address());
        put(m, "comment", e.comment());
        return m;
    }

    public static AddressListEntry addressListEntry(Map<String, String> m) {
        return new AddressListEntry(m.get("list"), m.get("address"), m.get("comment"));
    }

    /**
     * A row of a managed menu (as a backup or a read of the router holds it) as a desired entry: only the
     * key and owned attributes, the comment without the marker.
     */
    public static Map<String, String> fromRouter(DesiredKind kind, Map<String, String> row) {
        ManagedMenu menu = ManagedMenu.of(kind);
        Map<String, String> m = new LinkedHashMap<>();
        menu.keyFields().forEach(f -> put(m, f, row.get(f)));
        for (ManagedMenu.Attribute attribute : menu.attributes()) {
            String value = row.get(attribute.name());
            // A value equal to RouterOS's default is the same as not set; keeping it out keeps the desired state tidy.
            if (attribute.flag() || value != null && !value.equals(attribute.routerDefault())) {
                put(m, attribute.name(), attribute.flag() ? String.valueOf(ManagedDiff.yes(value)) : value);
            }
        }
        put(m, "comment", ManagedMenu.desiredComment(row.get("comment")));
        return m;
    }

    private static void put(Map<String, String> m, String key, String value) {
        if (value != null && !value.isEmpty()) {
            m.put(key, value);
        }
    }
}
