package id.arus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import id.arus.identity.MyAccount;
import id.arus.identity.TestUsers;
import id.arus.identity.internal.UserStore;
import id.arus.shared.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Who may open what, for every role. Views are found by scanning {@code id.arus} for {@code @Route}, so
 * a view added by any module is checked automatically: it must have an entry in {@link #VIEWS}, or
 * this test fails and says which entry to add. API resources are called over HTTP with a token of a
 * user holding exactly one role.
 */
@ArusIT
class RoleMatrixIT {

    /** Who may open a view. */
    enum Access {
        /** everyone, also without signing in */
        PUBLIC,
        /** every signed-in user, customers included */
        SIGNED_IN,
        /** every staff role, not customers */
        STAFF,
        /** the staff who look after routers or talk to their subscribers, not finance */
        NETWORK,
        /** the staff who operate routers: see their configuration drift, not customer service */
        NETWORK_OPS,
        /** the plan catalogue: ADMIN and FINANCE change it, NOC and CS read it; not technicians */
        PLANS,
        /** process incidents: ADMIN, NOC and CS follow up stuck processes */
        PROCESS_OPS,
        /** the staff who register and edit customers (and sign them up for subscriptions) */
        CUSTOMER_CARE,
        /** billing rules and money matters: ADMIN and FINANCE */
        BILLING_RULES,
        /** the financial reports: ADMIN and FINANCE */
        FINANCE_REPORTS,
        /** a customer's billing history: finance and customer service */
        BILLING_HISTORY,
        ADMIN,
        /** billing runs: finance and admins */
        BILLING_RUNS,
        /** invoices: ADMIN, FINANCE and CS read */
        INVOICE_READERS,
        /** invoices: ADMIN and FINANCE issue and void */
        INVOICE_ACTORS,
        /** payments and the gateways' callback log: ADMIN and FINANCE act, CS reads */
        PAYMENTS,
        /** the customer portal: customers only (staff have the staff app) */
        CUSTOMER;

        boolean allows(Role role) {
            return switch (this) {
                case PUBLIC, SIGNED_IN -> true;
                case STAFF -> role.isStaff();
                case NETWORK -> role.isStaff() && role != Role.FINANCE;
                case NETWORK_OPS -> role == Role.ADMIN || role == Role.NOC || role == Role.TECHNICIAN;
                case PLANS -> role == Role.ADMIN || role == Role.FINANCE || role == Role.NOC || role == Role.CS;
                case PROCESS_OPS -> role == Role.ADMIN || role == Role.NOC || role == Role.CS;
                case CUSTOMER_CARE -> role == Role.ADMIN || role == Role.CS;
                case BILLING_RULES -> role == Role.ADMIN || role == Role.FINANCE;
                case FINANCE_REPORTS -> role == Role.ADMIN || role == Role.FINANCE;
                case BILLING_HISTORY -> role == Role.ADMIN || role == Role.FINANCE || role == Role.CS;
                case ADMIN -> role == Role.ADMIN;
                case BILLING_RUNS -> role == Role.ADMIN || role == Role.FINANCE;
                case INVOICE_READERS -> role == Role.ADMIN || role == Role.FINANCE || role == Role.CS;
                case INVOICE_ACTORS -> role == Role.ADMIN || role == Role.FINANCE;
                case PAYMENTS -> role == Role.ADMIN || role == Role.FINANCE || role == Role.CS;
                case CUSTOMER -> role == Role.CUSTOMER;
            };
        }
    }

    /**
     * The expected access of every view, by route path. A new view needs a line here: the test names
     * the missing route. Anything under {@code admin/} must be {@link Access#ADMIN}.
     */
    static final Map<String, Access> VIEWS = Map.ofEntries(
            Map.entry("login", Access.PUBLIC),
            Map.entry("password-reset", Access.PUBLIC),
            Map.entry("password-reset/:token", Access.PUBLIC),
            Map.entry("", Access.STAFF),
            Map.entry("profile", Access.SIGNED_IN),
            Map.entry("inbox", Access.STAFF),
            Map.entry("network/nas", Access.NETWORK),
            Map.entry("network/nas/:nasId", Access.NETWORK),
            Map.entry("inbox/task", Access.STAFF),
            Map.entry("network/drift", Access.NETWORK_OPS),
            Map.entry("network/failover", Access.NETWORK),
            Map.entry("network/backups", Access.NETWORK_OPS),
            Map.entry("network/incidents", Access.NETWORK),
            Map.entry("network/subscribers", Access.NETWORK_OPS),
            Map.entry("subscriptions", Access.STAFF),
            Map.entry("subscriptions/new", Access.CUSTOMER_CARE),
            Map.entry("subscriptions/:number", Access.STAFF),
            Map.entry("network/pools", Access.NETWORK),
            Map.entry("network/odp", Access.NETWORK),
            Map.entry("customers", Access.STAFF),
            Map.entry("customers/:code", Access.STAFF),
            Map.entry("customers/new", Access.CUSTOMER_CARE),
            Map.entry("customers/import", Access.CUSTOMER_CARE),
            Map.entry("customers/categories", Access.ADMIN),
            Map.entry("map", Access.NETWORK),
            Map.entry("network/topology", Access.NETWORK),
            Map.entry("admin/users", Access.ADMIN),
            Map.entry("admin/audit", Access.ADMIN),
            Map.entry("admin/settings", Access.ADMIN),
            Map.entry("admin/artifacts", Access.ADMIN),
            Map.entry("plans", Access.PLANS),
            Map.entry("billing/runs", Access.BILLING_RUNS),
            Map.entry("workflow/incidents", Access.PROCESS_OPS),
            Map.entry("billing/rules", Access.BILLING_RULES),
            Map.entry("tickets", Access.NETWORK),
            Map.entry("tickets/:number", Access.NETWORK),
            Map.entry("portal", Access.CUSTOMER),
            Map.entry("portal/daftar", Access.PUBLIC),
            Map.entry("portal/profil", Access.CUSTOMER),
            Map.entry("portal/dokumen", Access.CUSTOMER),
            Map.entry("portal/tiket", Access.CUSTOMER),
            Map.entry("portal/tiket/:number", Access.CUSTOMER),
            Map.entry("billing/invoices", Access.INVOICE_READERS),
            Map.entry("billing/invoices/:number", Access.INVOICE_READERS),
            Map.entry("billing/invoices/new", Access.INVOICE_ACTORS),
            Map.entry("portal/tagihan", Access.CUSTOMER),
            Map.entry("billing/payments", Access.PAYMENTS),
            Map.entry("billing/payments/callbacks", Access.PAYMENTS),
            Map.entry("portal/bayar/:number", Access.CUSTOMER),
            Map.entry("portal/bayar/:number/selesai", Access.CUSTOMER),
            Map.entry("reports/revenue", Access.FINANCE_REPORTS),
            Map.entry("reports/aging", Access.FINANCE_REPORTS),
            Map.entry("reports/methods", Access.FINANCE_REPORTS),
            Map.entry("reports/tax", Access.FINANCE_REPORTS),
            Map.entry("reports/customers/:code?", Access.BILLING_HISTORY));

    /** An API call and the roles that may make it; every other role gets 403 and anonymous callers 401. */
    record Endpoint(String method, String path, String body, int success, Set<Role> allowed) {
    }

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN_ONLY = EnumSet.of(Role.ADMIN);

    @LocalServerPort
    int port;
    @Autowired
    UserStore store;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    MyAccount account;
    @Autowired
    JdbcClient jdbc;

    /** One user and token per role, shared by the API checks. */
    private static final Map<Role, String[]> TOKENS = new EnumMap<>(Role.class);

    @BeforeEach
    void usersPerRole() throws Exception {
        if (!TOKENS.isEmpty()) {
            return;
        }
        TestUsers users = new TestUsers(store, passwords);
        for (Role role : Role.values()) {
            String name = users.create("matrix-" + role.name().toLowerCase(), role);
            TOKENS.put(role, new String[] {name, users.as(name, () -> account.createToken("matrix", null).secret())});
        }
    }

    @Test
    void everyViewHasAnExpectedAccessAndTheAnnotationsMatchIt() throws Exception {
        Map<String, Class<?>> routes = discoverRoutes();
        assertThat(routes).as("views found by the classpath scan").isNotEmpty();

        List<String> problems = new ArrayList<>();
        for (var route : routes.entrySet()) {
            String path = route.getKey();
            Class<?> view = route.getValue();
            Access expected = VIEWS.get(path);
            if (expected == null) {
                problems.add("View " + view.getName() + " (route '" + path + "') has no entry in RoleMatrixIT.VIEWS: "
                        + "add \"" + path + "\", Access.<PUBLIC|SIGNED_IN|STAFF|ADMIN> for who may open it");
                continue;
            }
            if (path.startsWith("admin/") && expected != Access.ADMIN) {
                problems.add("View " + view.getName() + " is under admin/ but expected " + expected + ": admin screens are ADMIN only");
            }
            AccessAnnotationChecker checker = new AccessAnnotationChecker();
            boolean anonymous = checker.hasAccess(view, null, role -> false);
            if (anonymous != (expected == Access.PUBLIC)) {
                problems.add(view.getName() + " ('" + path + "'): anonymous access " + anonymous + ", expected " + expected);
            }
            for (Role role : Role.values()) {
                Principal principal = () -> "matrix-" + role.name();
                Function<String, Boolean> hasRole = r -> r.equals(role.name());
                boolean allowed = checker.hasAccess(view, principal, hasRole);
                if (allowed != expected.allows(role)) {
                    problems.add(view.getName() + " ('" + path + "') for " + role + ": allowed " + allowed + ", expected " + expected);
                }
            }
        }
        List<String> stale = VIEWS.keySet().stream().filter(p -> !routes.containsKey(p)).sorted().toList();
        if (!stale.isEmpty()) {
            problems.add("RoleMatrixIT.VIEWS lists routes no view has any more: " + stale);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    @Test
    void everyApiResourceAnswersEachRoleAsExpected() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Role role : Role.values()) {
            String[] user = TOKENS.get(role);
            String username = user[0];
            String token = user[1];
            // a token of this user's to revoke, so DELETE has something of its own to act on
            String revocable = new TestUsers(store, passwords).as(username, () -> account.createToken("to revoke", null).secret());
            long revocableId = jdbc.sql("select id from api_token where token_hash = :h")
                    .param("h", id.arus.identity.internal.Tokens.sha256(revocable)).query(Long.class).single();
            String fresh = "matrixnew" + role.name().toLowerCase() + System.nanoTime() % 100000;
            List<Endpoint> endpoints = List.of(
                    new Endpoint("GET", "/api/v1/me", null, 200, ALL),
                    new Endpoint("GET", "/api/v1/users", null, 200, ADMIN_ONLY),
                    new Endpoint("POST", "/api/v1/users", """
                            {"username":"%s","fullName":"Matrix","email":"%s@example.id","roles":["CS"]}""".formatted(fresh, fresh),
                            201, ADMIN_ONLY),
                    new Endpoint("GET", "/api/v1/users/" + username, null, 200, ADMIN_ONLY),
                    new Endpoint("PATCH", "/api/v1/users/" + username, "{\"fullName\":\"Matrix " + role + "\"}", 200, ADMIN_ONLY),
                    new Endpoint("GET", "/api/v1/customers?limit=1", null, 200, EnumSet.complementOf(EnumSet.of(Role.CUSTOMER))),
                    new Endpoint("GET", "/api/v1/tokens", null, 200, ALL),
                    new Endpoint("POST", "/api/v1/tokens", "{\"name\":\"matrix\"}", 201, ALL),
                    new Endpoint("DELETE", "/api/v1/tokens/" + revocableId, null, 204, ALL),
                    new Endpoint("GET", "/api/v1/tickets", null, 200,
                            EnumSet.of(Role.ADMIN, Role.NOC, Role.TECHNICIAN, Role.CS, Role.CUSTOMER)),
                    new Endpoint("GET", "/api/v1/plans", null, 200, ALL),
                    new Endpoint("GET", "/api/v1/tasks", null, 200, EnumSet.complementOf(EnumSet.of(Role.CUSTOMER))),
                    new Endpoint("GET", "/api/v1/incidents", null, 200, EnumSet.of(Role.ADMIN, Role.NOC, Role.CS)),
                    new Endpoint("GET", "/api/v1/reports/revenue?from=2026-01-01&to=2026-01-31", null, 200, EnumSet.of(Role.ADMIN, Role.FINANCE)),
                    new Endpoint("GET", "/api/v1/reports/aging?asOf=2026-01-31", null, 200, EnumSet.of(Role.ADMIN, Role.FINANCE)));
            for (Endpoint e : endpoints) {
                int expected = e.allowed().contains(role) ? e.success() : 403;
                int actual = call(e, token).statusCode();
                if (actual != expected) {
                    problems.add(e.method() + " " + e.path() + " as " + role + ": " + actual + ", expected " + expected);
                }
                if (role == Role.ADMIN) {
                    int anonymous = call(e, null).statusCode();
                    if (anonymous != 401) {
                        problems.add(e.method() + " " + e.path() + " without a token: " + anonymous + ", expected 401");
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    /** Every {@code @Route} class under id.arus, by its route path. */
    static Map<String, Class<?>> discoverRoutes() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("id.arus")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            Route route = view.getAnnotation(Route.class);
            String path = route.value().equals(Route.NAMING_CONVENTION)
                    ? view.getSimpleName().replaceFirst("View$", "").toLowerCase() : route.value();
            Class<?> previous = routes.put(path.replaceFirst("^/", ""), view);
            if (previous != null) {
                fail("Two views claim route '" + path + "': " + previous.getName() + " and " + view.getName());
            }
        }
        return routes;
    }

    private HttpResponse<String> call(Endpoint e, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + e.path()))
                .method(e.method(), e.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(e.body()));
        if (e.body() != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
