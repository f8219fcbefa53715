package id.arus.audit.internal;

import id.arus.audit.AuditRecord;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who acts on this thread and from which address, as far as the request and the security context tell. */
record Actor(String name, String address) {

    static Actor current(String explicitName) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = explicitName != null ? explicitName : AuditRecord.currentActor();
        return new Actor(name, address(auth));
    }

    private static String address(Authentication auth) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        // Server push and background threads have no request; the address seen at login is the best we know.
        if (auth != null && auth.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return null;
    }
}
