package id.arus;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.spring.SpringInstantiator;
import id.arus.shell.ArusI18n;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * Karibu-Testing inside the shared Spring test context: a mocked Vaadin servlet whose instantiator is
 * Spring's, so views get their beans and translations exactly as in the running app, without a browser.
 */
public final class KaribuSpring {

    private KaribuSpring() {
    }

    /** Mocks a Vaadin session signed in as the user with the roles, for this thread. */
    public static void setUp(ApplicationContext context, String username, String... roles) {
        List<SimpleGrantedAuthority> authorities = java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
        User principal = new User(username, "n/a", authorities);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, authorities));
        MockVaadin.setup(MockedUI::new, new SpringMockServlet(context));
        // the JVM's locale would leak in otherwise; Arus speaks Indonesian unless the user chose English
        UI.getCurrent().setLocale(ArusI18n.INDONESIAN);
    }

    public static void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Creates the view as Vaadin would (a Spring bean with its constructor dependencies) and shows it. */
    public static <T extends Component> T show(ApplicationContext context, Class<T> view) {
        T instance = context.getAutowireCapableBeanFactory().createBean(view);
        UI.getCurrent().add(instance);
        return instance;
    }

    private static final class SpringMockServlet extends MockVaadinServlet {
        private final transient ApplicationContext context;

        SpringMockServlet(ApplicationContext context) {
            super(new Routes(), MockedUI::new);
            this.context = context;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
            MockService service = new MockService(this, configuration, getUiFactory()) {
                private Instantiator spring;

                @Override
                public Instantiator getInstantiator() {
                    if (spring == null) {
                        spring = new SpringInstantiator(this, context);
                    }
                    return spring;
                }
            };
            service.init();
            return service;
        }
    }
}
