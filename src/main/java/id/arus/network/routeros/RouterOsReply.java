package id.arus.network.routeros;

import java.util.List;
import java.util.Map;

/**
 * The answer to one command: the {@code !re} rows in arrival order and the attributes of {@code !done}
 * (where {@code add} returns the new item's id as {@code =ret=*1A}). An empty print gives no rows,
 * whether the router said {@code !empty} (7.18+) or nothing.
 */
public record RouterOsReply(List<Map<String, String>> rows, Map<String, String> done) {

    public RouterOsReply {
        rows = List.copyOf(rows);
        done = Map.copyOf(done);
    }

    /** The {@code =ret=} of {@code !done}, e.g. the {@code .id} of an added item; {@code null} if none. */
    public String ret() {
        return done.get("ret");
    }
}
