package id.arus.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What changed between two snapshots of a router, per menu: entries added, removed and changed field by
 * field. Passwords are compared but never shown: a changed one reads {@code password: (changed)}.
 *
 * @param menus only the menus with a difference, in snapshot order
 */
public record BackupDiff(long nasId, int fromVersion, int toVersion, List<MenuDiff> menus) {

    /** Fields whose values must not appear in a diff a technician may read. */
    private static final String PASSWORD = "password";

    public record MenuDiff(String menu, List<String> added, List<String> removed, List<FieldChange> changed) {
    }

    /** One field of one entry; {@code before}/{@code after} null when the field was unset. */
    public record FieldChange(String entry, String field, String before, String after) {

        @Override
        public String toString() {
            if (PASSWORD.equals(field)) {
                return entry + ": password (changed)";
            }
            return entry + ": " + field + " " + show(before) + " -> " + show(after);
        }

        private static String show(String value) {
            return value == null ? "(unset)" : "'" + value + "'";
        }
    }

    public boolean isEmpty() {
        return menus.isEmpty();
    }

    /** One line per difference, e.g. {@code /ppp/secret ~ ana: profile 'paket-10m' -> 'paket-20m'}. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (MenuDiff m : menus) {
            m.added().forEach(e -> lines.add(m.menu() + " + " + e));
            m.removed().forEach(e -> lines.add(m.menu() + " - " + e));
            m.changed().forEach(c -> lines.add(m.menu() + " ~ " + c));
        }
        return lines;
    }

    /**
     * Compares two snapshot contents (menu path to rows, passwords in plain text as they are compared in
     * memory only). Entries are matched by {@link #keyOf}, not by RouterOS's {@code .id}, which a router
     * renumbers after a restore or reset.
     */
    public static BackupDiff between(long nasId, int fromVersion, Map<String, List<Map<String, String>>> from,
                                     int toVersion, Map<String, List<Map<String, String>>> to) {
        List<String> menuOrder = new ArrayList<>(from.keySet());
        to.keySet().stream().filter(m -> !from.containsKey(m)).forEach(menuOrder::add);
        List<MenuDiff> menus = new ArrayList<>();
        for (String menu : menuOrder) {
            Map<String, Map<String, String>> before = byKey(menu, from.getOrDefault(menu, List.of()));
            Map<String, Map<String, String>> after = byKey(menu, to.getOrDefault(menu, List.of()));
            List<String> added = new ArrayList<>();
            List<String> removed = new ArrayList<>();
            List<FieldChange> changed = new ArrayList<>();
            for (var entry : after.entrySet()) {
                Map<String, String> old = before.get(entry.getKey());
                if (old == null) {
                    added.add(entry.getKey());
                    continue;
                }
                TreeSet<String> fields = new TreeSet<>(old.keySet());
                fields.addAll(entry.getValue().keySet());
                for (String field : fields) {
                    String was = old.get(field);
                    String is = entry.getValue().get(field);
                    if (!Objects.equals(was, is)) {
                        boolean secret = PASSWORD.equals(field);
                        changed.add(new FieldChange(entry.getKey(), field, secret ? null : was, secret ? null : is));
                    }
                }
            }
            before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(removed::add);
            if (!added.isEmpty() || !removed.isEmpty() || !changed.isEmpty()) {
                menus.add(new MenuDiff(menu, added, removed, changed));
            }
        }
        return new BackupDiff(nasId, fromVersion, toVersion, menus);
    }

    /**
     * How an entry is named across snapshots: an address by its address, the identity as a single entry,
     * an address-list entry by its list and address, everything else by its name.
     */
    static String keyOf(String menu, Map<String, String> row) {
        return switch (menu) {
            case "/system/identity" -> "identity";
            case "/ip/address" -> Objects.toString(row.get("address"));
            case "/ip/firewall/address-list" -> row.get("list") + " " + row.get("address");
            case RouterBackups.CARRIED -> row.get("kind") + " " + row.get("name");
            default -> Objects.toString(row.get("name"));
        };
    }

    private static Map<String, Map<String, String>> byKey(String menu, List<Map<String, String>> rows) {
        Map<String, Map<String, String>> map = new TreeMap<>();
        for (Map<String, String> row : rows) {
            map.put(keyOf(menu, row), new LinkedHashMap<>(row));
        }
        return map;
    }
}
