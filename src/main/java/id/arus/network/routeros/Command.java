package id.arus.network.routeros;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A command to send: a path, attributes, an optional {@code .proplist} and query words. Immutable, so
 * one prepared command can be sent from several threads. Values are carried as raw words, never through
 * a CLI-like string, so a value with spaces, quotes, {@code =} or newlines reaches the router intact.
 *
 * <pre>
 * Command.of("/ppp/secret/print").proplist(".id", "name").query("?name=budi")
 * Command.of("/ppp/secret/add").with("name", "budi").with("password", "p=\"x\"")
 * </pre>
 */
public final class Command {

    private final String path;
    private final List<String> attributes;
    private final List<String> queries;
    private final List<String> proplist;

    private Command(String path, List<String> attributes, List<String> queries, List<String> proplist) {
        this.path = path;
        this.attributes = attributes;
        this.queries = queries;
        this.proplist = proplist;
    }

    public static Command of(String path) {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/") || path.length() < 2 || path.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a command path looks like /ppp/secret/print: " + path);
        }
        return new Command(path, List.of(), List.of(), List.of());
    }

    /** Adds {@code =name=value}; the value may be empty or contain anything. */
    public Command with(String name, String value) {
        Objects.requireNonNull(value, "value");
        checkName(name);
        return new Command(path, append(attributes, "=" + name + "=" + value), queries, proplist);
    }

    /** Limits the properties a print returns (leaving it out returns all of them, which is costly). */
    public Command proplist(String... names) {
        List<String> list = new ArrayList<>(proplist);
        for (String name : names) {
            checkName(name);
            list.add(name);
        }
        return new Command(path, attributes, queries, List.copyOf(list));
    }

    /** Adds query words such as {@code ?name=x}, {@code ?disabled=false}, {@code ?#|}; order matters. */
    public Command query(String... words) {
        List<String> list = new ArrayList<>(queries);
        for (String word : words) {
            if (word == null || !word.startsWith("?") || word.length() < 2) {
                throw new IllegalArgumentException("a query word starts with ? : " + word);
            }
            list.add(word);
        }
        return new Command(path, attributes, List.copyOf(list), proplist);
    }

    public String path() {
        return path;
    }

    /** The words as sent, without the {@code .tag} the connection adds. */
    public List<String> words() {
        List<String> words = new ArrayList<>(1 + attributes.size() + queries.size() + 1);
        words.add(path);
        words.addAll(attributes);
        if (!proplist.isEmpty()) {
            words.add("=.proplist=" + String.join(",", proplist));
        }
        words.addAll(queries);
        return words;
    }

    private static void checkName(String name) {
        if (name == null || name.isEmpty() || name.indexOf('=') >= 0) {
            throw new IllegalArgumentException("invalid attribute name: " + name);
        }
    }

    private static List<String> append(List<String> list, String word) {
        List<String> copy = new ArrayList<>(list);
        copy.add(word);
        return List.copyOf(copy);
    }

    /** The path only: attribute values may be passwords. */
    @Override
    public String toString() {
        return path;
    }
}
