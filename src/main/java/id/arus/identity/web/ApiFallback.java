package id.arus.identity.web;

import id.arus.identity.UserNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any /api/v1 path no controller maps. Without it the request would fall through to Vaadin's
 * catch-all and an API client would get an HTML "route not found" page instead of problem JSON.
 * Specific mappings always win over this pattern.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
class ApiFallback {

    @RequestMapping("/api/v1/**")
    void unmapped(HttpServletRequest request) {
        throw new UserNotFoundException("API resource " + request.getRequestURI());
    }
}
