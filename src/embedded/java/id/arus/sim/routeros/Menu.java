package id.arus.sim.routeros;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * One table of a simulated router ({@code /ppp/secret}, {@code /queue/simple}, ...): records keyed by
 * {@code .id}, which RouterOS numbers per table as {@code *1}, {@code *2}, ... in hex and never reuses.
 * Not thread-safe on its own: {@link RouterState} guards every menu with one lock, as a router
 * applies configuration changes one at a time.
 */
final class Menu {

    final String path;
    /** The word RouterOS uses in its duplicate message: "secret with the same name already exists". */
    final String kind;
    /** Fields that must be unique together; empty when duplicates are allowed. */
    final List<String> keyFields;
    final Map<String, String> defaults;
    final Set<String> verbs;
    private final Map<String, Map<String, String>> records = new LinkedHashMap<>();
    /** .id by name, for menus keyed by name: resolving and duplicate checks stay O(1) at 10k records. */
    private final Map<String, String> idByName = new java.util.HashMap<>();
    private final List<Consumer<List<String>>> listeners = new CopyOnWriteArrayList<>();
    private long nextId = 1;

    Menu(String path, String kind, List<String> keyFields, Map<String, String> defaults, Set<String> verbs) {
        this.path = path;
        this.kind = kind;
        this.keyFields = keyFields;
        this.defaults = defaults;
        this.verbs = verbs;
    }

    List<Map<String, String>> records() {
        return new ArrayList<>(records.values());
    }

    Map<String, String> get(String id) {
        return records.get(id);
    }

    int size() {
        return records.size();
    }

    /** Adds a record and returns its new {@code .id}; the caller has checked it. */
    String insert(Map<String, String> fields) {
        return insert("*" + Long.toHexString(nextId++).toUpperCase(), fields);
    }

    /** Adds a record under a fixed id, as the built-in entries (default profile {@code *0}) have. */
    String insert(String id, Map<String, String> fields) {
        Map<String, String> record = new LinkedHashMap<>();
        record.put(".id", id);
        record.putAll(defaults);
        record.putAll(fields);
        records.put(id, record);
        if (record.get("name") != null) {
            idByName.putIfAbsent(record.get("name"), id);
        }
        changed(record);
        return id;
    }

    void changed(Map<String, String> record) {
        List<String> sentence = new ArrayList<>();
        sentence.add("!re");
        record.forEach((k, v) -> sentence.add("=" + k + "=" + v));
        notifyListeners(sentence);
    }

    Map<String, String> delete(String id) {
        Map<String, String> removed = records.remove(id);
        if (removed != null) {
            idByName.remove(removed.get("name"), id);
            notifyListeners(List.of("!re", "=.id=" + id, "=.dead=yes"));
        }
        return removed;
    }

    /** Finds the record whose key fields equal those in {@code fields}, ignoring {@code exceptId}. */
    Map<String, String> findDuplicate(Map<String, String> fields, String exceptId) {
        if (keyFields.isEmpty()) {
            return null;
        }
        if (keyFields.equals(List.of("name"))) {
            String id = idByName.get(fields.get("name"));
            return id == null || id.equals(exceptId) ? null : records.get(id);
        }
        for (Map<String, String> record : records.values()) {
            if (record.get(".id").equals(exceptId)) {
                continue;
            }
            boolean same = true;
            for (String key : keyFields) {
                if (!String.valueOf(record.get(key)).equals(String.valueOf(fields.get(key)))) {
                    same = false;
                    break;
                }
            }
            if (same) {
                return record;
            }
        }
        return null;
    }

    /** An item reference as RouterOS takes it in {@code .id}/{@code numbers}: {@code *1F} or a name. */
    Map<String, String> resolve(String reference) {
        Map<String, String> byId = records.get(reference);
        if (byId != null) {
            return byId;
        }
        String id = idByName.get(reference);
        return id == null ? null : records.get(id);
    }

    /** Call after a record's fields changed in place, so a rename is found under its new name. */
    void renamed(String oldName, Map<String, String> record) {
        String newName = record.get("name");
        if (oldName != null && !oldName.equals(newName)) {
            idByName.remove(oldName, record.get(".id"));
        }
        if (newName != null) {
            idByName.putIfAbsent(newName, record.get(".id"));
        }
    }

    void listen(Consumer<List<String>> listener) {
        listeners.add(listener);
    }

    void unlisten(Consumer<List<String>> listener) {
        listeners.remove(listener);
    }

    private void notifyListeners(List<String> sentence) {
        for (Consumer<List<String>> listener : listeners) {
            listener.accept(sentence);
        }
    }
}
