package id.arus.identity.internal;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import id.arus.identity.ui.LoginView;
import id.arus.shared.SystemIdentity;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Two chains: the REST API (personal access tokens, stateless, problem JSON) takes {@code /api/**}
 * first; the staff app and the portal (Vaadin, form login, session) take everything else. Other
 * chains with a priority between them may take the Camunda cockpit.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * Wraps Vaadin's context strategy (which answers with the browser session's user even when the thread
     * was given another identity) so work run with {@link SystemIdentity} inside a browser request, such as
     * a customer's portal page reading their line from the router, is authorised as the system. The
     * wrapper becomes both the strategy bean method security uses and the static holder's strategy.
     */
    @Bean
    static BeanPostProcessor systemIdentityAwareContextStrategy() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof VaadinAwareSecurityContextHolderStrategy vaadin) {
                    SecurityContextHolderStrategy wrapped = SystemIdentity.honouredBy(vaadin);
                    SecurityContextHolder.setContextHolderStrategy(wrapped);
                    return wrapped;
                }
                return bean;
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm recorded in each hash so it can change later without a reset
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when the servlet container ends a session (timeout, logout). */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(10)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenStore tokens, UserStore users,
                                               ProblemResponses problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        // springdoc serves its UI next to the configured path, so /api/docs redirects to /api/swagger-ui/
                        .requestMatchers(HttpMethod.GET, "/api/docs", "/api/docs/**", "/api/swagger-ui/**").permitAll()
                        // also checked by UserManagement itself; here so a wrong role gets 403 before body validation
                        .requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, users, problems), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return stateless(http).build();
    }

    /**
     * Payment gateways' callbacks: no login, session, CSRF token or saved request, since a valid signature is
     * their proof and the routes check it. A chain of their own keeps thousands of callbacks a minute off the
     * browser chain's session handling.
     */
    @Bean
    @Order(20)
    SecurityFilterChain webhookSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/webhooks/**").authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return stateless(http).build();
    }

    /**
     * For callers that prove themselves on every request (a token, a signature): no session, login form, saved
     * request or logout, and no CSRF token, since no cookie is read that a cross-site request could ride on.
     */
    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
    }

    @Bean
    @Order(100)
    SecurityFilterChain vaadinSecurityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
                                                  LoginProtection loginProtection) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                .requestMatchers("/images/**", "/icons/**").permitAll()
                // public client libraries (Leaflet for the location picker on the portal's sign-up page)
                .requestMatchers(HttpMethod.GET, "/webjars/**").permitAll());
        // a session ended by an administrator (deactivation, new roles) goes back to the login page
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        http.addFilterBefore(loginProtection.filter(), UsernamePasswordAuthenticationFilter.class);
        // The login page is named here too, not only by Vaadin below: this form-login configurer is
        // initialised before Vaadin's, and without a page of its own it would switch on Spring's
        // generated "Please sign in" page in place of the LoginView.
        http.formLogin(form -> form.loginPage("/login").failureHandler(loginProtection));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/login?logout")
                .addLogoutHandler(loginProtection));
        return http.build();
    }
}
