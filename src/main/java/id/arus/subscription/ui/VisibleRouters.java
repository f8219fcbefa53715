package id.arus.subscription.ui;

import id.arus.network.Nas;
import id.arus.network.NasManagement;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** The routers the signed-in staff member may see: finance may not, and then sees subscriptions without NAS names. */
final class VisibleRouters {

    private VisibleRouters() {
    }

    static List<Nas> of(NasManagement routers) {
        try {
            return routers.list();
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }
}
