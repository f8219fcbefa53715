package id.arus.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by personal access token. The token only names its owner: the roles are
 * the owner's roles right now, so a demoted or deactivated owner's token loses its power at once.
 * A request without a token goes on anonymous (the docs are public); a request with a bad token is
 * refused here, so a typo never silently turns into an anonymous call.
 *
 * <p>Not a Spring bean on purpose: as a bean, Spring Boot would also register it for every request
 * in the servlet container, outside the API's filter chain.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenStore tokens;
    private final UserStore users;
    private final ProblemResponses problems;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    BearerTokenFilter(ApiTokenStore tokens, UserStore users, ProblemResponses problems) {
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "Only 'Authorization: Bearer <token>' is accepted here.");
            return;
        }
        String hash = Tokens.sha256(header.substring(BEARER.length()).trim());
        Optional<UserStore.StoredUser> owner = tokens.findUsableOwner(hash).flatMap(users::findById)
                .filter(UserStore.StoredUser::active);
        if (owner.isEmpty()) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "The token is unknown, revoked or expired, or its owner is deactivated.");
            return;
        }
        tokens.touch(hash);
        UserStore.StoredUser user = owner.get();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user.username(), null,
                AuthorityUtils.createAuthorityList(user.authorities()));
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
