package id.arus.network.internal;

import id.arus.network.DesiredKind;
import id.arus.network.routeros.Command;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The difference between the entries Arus wants in one managed menu of a router and those it has, as the
 * fewest RouterOS commands that close it. A pure function of a {@link ManagedMenu} description, the
 * desired entries and the rows read, so it is tested without a router.
 *
 * <p>Only entries whose comment starts with {@link ManagedMenu#MARKER} are Arus's: the rest were made by
 * someone else and are never changed or removed, only reported as unmanaged (RouterOS's own built-in
 * default profiles are not even reported). A desired key that an unmanaged entry already holds is a
 * conflict: adding it would fail, and taking the entry over could overwrite an engineer's work, so it is
 * left for staff to decide.
 *
 * <p>Commands within one plan are independent of each other (one per entry, keyed by the router's
 * {@code .id}), so they may be pipelined and complete in any order.
 */
public final class ManagedDiff {

    private ManagedDiff() {
    }

    /**
     * @param adds      entries the router lacks
     * @param changes   {@code set}/{@code unset} carrying only the attributes that differ
     * @param removes   managed entries no longer desired
     * @param kick      user names whose live session must end for the change to take effect
     * @param added     keys of the entries added
     * @param changed   per changed entry, the RouterOS names of the attributes that differ (never values)
     * @param removed   keys of the entries removed
     * @param unmanaged keys of entries on the router without the marker, left alone
     * @param conflicts desired keys held by an unmanaged entry, not touched
     */
    public record Plan(DesiredKind kind, List<Command> adds, List<Command> changes, List<Command> removes,
                       Set<String> kick, List<String> added, List<Change> changed, List<String> removed,
                       List<String> unmanaged, List<String> conflicts) {

        /** Every command that changes the router; empty when it already matches. */
        public List<Command> commands() {
            List<Command> all = new ArrayList<>(adds.size() + changes.size() + removes.size());
            all.addAll(adds);
            all.addAll(changes);
            all.addAll(removes);
            return all;
        }

        public boolean isEmpty() {
            return adds.isEmpty() && changes.isEmpty() && removes.isEmpty() && conflicts.isEmpty();
        }
    }

    /** One managed entry whose attributes differ. */
    public record Change(String key, List<String> fields) {
    }

    /**
     * @param desired entries as RouterOS attribute maps: the key fields, the owned attributes (absent or
     *                empty = not set; secrets in plain text) and {@code comment} without the marker.
     *                Keys must be unique.
     * @param actual  rows as read with {@link ManagedMenu#proplist()}
     */
    public static Plan plan(ManagedMenu menu, Collection<Map<String, String>> desired, List<Map<String, String>> actual) {
        Map<String, Map<String, String>> byKey = new HashMap<>(actual.size() * 2);
        for (Map<String, String> row : actual) {
            byKey.put(menu.key(row), row);
        }
        String path = menu.path();
        List<Command> adds = new ArrayList<>();
        List<Command> changes = new ArrayList<>();
        List<Command> removes = new ArrayList<>();
        Set<String> kick = new LinkedHashSet<>();
        List<String> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> unmanaged = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        Set<String> wanted = new LinkedHashSet<>();

        for (Map<String, String> entry : desired) {
            String key = menu.key(entry);
            wanted.add(key);
            Map<String, String> row = byKey.get(key);
            if (row == null) {
                adds.add(add(menu, entry));
                added.add(key);
            } else if (!ManagedMenu.managed(row)) {
                conflicts.add(key);
            } else {
                List<String> fields = diff(menu, entry, row, changes, kick);
                if (!fields.isEmpty()) {
                    changed.add(new Change(key, List.copyOf(fields)));
                }
            }
        }
        for (Map<String, String> row : actual) {
            String key = menu.key(row);
            if (!ManagedMenu.managed(row)) {
                // RouterOS's built-in profiles and the dynamic entries of live sessions are nobody's work
                if (!yes(row.get("default")) && !yes(row.get("dynamic"))) {
                    unmanaged.add(key);
                }
            } else if (!wanted.contains(key)) {
                removes.add(Command.of(path + "/remove").with(".id", row.get(".id")));
                removed.add(key);
                if (menu.hasSessions()) {
                    kick.add(key);
                }
            }
        }
        return new Plan(menu.kind(), adds, changes, removes, kick, added, changed, removed, unmanaged, conflicts);
    }

    private static Command add(ManagedMenu menu, Map<String, String> entry) {
        Command add = Command.of(menu.path() + "/add");
        for (String field : menu.keyFields()) {
            add = add.with(field, entry.get(field));
        }
        for (ManagedMenu.Attribute attribute : menu.attributes()) {
            String value = entry.get(attribute.name());
            if (attribute.flag()) {
                add = add.with(attribute.name(), yes(value) ? "yes" : "no");
            } else if (!blank(value)) {
                add = add.with(attribute.name(), value);
            }
        }
        return add.with("comment", ManagedMenu.routerComment(entry.get("comment")));
    }

    /**
     * Appends at most one set per entry, carrying only the attributes that differ, and one unset per attribute to clear.
     *
     * @return the names of the differing attributes
     */
    private static List<String> diff(ManagedMenu menu, Map<String, String> entry, Map<String, String> row,
                                     List<Command> changes, Set<String> kick) {
        String id = row.get(".id");
        Command set = Command.of(menu.path() + "/set").with(".id", id);
        List<String> toSet = new ArrayList<>();
        List<String> toUnset = new ArrayList<>();
        boolean sessionStale = false;
        for (ManagedMenu.Attribute attribute : menu.attributes()) {
            String name = attribute.name();
            String want = entry.get(name);
            String have = row.get(name);
            if (attribute.flag()) {
                boolean wanted = yes(want);
                if (wanted != yes(orDefault(have, attribute.routerDefault()))) {
                    set = set.with(name, wanted ? "yes" : "no");
                    toSet.add(name);
                    // Disabling ends the session; enabling lets the client dial in on its own.
                    sessionStale |= wanted;
                }
                continue;
            }
            if (blank(want) && attribute.routerDefault() == null) {
                if (!blank(have)) {
                    // An empty value is not "nothing" to RouterOS; the attribute must be unset.
                    toUnset.add(name);
                    sessionStale |= attribute.endsSession();
                }
                continue;
            }
            String target = blank(want) ? attribute.routerDefault() : want;
            String current = attribute.routerDefault() == null ? Objects.requireNonNullElse(have, "") : orDefault(have, attribute.routerDefault());
            if (!same(attribute, target, current)) {
                set = set.with(name, target);
                toSet.add(name);
                sessionStale |= attribute.endsSession();
            }
        }
        String comment = ManagedMenu.routerComment(entry.get("comment"));
        if (!comment.equals(row.get("comment"))) {
            set = set.with("comment", comment);
            toSet.add("comment");
        }
        if (!toSet.isEmpty()) {
            changes.add(set);
        }
        for (String name : toUnset) {
            changes.add(Command.of(menu.path() + "/unset").with("numbers", id).with("value-name", name));
        }
        if (sessionStale && menu.hasSessions()) {
            kick.add(menu.key(entry));
        }
        List<String> fields = new ArrayList<>(toSet);
        fields.addAll(toUnset);
        return fields;
    }

    private static boolean same(ManagedMenu.Attribute attribute, String want, String have) {
        return attribute.rates() ? canonicalRates(want).equals(canonicalRates(have)) : want.equals(have);
    }

    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)([kKMG]?)");
    private static final Pattern SECONDS = Pattern.compile("(\\d+)s");

    /**
     * A rate limit, rate pair or burst time with every number in plain bits (or seconds): {@code 10M/20M 8s}
     * and {@code 10000000/20000000 8} read the same, so a router that prints the other notation is no drift.
     */
    static String canonicalRates(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        StringBuilder token = new StringBuilder();
        for (int i = 0; i <= value.length(); i++) {
            char c = i < value.length() ? value.charAt(i) : ' ';
            if (c == ' ' || c == '/') {
                out.append(canonicalToken(token.toString()));
                if (i < value.length()) {
                    out.append(c);
                }
                token.setLength(0);
            } else {
                token.append(c);
            }
        }
        return out.toString();
    }

    private static String canonicalToken(String token) {
        Matcher seconds = SECONDS.matcher(token);
        if (seconds.matches()) {
            return seconds.group(1);
        }
        Matcher rate = RATE.matcher(token);
        if (!rate.matches()) {
            return token;
        }
        BigDecimal number = new BigDecimal(rate.group(1));
        BigDecimal factor = switch (rate.group(2)) {
            case "k", "K" -> BigDecimal.valueOf(1_000);
            case "M" -> BigDecimal.valueOf(1_000_000);
            case "G" -> BigDecimal.valueOf(1_000_000_000);
            default -> BigDecimal.ONE;
        };
        return number.multiply(factor).stripTrailingZeros().toPlainString();
    }

    /** RouterOS prints flags as true/false (API) but accepts, and older tools show, yes/no. */
    static boolean yes(String value) {
        return "true".equals(value) || "yes".equals(value);
    }

    private static String orDefault(String value, String fallback) {
        return blank(value) ? fallback : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isEmpty();
    }
}
