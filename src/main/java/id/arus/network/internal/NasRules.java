package id.arus.network.internal;

import id.arus.network.Nas;
import id.arus.network.NasForm;
import id.arus.network.NasRole;
import id.arus.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a NAS form and turns it into a row to store, collecting every problem at once as message keys
 * (i18n/network*.properties). Host names are checked for their form only: Arus must accept a router
 * whose name does not resolve yet, and a DNS lookup in a form check would stall the screen.
 */
public final class NasRules {

    static final int MAX_NAME = 64;
    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 2000;
    static final int MAX_CAPACITY = 1_000_000;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern DOTTED_NUMBERS = Pattern.compile("[0-9.]+");
    private static final Pattern HOST_LABEL = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-fA-F:.]+");

    private final NasStore store;
    private final Map<String, List<String>> problems = new LinkedHashMap<>();

    public NasRules(NasStore store) {
        this.store = store;
    }

    /**
     * @param current the NAS being edited, or null when adding one
     * @throws InvalidInputException with every field that breaks a rule
     */
    public NasStore.Row validate(NasForm form, Nas current) {
        String name = trim(form.name());
        if (name.isEmpty()) {
            add("name", "nas.name.required");
        } else if (name.length() > MAX_NAME || !NAME.matcher(name).matches()) {
            add("name", "nas.name.invalid");
        } else if (other(store.findByName(name), current)) {
            add("name", "nas.name.taken");
        }

        String host = trim(form.host()).toLowerCase(java.util.Locale.ROOT);
        if (host.isEmpty()) {
            add("host", "nas.host.required");
        } else if (!validHost(host)) {
            add("host", "nas.host.invalid");
        }

        int port = form.apiPort() != null ? form.apiPort() : form.tls() ? NasForm.API_TLS_PORT : NasForm.API_PORT;
        if (port < 1 || port > 65535) {
            add("apiPort", "nas.port.invalid");
        } else if (!problems.containsKey("host") && other(store.findByEndpoint(host, port), current)) {
            add("host", "nas.endpoint.taken");
        }

        String username = trim(form.username());
        if (username.isEmpty()) {
            add("username", "nas.username.required");
        } else if (username.length() > MAX_NAME) {
            add("username", "nas.username.invalid");
        }
        boolean passwordGiven = form.password() != null && !form.password().isEmpty();
        if (current == null && !passwordGiven) {
            add("password", "nas.password.required");
        } else if (passwordGiven && form.password().length() > 128) {
            add("password", "nas.password.tooLong");
        }

        NasRole role = form.role() == null ? NasRole.PRIMARY : form.role();
        Long backupOf = role == NasRole.BACKUP ? form.backupOf() : null;
        if (role == NasRole.BACKUP) {
            checkBackup(backupOf, current);
        }

        Integer capacity = form.capacity();
        if (capacity != null && (capacity < 0 || capacity > MAX_CAPACITY)) {
            add("capacity", "nas.capacity.invalid");
        }
        String site = optional("site", form.site(), MAX_TEXT);
        String location = optional("location", form.location(), MAX_TEXT);
        String notes = optional("notes", form.notes(), MAX_NOTES);

        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new NasStore.Row(name, host, port, form.tls(), username, site, location, role, backupOf, capacity, notes);
    }

    private void checkBackup(Long backupOf, Nas current) {
        if (backupOf == null) {
            add("backupOf", "nas.backupOf.required");
            return;
        }
        if (current != null && backupOf == current.id()) {
            add("backupOf", "nas.backupOf.self");
            return;
        }
        Optional<Nas> primary = store.findById(backupOf);
        if (primary.isEmpty()) {
            add("backupOf", "nas.backupOf.unknown");
        } else if (primary.get().role() != NasRole.PRIMARY) {
            add("backupOf", "nas.backupOf.notPrimary");
        }
        if (current != null && !store.backupsOf(current.id()).isEmpty()) {
            // a NAS others fall back to cannot itself become a backup: failover would chain
            add("role", "nas.role.hasBackups");
        }
    }

    static boolean validHost(String host) {
        if (host.length() > 253) {
            return false;
        }
        if (host.contains(":")) {
            return validIpv6(host);
        }
        if (DOTTED_NUMBERS.matcher(host).matches()) {
            return IPV4.matcher(host).matches();
        }
        for (String label : host.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    private static boolean validIpv6(String host) {
        if (!IPV6_CHARS.matcher(host).matches()) {
            return false;
        }
        try {
            // a literal with only hex digits, colons and dots is parsed, never looked up; an IPv4-mapped
            // address (::ffff:10.0.0.1) comes back as IPv4 and is just as reachable
            java.net.InetAddress.getByName(host);
            return true;
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private String optional(String field, String value, int max) {
        String text = trim(value);
        if (text.length() > max) {
            add(field, "nas.text.tooLong");
        }
        return text.isEmpty() ? null : text;
    }

    private static boolean other(Optional<Nas> found, Nas current) {
        return found.isPresent() && (current == null || found.get().id() != current.id());
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private void add(String field, String key) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(key);
    }
}
