package id.arus;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinHelper;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinSession;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.SpringServlet;
import com.vaadin.flow.spring.SpringVaadinServletService;
import jakarta.servlet.ServletException;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless view tests (Karibu-Testing 2.5) inside the shared {@link ArusIT} context: Vaadin runs on a
 * fake servlet, views get their Spring beans, and Vaadin's access control sees the user that the test put
 * into Spring Security's context (e.g. with {@code @WithMockUser}), which in a real request Spring's
 * servlet filter would have handed to the request. Karibu 2.5 has no Spring module of its own on our
 * class path, hence the small servlet below.
 */
public final class KaribuViews {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("id.arus");

    private KaribuViews() {
    }

    /** Starts a fresh UI for the user currently in the security context. Call from {@code @BeforeEach}. */
    public static void start(ApplicationContext context) {
        MockVaadin.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            request.setUserPrincipalInt(auth);
            request.setUserInRole((principal, role) -> auth != null && auth.getAuthorities().stream()
                    .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role)));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new Servlet(context, uiFactory));
    }

    /** Starts a fresh UI in the given language (the JVM's locale would leak in otherwise). */
    public static void start(ApplicationContext context, Locale locale) {
        start(context);
        UI.getCurrent().setLocale(locale);
    }

    /** Navigates to the view as a user would, through Vaadin's router and access control, and returns it. */
    public static <T extends Component> T show(Class<T> view) {
        // the mock UI opens the root route on start; navigating to the route already shown would reuse
        // that instance, built before the test prepared its data and chose a language
        boolean alreadyShown = !LocatorJ._find(view).isEmpty();
        UI.getCurrent().navigate(view);
        if (alreadyShown) {
            UI.getCurrent().refreshCurrentRoute(false);
        }
        return LocatorJ._get(view);
    }

    /** Call from {@code @AfterEach}. */
    public static void stop() {
        MockVaadin.tearDown();
    }

    private static final class Servlet extends SpringServlet {

        private final transient ApplicationContext context;
        private final transient Function0<UI> uiFactory;

        Servlet(ApplicationContext context, Function0<UI> uiFactory) {
            super(context, false);
            this.context = context;
            this.uiFactory = uiFactory;
        }

        @Override
        protected DeploymentConfiguration createDeploymentConfiguration() throws ServletException {
            MockVaadinHelper.mockFlowBuildInfo(this);
            return super.createDeploymentConfiguration();
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
            VaadinServletService service = new SpringVaadinServletService(this, configuration, context) {
                @Override
                protected boolean isAtmosphereAvailable() {
                    return false; // no push transport without a real servlet container
                }

                @Override
                public String getMainDivId(VaadinSession session, VaadinRequest request) {
                    return "ROOT-1";
                }

                @Override
                protected VaadinSession createVaadinSession(VaadinRequest request) {
                    return new MockVaadinSession(this, uiFactory);
                }
            };
            service.init();
            ROUTES.register((VaadinServletContext) service.getContext());
            return service;
        }
    }
}
