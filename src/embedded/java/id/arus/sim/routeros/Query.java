package id.arus.sim.routeros;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The query words of a {@code print}: {@code ?name}, {@code ?-name}, {@code ?name=x}, {@code ?<name=x},
 * {@code ?>name=x} each push one boolean; {@code ?#} runs stack operations over them ({@code |} or,
 * {@code &} and, {@code !} not, {@code .} duplicate the top, a digit copies the value at that index
 * counted from the bottom). What is left on the stack is and-ed. Order matters, which is why the words
 * are kept as a list and evaluated per record. There is no regex: RouterOS's API has none.
 */
public final class Query {

    private final List<String> words;

    private Query(List<String> words) {
        this.words = List.copyOf(words);
    }

    /**
     * Compiles query words (each starting with {@code ?}); throws {@link IllegalArgumentException} for a
     * word the router would not understand, so the command fails with a {@code !trap} before any work.
     */
    public static Query of(List<String> queryWords) {
        for (String word : queryWords) {
            if (!word.startsWith("?") || word.length() < 2) {
                throw new IllegalArgumentException("unknown query: " + word);
            }
            if (word.startsWith("?#")) {
                for (char op : word.substring(2).toCharArray()) {
                    if ("|&!.".indexOf(op) < 0 && !Character.isDigit(op)) {
                        throw new IllegalArgumentException("unknown query operation: " + op);
                    }
                }
            }
        }
        return new Query(queryWords);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    public Predicate<Map<String, String>> asPredicate() {
        return this::matches;
    }

    public boolean matches(Map<String, String> record) {
        List<Boolean> stack = new ArrayList<>();
        for (String word : words) {
            String body = word.substring(1);
            if (body.startsWith("#")) {
                applyOperations(stack, body.substring(1));
            } else if (body.startsWith("-")) {
                stack.add(!record.containsKey(body.substring(1)));
            } else if (body.startsWith("<") || body.startsWith(">")) {
                stack.add(compare(record, body.charAt(0), body.substring(1)));
            } else {
                int eq = body.indexOf('=');
                if (eq < 0) {
                    stack.add(record.containsKey(body));
                } else {
                    String value = record.get(body.substring(0, eq));
                    // RouterOS treats an absent property as empty, so ?comment= finds records without one
                    stack.add(body.substring(eq + 1).equals(value == null ? "" : value));
                }
            }
        }
        for (Boolean b : stack) {
            if (!b) {
                return false;
            }
        }
        return true;
    }

    private static boolean compare(Map<String, String> record, char op, String expression) {
        int eq = expression.indexOf('=');
        if (eq < 0) {
            return false;
        }
        String actual = record.get(expression.substring(0, eq));
        if (actual == null) {
            return false;
        }
        int cmp = compareValues(actual, expression.substring(eq + 1));
        return op == '<' ? cmp < 0 : cmp > 0;
    }

    /** Numbers (and {@code *hex} ids) compare as numbers, everything else as text. */
    static int compareValues(String a, String b) {
        Long na = number(a);
        Long nb = number(b);
        if (na != null && nb != null) {
            return Long.compare(na, nb);
        }
        return a.compareTo(b);
    }

    private static Long number(String s) {
        try {
            if (s.startsWith("*") && s.length() > 1) {
                return Long.parseLong(s.substring(1), 16);
            }
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void applyOperations(List<Boolean> stack, String ops) {
        for (char op : ops.toCharArray()) {
            switch (op) {
                case '|' -> push(stack, pop(stack) | pop(stack));
                case '&' -> push(stack, pop(stack) & pop(stack));
                case '!' -> push(stack, !pop(stack));
                case '.' -> push(stack, peek(stack));
                default -> {
                    int index = op - '0';
                    if (index >= stack.size()) {
                        throw new IllegalArgumentException("query stack has no index " + index);
                    }
                    push(stack, stack.get(index));
                }
            }
        }
    }

    private static boolean pop(List<Boolean> stack) {
        if (stack.isEmpty()) {
            throw new IllegalArgumentException("query stack is empty");
        }
        return stack.remove(stack.size() - 1);
    }

    private static boolean peek(List<Boolean> stack) {
        if (stack.isEmpty()) {
            throw new IllegalArgumentException("query stack is empty");
        }
        return stack.get(stack.size() - 1);
    }

    private static void push(List<Boolean> stack, boolean value) {
        stack.add(value);
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
