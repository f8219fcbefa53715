package id.arus.network.routeros;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sentence as read from or written to the wire: the first word is the command or reply type
 * ({@code /ppp/secret/print}, {@code !re}, {@code !done}), then attribute words {@code =name=value},
 * API attribute words {@code .tag=x} and query words {@code ?...}.
 */
public record Sentence(List<String> words) {

    public static final String TAG_PREFIX = ".tag=";

    public Sentence {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a sentence has at least one word");
        }
        words = List.copyOf(words);
    }

    public static Sentence of(String... words) {
        return new Sentence(List.of(words));
    }

    /** The first word: the command path or the reply type. */
    public String type() {
        return words.get(0);
    }

    /** The {@code .tag} value, or {@code null}. */
    public String tag() {
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith(TAG_PREFIX)) {
                return word.substring(TAG_PREFIX.length());
            }
        }
        return null;
    }

    /** The {@code =name=value} words as a map in wire order. */
    public Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("=")) {
                String[] pair = splitAttribute(word);
                attributes.put(pair[0], pair[1]);
            }
        }
        return Collections.unmodifiableMap(attributes);
    }

    /** One attribute value, or {@code null}. */
    public String attribute(String name) {
        return attributes().get(name);
    }

    /**
     * Splits {@code =name=value} into name and value at the second {@code =} only: values may contain
     * {@code =} (a comment "a=b", a base64 password) and may be empty ({@code =comment=}). A word with no
     * second {@code =} is a name with an empty value.
     */
    public static String[] splitAttribute(String word) {
        if (!word.startsWith("=")) {
            throw new IllegalArgumentException("not an attribute word");
        }
        int second = word.indexOf('=', 1);
        if (second < 0) {
            return new String[] {word.substring(1), ""};
        }
        return new String[] {word.substring(1, second), word.substring(second + 1)};
    }

    /** Only the type: the words after it may hold passwords. */
    @Override
    public String toString() {
        return "Sentence[" + type() + ", " + (words.size() - 1) + " words]";
    }
}
