package id.arus.workflow.internal;

import id.arus.identity.UserDirectory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's own user and group tables with {@link ArusIdentityProvider}, so there is one
 * list of people (Arus's) and BPMN candidate groups are Arus's role names. Picked up by the Camunda
 * starter as a {@code ProcessEnginePlugin} bean.
 */
@Component
class ArusIdentityPlugin extends AbstractProcessEnginePlugin {

    private final UserDirectory users;

    ArusIdentityPlugin(UserDirectory users) {
        this.users = users;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new ArusIdentityProvider(users);
            }
        });
    }
}
