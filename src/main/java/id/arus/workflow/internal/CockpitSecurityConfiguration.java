package id.arus.workflow.internal;

import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * The Camunda cockpit at {@code /camunda} is for admins, behind Arus's own sign-in: nobody ever sees a
 * Camunda login form. Spring Security decides who gets in (ADMIN; others get 403, strangers go to
 * {@code /login}), then {@link ContainerBasedAuthenticationFilter} tells the webapp who it is talking to.
 */
@Configuration(proxyBeanMethods = false)
class CockpitSecurityConfiguration {

    /** Before the staff app's chain (order 100), which would otherwise claim {@code /camunda/**}. */
    @Bean
    @Order(50)
    SecurityFilterChain cockpitSecurityFilterChain(HttpSecurity http) throws Exception {
        // Explicit Ant matchers: the webapp's API is served by Jersey servlets, not Spring MVC, which
        // MVC-aware string matchers would not match (see shared/reference/stack.md).
        http.securityMatcher(AntPathRequestMatcher.antMatcher("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("ADMIN"))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // The webapp sends its own CSRF token (X-XSRF-TOKEN) checked by its CsrfPreventionFilter;
                // Spring's would reject every cockpit POST for lack of a token it never handed out.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * Runs after the Spring Security filter chain (order -100) and before the webapp's own filters, which
     * the Camunda starter registers later with the servlet context.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("Arus Camunda container authentication");
        registration.setInitParameters(Map.of("authentication-provider", SpringSecurityAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(101);
        return registration;
    }
}
