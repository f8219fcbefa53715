package id.arus.sim.routeros;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One API sentence sent by a client, split into its parts: the command path, its {@code =name=value}
 * attributes (a value may itself contain {@code =} or be empty), its {@code ?} query words in order, and
 * its {@code .tag}. {@code .proplist} arrives as an attribute ({@code =.proplist=a,b}).
 */
record ApiCommand(String path, Map<String, String> attributes, List<String> queries, String tag) {

    static ApiCommand parse(List<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty sentence");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        List<String> queries = new ArrayList<>();
        String tag = null;
        for (String word : words.subList(1, words.size())) {
            if (word.startsWith("=")) {
                int eq = word.indexOf('=', 1);
                if (eq < 0) {
                    attributes.put(word.substring(1), "");
                } else {
                    attributes.put(word.substring(1, eq), word.substring(eq + 1));
                }
            } else if (word.startsWith(".tag=")) {
                tag = word.substring(".tag=".length());
            } else if (word.startsWith("?")) {
                queries.add(word);
            } else {
                throw new IllegalArgumentException("unknown word: " + word);
            }
        }
        return new ApiCommand(words.get(0), attributes, queries, tag);
    }

    String attribute(String name) {
        return attributes.get(name);
    }

    /** The menu part of the path: {@code /ppp/secret} for {@code /ppp/secret/add}. */
    String menuPath() {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "" : path.substring(0, slash);
    }

    /** The verb part of the path: {@code add} for {@code /ppp/secret/add}. */
    String verb() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
