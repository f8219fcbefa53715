package id.arus.sim.routeros;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Everything one simulated router knows, and the commands that read and change it. One lock guards it
 * all: a real router applies changes one at a time too, and it keeps listen streams and side effects
 * (a PPP client dialling in after its secret is enabled) consistent with what print shows.
 */
final class RouterState {

    private static final Set<String> TABLE_VERBS = Set.of("print", "add", "set", "remove", "unset", "enable", "disable", "listen", "get");
    private static final Set<String> READ_REMOVE_VERBS = Set.of("print", "remove", "listen", "get");
    private static final Set<String> SINGLETON_VERBS = Set.of("print", "set", "get", "listen");
    private static final Set<String> BOOLEAN_FIELDS = Set.of("disabled", "dynamic", "running", "invalid", "radius", "default", "only-one-flag");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("MMM/dd/yyyy HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final RouterOsVersion version;
    private final ScheduledExecutorService scheduler;
    private final SimulatorOptions options;
    private final Map<String, Menu> menus = new LinkedHashMap<>();
    private final Map<String, String> identity = new LinkedHashMap<>();
    private final Instant bootedAt = Instant.now();
    private final Map<String, long[]> counters = new LinkedHashMap<>();
    private long countersAt = System.nanoTime();
    private long sessionSeq = 0x81000001L;
    private long fallbackAddress = 1;
    /**
     * Indexes over /ppp/active, so ten thousand secrets dialling in cost ten thousand lookups, not a
     * hundred million: benchmarks run this simulator in the same JVM whose CPU they measure.
     */
    private final Map<String, String> pppSessionIdByName = new java.util.HashMap<>();
    private final Set<String> pppAddressesInUse = new HashSet<>();
    private final Map<String, Long> poolCursors = new java.util.HashMap<>();
    /** When each live session (keyed by menu path and id) started, so its uptime and counters grow. */
    private final Map<String, Long> sessionStarts = new java.util.HashMap<>();

    RouterState(RouterOsVersion version, String identityName, ScheduledExecutorService scheduler, SimulatorOptions options) {
        this.version = version;
        this.scheduler = scheduler;
        this.options = options;
        identity.put("name", identityName);
        table("/ppp/secret", "secret", List.of("name"), Map.of("service", "any", "profile", "default", "disabled", "false"), TABLE_VERBS);
        table("/ppp/profile", "profile", List.of("name"), Map.of("only-one", "default", "change-tcp-mss", "default", "use-encryption", "default"), TABLE_VERBS);
        table("/ppp/active", "session", List.of(), Map.of(), READ_REMOVE_VERBS);
        table("/ip/hotspot/user", "user", List.of("name"), Map.of("profile", "default", "disabled", "false", "server", "all"), TABLE_VERBS);
        table("/ip/hotspot/user/profile", "profile", List.of("name"), Map.of("shared-users", "1"), TABLE_VERBS);
        table("/ip/hotspot/active", "session", List.of(), Map.of(), union(READ_REMOVE_VERBS, Set.of("login")));
        table("/queue/simple", "queue", List.of("name"), Map.of("max-limit", "0/0", "disabled", "false", "parent", "none"), TABLE_VERBS);
        table("/ip/firewall/address-list", "entry", List.of("list", "address"), Map.of("disabled", "false", "dynamic", "false"), TABLE_VERBS);
        table("/ip/pool", "pool", List.of("name"), Map.of("next-pool", "none"), TABLE_VERBS);
        table("/ip/address", "address", List.of("address", "interface"), Map.of("disabled", "false", "dynamic", "false", "invalid", "false"), TABLE_VERBS);
        table("/interface", "interface", List.of("name"), Map.of(), Set.of("print", "set", "enable", "disable", "listen", "get"));
        table("/file", "file", List.of("name"), Map.of(), READ_REMOVE_VERBS);
        seed();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private void table(String path, String kind, List<String> key, Map<String, String> defaults, Set<String> verbs) {
        menus.put(path, new Menu(path, kind, key, new LinkedHashMap<>(new java.util.TreeMap<>(defaults)), verbs));
    }

    /** What a fresh router has: the built-in profiles (fixed ids, as RouterOS numbers them), ports, one address. */
    private void seed() {
        menus.get("/ppp/profile").insert("*0", Map.of("name", "default", "default", "true"));
        menus.get("/ppp/profile").insert("*FFFFFFFE", Map.of("name", "default-encryption", "use-encryption", "yes", "default", "true"));
        menus.get("/ip/hotspot/user/profile").insert("*0", Map.of("name", "default", "default", "true"));
        Menu interfaces = menus.get("/interface");
        for (int i = 1; i <= 5; i++) {
            String name = "ether" + i;
            interfaces.insert(Map.of("name", name, "type", "ether", "mtu", "1500", "running", i <= 3 ? "true" : "false",
                    "disabled", "false", "dynamic", "false", "rx-byte", "0", "tx-byte", "0", "rx-packet", "0", "tx-packet", "0"));
            counters.put(name, new long[4]);
        }
        menus.get("/ip/address").insert(Map.of("address", "192.168.88.1/24", "network", "192.168.88.0", "interface", "ether2"));
    }

    // ---------------------------------------------------------------- commands

    /**
     * Runs one command and returns its reply sentences, ending with {@code !done}; listen returns
     * nothing here because its replies stream through {@code stream} until cancelled.
     */
    synchronized List<List<String>> execute(ApiCommand command, Consumer<List<String>> stream) {
        String path = command.path();
        if (path.equals("/system/backup/save")) {
            return backup(command);
        }
        if (path.equals("/system/resource/print") || path.equals("/system/identity/print")) {
            Map<String, String> row = path.startsWith("/system/resource") ? resource() : new LinkedHashMap<>(identity);
            return printRows(command, List.of(row));
        }
        if (path.equals("/system/identity/set")) {
            String name = command.attribute("name");
            if (name == null || name.isEmpty()) {
                throw new ApiException(ApiException.ARGUMENT, "value of name must not be empty");
            }
            identity.put("name", name);
            return done();
        }
        Menu menu = menus.get(command.menuPath());
        if (menu == null) {
            throw new ApiException(ApiException.MISSING_ITEM_OR_COMMAND, knownPrefix(path) ? "no such command" : "no such command prefix");
        }
        String verb = command.verb();
        if (!menu.verbs.contains(verb)) {
            throw new ApiException(ApiException.MISSING_ITEM_OR_COMMAND, "no such command");
        }
        return switch (verb) {
            case "print" -> print(menu, command);
            case "add" -> add(menu, command);
            case "set" -> set(menu, command, new LinkedHashMap<>(withoutItemWords(command)));
            case "enable" -> set(menu, command, Map.of("disabled", "false"));
            case "disable" -> set(menu, command, Map.of("disabled", "true"));
            case "unset" -> unset(menu, command);
            case "remove" -> remove(menu, command);
            case "get" -> get(menu, command);
            case "login" -> hotspotLogin(command);
            case "listen" -> {
                menu.listen(stream);
                yield List.of();
            }
            default -> throw new ApiException(ApiException.MISSING_ITEM_OR_COMMAND, "no such command");
        };
    }

    /** Whether some menu lies under the path's directory, so a bad verb and a bad path are told apart. */
    private boolean knownPrefix(String path) {
        String dir = path.substring(0, Math.max(path.lastIndexOf('/'), 0));
        for (String known : menus.keySet()) {
            if (!dir.isEmpty() && (known.startsWith(dir + "/") || known.equals(dir))) {
                return true;
            }
        }
        return dir.equals("/system/backup") || dir.equals("/system/resource") || dir.equals("/system/identity");
    }

    synchronized void stopListening(String menuPath, Consumer<List<String>> stream) {
        Menu menu = menus.get(menuPath);
        if (menu != null) {
            menu.unlisten(stream);
        }
    }

    private List<List<String>> print(Menu menu, ApiCommand command) {
        if (menu.path.equals("/interface")) {
            moveCounters();
        }
        if (menu.path.equals("/ppp/active") || menu.path.equals("/ip/hotspot/active")) {
            ageSessions(menu);
        }
        return printRows(command, menu.records());
    }

    private List<List<String>> printRows(ApiCommand command, List<Map<String, String>> rows) {
        Query query;
        try {
            query = Query.of(command.queries());
        } catch (IllegalArgumentException e) {
            throw new ApiException(ApiException.ARGUMENT, e.getMessage());
        }
        List<Map<String, String>> matching = new ArrayList<>();
        try {
            for (Map<String, String> row : rows) {
                if (query.matches(row)) {
                    matching.add(row);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ApiException(ApiException.ARGUMENT, e.getMessage());
        }
        if (isYes(command.attribute("count-only"))) {
            return List.of(List.of("!done", "=ret=" + matching.size()));
        }
        String proplist = command.attribute(".proplist");
        List<String> wanted = proplist == null ? null : Arrays.asList(proplist.split(","));
        List<List<String>> replies = new ArrayList<>();
        for (Map<String, String> row : matching) {
            List<String> sentence = new ArrayList<>();
            sentence.add("!re");
            if (wanted == null) {
                row.forEach((k, v) -> sentence.add("=" + k + "=" + v));
            } else {
                for (String name : wanted) {
                    if (row.containsKey(name)) {
                        sentence.add("=" + name + "=" + row.get(name));
                    }
                }
            }
            replies.add(sentence);
        }
        if (replies.isEmpty() && version.sendsEmpty()) {
            replies.add(List.of("!empty"));
        }
        replies.add(List.of("!done"));
        return replies;
    }

    private static boolean isYes(String value) {
        return value != null && (value.isEmpty() || value.equals("yes") || value.equals("true"));
    }

    private List<List<String>> add(Menu menu, ApiCommand command) {
        Map<String, String> fields = normalise(command.attributes());
        fields.remove(".id");
        if (menu.keyFields.contains("name") && !fields.containsKey("name")) {
            if (menu.path.equals("/queue/simple")) {
                fields.put("name", "queue" + (menu.size() + 1));
            } else {
                throw new ApiException(ApiException.ARGUMENT, "failure: name not specified");
            }
        }
        for (String key : menu.keyFields) {
            if (!fields.containsKey(key)) {
                throw new ApiException(ApiException.ARGUMENT, "failure: " + key + " not specified");
            }
        }
        checkUnique(menu, fields, null);
        checkProfile(menu, fields);
        if (menu.path.equals("/ip/firewall/address-list")) {
            fields.putIfAbsent("creation-time", FILE_TIME.format(Instant.now()).toLowerCase(Locale.ENGLISH));
        }
        if (menu.path.equals("/ip/address")) {
            fields.putIfAbsent("network", network(fields.get("address")));
        }
        String id = menu.insert(fields);
        afterChange(menu, menu.get(id), false);
        return List.of(List.of("!done", "=ret=" + id));
    }

    /**
     * A PPP secret or hotspot user must name a profile the router has, as on RouterOS, which refuses the
     * add or set with this message; it is why Arus adds profiles before the users that name them.
     */
    private void checkProfile(Menu menu, Map<String, String> fields) {
        String profiles = switch (menu.path) {
            case "/ppp/secret" -> "/ppp/profile";
            case "/ip/hotspot/user" -> "/ip/hotspot/user/profile";
            default -> null;
        };
        String profile = fields.get("profile");
        if (profiles != null && profile != null && menus.get(profiles).resolve(profile) == null) {
            throw new ApiException(ApiException.ARGUMENT, "input does not match any value of profile");
        }
    }

    private void checkUnique(Menu menu, Map<String, String> fields, String exceptId) {
        if (menu.findDuplicate(fields, exceptId) != null) {
            if (menu.keyFields.equals(List.of("name"))) {
                throw ApiException.failure(menu.kind + " with the same name already exists");
            }
            throw ApiException.failure("already have such " + menu.kind);
        }
    }

    private List<List<String>> set(Menu menu, ApiCommand command, Map<String, String> changes) {
        Map<String, String> normalised = normalise(changes);
        for (Map<String, String> record : items(menu, command)) {
            Map<String, String> merged = new LinkedHashMap<>(record);
            merged.putAll(normalised);
            checkUnique(menu, merged, record.get(".id"));
            checkProfile(menu, normalised);
            boolean wasDisabled = "true".equals(record.get("disabled"));
            String oldName = record.get("name");
            record.putAll(normalised);
            menu.renamed(oldName, record);
            menu.changed(record);
            afterChange(menu, record, wasDisabled);
        }
        return done();
    }

    private List<List<String>> unset(Menu menu, ApiCommand command) {
        String field = command.attribute("value-name");
        if (field == null) {
            throw new ApiException(ApiException.ARGUMENT, "missing value-name");
        }
        for (Map<String, String> record : items(menu, command)) {
            if (menu.keyFields.contains(field)) {
                throw new ApiException(ApiException.ARGUMENT, "failure: " + field + " can not be unset");
            }
            record.remove(field);
            menu.changed(record);
        }
        return done();
    }

    private List<List<String>> remove(Menu menu, ApiCommand command) {
        for (Map<String, String> record : items(menu, command)) {
            if ("true".equals(record.get("default"))) {
                throw ApiException.failure("default " + menu.kind + " can not be removed");
            }
            menu.delete(record.get(".id"));
            afterRemove(menu, record);
        }
        return done();
    }

    private List<List<String>> get(Menu menu, ApiCommand command) {
        String reference = command.attribute("number");
        Map<String, String> record = reference == null ? null : menu.resolve(reference);
        if (record == null) {
            throw new ApiException(ApiException.MISSING_ITEM_OR_COMMAND, "no such item");
        }
        String value = record.get(command.attribute("value-name"));
        return List.of(List.of("!done", "=ret=" + (value == null ? "" : value)));
    }

    /** The records named by {@code =.id=} or {@code =numbers=} (comma-separated ids or names). */
    private List<Map<String, String>> items(Menu menu, ApiCommand command) {
        String references = command.attribute(".id");
        if (references == null) {
            references = command.attribute("numbers");
        }
        if (references == null || references.isEmpty()) {
            throw new ApiException(ApiException.MISSING_ITEM_OR_COMMAND, "no such item");
        }
        List<Map<String, String>> found = new ArrayList<>();
        for (String reference : references.split(",")) {
            Map<String, String> record = menu.resolve(reference.trim());
            if (record == null) {
                throw new ApiException(ApiException.MISSING_ITEM_OR_COMMAND, "no such item");
            }
            found.add(record);
        }
        return found;
    }

    private static Map<String, String> withoutItemWords(ApiCommand command) {
        Map<String, String> changes = new LinkedHashMap<>(command.attributes());
        changes.remove(".id");
        changes.remove("numbers");
        return changes;
    }

    /** RouterOS takes yes/no and true/false for flags but always prints true/false. */
    private static Map<String, String> normalise(Map<String, String> fields) {
        Map<String, String> out = new LinkedHashMap<>(fields);
        for (String flag : BOOLEAN_FIELDS) {
            String value = out.get(flag);
            if (value != null) {
                out.put(flag, (value.equals("yes") || value.equals("true")) ? "true" : "false");
            }
        }
        return out;
    }

    private static List<List<String>> done() {
        return List.of(List.of("!done"));
    }

    // ---------------------------------------------------------------- side effects: sessions

    private void afterChange(Menu menu, Map<String, String> record, boolean wasDisabled) {
        boolean disabled = "true".equals(record.get("disabled"));
        if (menu.path.equals("/ppp/secret")) {
            if (disabled) {
                kickPpp(record.get("name"));
            } else if (wasDisabled || !hasPppSession(record.get("name"))) {
                scheduleDialIn(record.get("name"), options.dialInDelay());
            }
        } else if (menu.path.equals("/ip/hotspot/user") && disabled) {
            kickHotspot(record.get("name"));
        }
    }

    private void afterRemove(Menu menu, Map<String, String> record) {
        switch (menu.path) {
            case "/ppp/secret" -> kickPpp(record.get("name"));
            case "/ip/hotspot/user" -> kickHotspot(record.get("name"));
            // A kicked PPPoE client dials again, as a customer's router does.
            case "/ppp/active" -> {
                forgetPppSession(record);
                scheduleDialIn(record.get("name"), options.redialDelay());
            }
            default -> {
            }
        }
    }

    private void scheduleDialIn(String name, Duration delay) {
        if (delay.isNegative() || scheduler.isShutdown()) {
            return;
        }
        try {
            scheduler.schedule(() -> dialIn(name), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // the router is shutting down
        }
    }

    /** An enabled secret's client connects: a session appears in /ppp/active with an address. */
    synchronized boolean dialIn(String name) {
        Map<String, String> secret = menus.get("/ppp/secret").resolve(name);
        if (secret == null || !name.equals(secret.get("name")) || "true".equals(secret.get("disabled")) || hasPppSession(name)) {
            return false;
        }
        Map<String, String> session = new LinkedHashMap<>();
        session.put("name", name);
        session.put("service", "any".equals(secret.get("service")) ? "pppoe" : secret.get("service"));
        session.put("caller-id", fakeMac(name));
        session.put("address", addressFor(secret));
        session.put("uptime", "0s");
        session.put("encoding", "");
        session.put("session-id", "0x" + Long.toHexString(sessionSeq++).toUpperCase());
        session.put("limit-bytes-in", "0");
        session.put("limit-bytes-out", "0");
        session.put("radius", "false");
        String id = menus.get("/ppp/active").insert(session);
        pppSessionIdByName.put(name, id);
        pppAddressesInUse.add(session.get("address"));
        sessionStarts.put("/ppp/active" + id, System.nanoTime());
        // As RouterOS does: the session gets a dynamic interface <pppoe-NAME> carrying its traffic, and the
        // profile's address-list puts the session's address in those lists (dynamic entries, gone with it).
        String iface = "<" + session.get("service") + "-" + name + ">";
        menus.get("/interface").insert(Map.of("name", iface, "type", session.get("service") + "-in", "mtu", "1480",
                "running", "true", "disabled", "false", "dynamic", "true", "rx-byte", "0", "tx-byte", "0",
                "rx-packet", "0", "tx-packet", "0"));
        counters.put(iface, new long[4]);
        Map<String, String> profile = menus.get("/ppp/profile").resolve(String.valueOf(secret.get("profile")));
        String lists = profile == null ? null : profile.get("address-list");
        if (lists != null && !lists.isEmpty()) {
            Menu addressList = menus.get("/ip/firewall/address-list");
            for (String list : lists.split(",")) {
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("list", list.trim());
                entry.put("address", session.get("address"));
                entry.put("dynamic", "true");
                entry.put("creation-time", FILE_TIME.format(Instant.now()).toLowerCase(Locale.ENGLISH));
                if (addressList.findDuplicate(entry, null) == null) {
                    addressList.insert(entry);
                }
            }
        }
        return true;
    }

    private boolean hasPppSession(String name) {
        return pppSessionIdByName.containsKey(name);
    }

    private void kickPpp(String name) {
        String id = pppSessionIdByName.get(name);
        Map<String, String> session = id == null ? null : menus.get("/ppp/active").delete(id);
        if (session != null) {
            forgetPppSession(session);
        }
    }

    private void forgetPppSession(Map<String, String> session) {
        pppSessionIdByName.remove(session.get("name"));
        pppAddressesInUse.remove(session.get("address"));
        sessionStarts.remove("/ppp/active" + session.get(".id"));
        String iface = "<" + session.get("service") + "-" + session.get("name") + ">";
        Menu interfaces = menus.get("/interface");
        Map<String, String> dynamicInterface = interfaces.resolve(iface);
        if (dynamicInterface != null) {
            interfaces.delete(dynamicInterface.get(".id"));
        }
        counters.remove(iface);
        Menu addressList = menus.get("/ip/firewall/address-list");
        for (Map<String, String> entry : addressList.records()) {
            if ("true".equals(entry.get("dynamic")) && String.valueOf(session.get("address")).equals(entry.get("address"))) {
                addressList.delete(entry.get(".id"));
            }
        }
    }

    private void kickHotspot(String user) {
        Menu active = menus.get("/ip/hotspot/active");
        for (Map<String, String> session : active.records()) {
            if (user.equals(session.get("user"))) {
                active.delete(session.get(".id"));
                sessionStarts.remove("/ip/hotspot/active" + session.get(".id"));
            }
        }
    }

    private List<List<String>> hotspotLogin(ApiCommand command) {
        String user = command.attribute("user");
        Map<String, String> account = user == null ? null : menus.get("/ip/hotspot/user").resolve(user);
        if (account == null || "true".equals(account.get("disabled"))
                || !String.valueOf(account.get("password") == null ? "" : account.get("password"))
                        .equals(command.attribute("password") == null ? "" : command.attribute("password"))) {
            throw ApiException.failure("invalid username or password");
        }
        Map<String, String> session = new LinkedHashMap<>();
        session.put("server", "hotspot1");
        session.put("user", user);
        session.put("address", command.attributes().getOrDefault("ip", "10.5.50." + (menus.get("/ip/hotspot/active").size() + 2)));
        session.put("mac-address", command.attributes().getOrDefault("mac-address", fakeMac(user)));
        session.put("uptime", "0s");
        session.put("login-by", "http-chap");
        session.put("bytes-in", "0");
        session.put("bytes-out", "0");
        String id = menus.get("/ip/hotspot/active").insert(session);
        sessionStarts.put("/ip/hotspot/active" + id, System.nanoTime());
        return List.of(List.of("!done", "=ret=" + id));
    }

    /** The secret's remote-address if it is an address, else the next free one from the pool it names. */
    private String addressFor(Map<String, String> secret) {
        String remote = secret.get("remote-address");
        if (remote == null) {
            Map<String, String> profile = menus.get("/ppp/profile").resolve(String.valueOf(secret.get("profile")));
            remote = profile == null ? null : profile.get("remote-address");
        }
        if (remote != null && remote.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) {
            return remote;
        }
        Set<String> used = pppAddressesInUse;
        Map<String, String> pool = remote == null ? null : menus.get("/ip/pool").resolve(remote);
        if (pool != null && pool.get("ranges") != null) {
            // Scan on from where the last address was handed out, wrapping once, so filling a pool of
            // thousands costs one step per client rather than a walk over every address in use.
            long cursor = poolCursors.getOrDefault(pool.get(".id"), 0L);
            for (int pass = 0; pass < 2; pass++) {
                for (String range : pool.get("ranges").split(",")) {
                    String[] ends = range.trim().split("-");
                    long from = ipToLong(ends[0]);
                    long to = ends.length > 1 ? ipToLong(ends[1]) : from;
                    for (long ip = pass == 0 ? Math.max(from, cursor) : from; ip <= to && (pass == 0 || ip < cursor); ip++) {
                        if (!used.contains(longToIp(ip))) {
                            poolCursors.put(pool.get(".id"), ip + 1);
                            return longToIp(ip);
                        }
                    }
                }
            }
        }
        // No pool or an exhausted one: a real router refuses the client; the simulator hands out a
        // made-up address so the demo keeps working, from a range nobody configures.
        return longToIp(ipToLong("100.127.0.0") + (fallbackAddress++ % 65_000) + 1);
    }

    private static long ipToLong(String ip) {
        long value = 0;
        for (String part : ip.trim().split("\\.")) {
            value = (value << 8) | Integer.parseInt(part);
        }
        return value;
    }

    private static String longToIp(long ip) {
        return ((ip >> 24) & 255) + "." + ((ip >> 16) & 255) + "." + ((ip >> 8) & 255) + "." + (ip & 255);
    }

    private static String network(String cidr) {
        if (cidr == null || !cidr.contains("/")) {
            return cidr;
        }
        try {
            int bits = Integer.parseInt(cidr.substring(cidr.indexOf('/') + 1));
            long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
            return longToIp(ipToLong(cidr.substring(0, cidr.indexOf('/'))) & mask);
        } catch (RuntimeException e) {
            return cidr;
        }
    }

    private static String fakeMac(String seed) {
        int h = seed.hashCode();
        return String.format("02:00:%02X:%02X:%02X:%02X", (h >> 24) & 255, (h >> 16) & 255, (h >> 8) & 255, h & 255);
    }

    // ---------------------------------------------------------------- live figures

    /** Counters move with time, faster on the uplink and with more sessions, as traffic does. */
    private void moveCounters() {
        long now = System.nanoTime();
        double seconds = (now - countersAt) / 1e9;
        countersAt = now;
        int sessions = menus.get("/ppp/active").size() + menus.get("/ip/hotspot/active").size();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (Map<String, String> record : menus.get("/interface").records()) {
            long[] c = counters.computeIfAbsent(record.get("name"), k -> new long[4]);
            if (!"true".equals(record.get("running")) || "true".equals(record.get("disabled"))) {
                continue;
            }
            double rate = "true".equals(record.get("dynamic")) ? 60_000
                    : (record.get("name").equals("ether1") ? 2_000_000 : 250_000) * (1 + sessions * 0.1);
            long rx = (long) (seconds * rate * (0.5 + random.nextDouble()));
            long tx = (long) (seconds * rate * 0.2 * (0.5 + random.nextDouble()));
            c[0] += rx;
            c[1] += tx;
            c[2] += rx / 900;
            c[3] += tx / 900;
            record.put("rx-byte", Long.toString(c[0]));
            record.put("tx-byte", Long.toString(c[1]));
            record.put("rx-packet", Long.toString(c[2]));
            record.put("tx-packet", Long.toString(c[3]));
        }
    }

    /**
     * Sessions age while they are printed: uptime follows the clock and a hotspot session's byte counters
     * grow (a PPP session's counters are on its dynamic interface, moved by {@link #moveCounters}).
     */
    private void ageSessions(Menu menu) {
        long now = System.nanoTime();
        for (Map<String, String> session : menu.records()) {
            Long started = sessionStarts.get(menu.path + session.get(".id"));
            if (started == null) {
                continue;
            }
            Duration age = Duration.ofNanos(now - started);
            session.put("uptime", uptime(age));
            if (session.containsKey("bytes-in")) {
                // about 8 kB/s up and 60 kB/s down, a browsing customer
                session.put("bytes-in", Long.toString(age.toMillis() * 8));
                session.put("bytes-out", Long.toString(age.toMillis() * 60));
            }
        }
    }

    private Map<String, String> resource() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long total = 1024L * 1024 * 1024;
        int sessions = menus.get("/ppp/active").size() + menus.get("/ip/hotspot/active").size();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("uptime", uptime(Duration.between(bootedAt, Instant.now())));
        row.put("version", version.version());
        row.put("build-time", version.isV6() ? "Jun/26/2024 12:00:00" : "Oct/01/2025 10:00:00");
        row.put("factory-software", "6.44.6");
        row.put("free-memory", Long.toString(total - 180L * 1024 * 1024 - sessions * 16_384L - random.nextLong(8 * 1024 * 1024)));
        row.put("total-memory", Long.toString(total));
        row.put("cpu", "ARMv8");
        row.put("cpu-count", "4");
        row.put("cpu-frequency", "1700");
        row.put("cpu-load", Integer.toString(Math.min(100, 2 + random.nextInt(10) + sessions / 50)));
        row.put("free-hdd-space", "98304000");
        row.put("total-hdd-space", "134217728");
        row.put("architecture-name", "arm64");
        row.put("board-name", version.boardName());
        row.put("platform", "MikroTik");
        return row;
    }

    /** RouterOS spells uptime as 1w2d3h4m5s, leaving out zero parts. */
    static String uptime(Duration d) {
        long s = d.getSeconds();
        StringBuilder out = new StringBuilder();
        long[] parts = {s / 604_800, s % 604_800 / 86_400, s % 86_400 / 3600, s % 3600 / 60, s % 60};
        String[] units = {"w", "d", "h", "m", "s"};
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > 0 || (i == parts.length - 1 && out.length() == 0)) {
                out.append(parts[i]).append(units[i]);
            }
        }
        return out.toString();
    }

    private List<List<String>> backup(ApiCommand command) {
        String name = command.attribute("name");
        if (name == null || name.isEmpty()) {
            name = identity.get("name") + "-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneId.of("Asia/Jakarta")).format(Instant.now());
        }
        String fileName = name.endsWith(".backup") ? name : name + ".backup";
        Menu files = menus.get("/file");
        Map<String, String> existing = files.resolve(fileName);
        if (existing != null) {
            files.delete(existing.get(".id"));
        }
        int size = 20_000 + 200 * (menus.get("/ppp/secret").size() + menus.get("/queue/simple").size());
        files.insert(Map.of("name", fileName, "type", "backup", "size", Integer.toString(size),
                "creation-time", FILE_TIME.format(Instant.now()).toLowerCase(Locale.ENGLISH)));
        return done();
    }

    // ---------------------------------------------------------------- Java access for tests and the demo

    synchronized List<Map<String, String>> snapshot(String menuPath) {
        Menu menu = menus.get(menuPath);
        if (menu == null) {
            throw new IllegalArgumentException("no such menu: " + menuPath);
        }
        List<Map<String, String>> copy = new ArrayList<>();
        menu.records().forEach(r -> copy.add(Map.copyOf(r)));
        return copy;
    }

    synchronized String identityName() {
        return identity.get("name");
    }
}
