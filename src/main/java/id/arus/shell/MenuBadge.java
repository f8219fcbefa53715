package id.arus.shell;

import java.util.OptionalInt;

/**
 * A number shown beside a menu entry (open tasks, open incidents), supplied by the module that owns
 * the entry's view. Implementations are Spring beans and are asked for the signed-in user.
 */
public interface MenuBadge {

    /** The route path of the menu entry, e.g. {@code inbox}. */
    String path();

    /** The count for the signed-in user, or empty to show no badge. */
    OptionalInt count();
}
