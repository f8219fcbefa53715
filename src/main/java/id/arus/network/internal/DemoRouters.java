package id.arus.network.internal;

import id.arus.audit.AuditRecord;
import id.arus.audit.AuditTrail;
import id.arus.network.NasForm;
import id.arus.network.NasRole;
import id.arus.platform.SecretCipher;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers the demo's three simulated routers (README, "Simulated routers") on an empty registry, so a
 * newcomer finds routers to test and work with. The demo profile never runs in production.
 */
@Component
@Profile("demo")
class DemoRouters {

    private static final Logger log = LoggerFactory.getLogger(DemoRouters.class);
    /** The simulators' documented demo login. */
    private static final String USER = "admin";
    private static final String PASSWORD = "sim-demo123";

    static final List<NasForm> ROUTERS = List.of(
            new NasForm("NAS Bandung", "127.0.0.1", 18728, false, USER, PASSWORD, "Bandung", "POP Dago (RouterOS 6.49)",
                    NasRole.PRIMARY, null, 2000, "Simulated RouterOS 6.49"),
            new NasForm("NAS Cimahi", "127.0.0.1", 18729, false, USER, PASSWORD, "Cimahi", "POP Cimahi (RouterOS 7.16)",
                    NasRole.PRIMARY, null, 1000, "Simulated RouterOS 7.16"),
            new NasForm("NAS Sumedang", "127.0.0.1", 18730, false, USER, PASSWORD, "Sumedang", "POP Jatinangor (RouterOS 7.20)",
                    NasRole.PRIMARY, null, 500, "Simulated RouterOS 7.20, which answers an empty print with !empty"));

    private final NasStore store;
    private final SecretCipher cipher;
    private final AuditTrail audit;

    DemoRouters(NasStore store, SecretCipher cipher, AuditTrail audit) {
        this.store = store;
        this.cipher = cipher;
        this.audit = audit;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void registerOnEmptyRegistry() {
        if (!store.findAll().isEmpty()) {
            return;
        }
        for (NasForm form : ROUTERS) {
            store.insert(new NasRules(store).validate(form, null), cipher.encrypt(form.password()));
            audit.record(AuditRecord.system("network.nas.created", "nas:" + form.name())
                    .withAfter(Map.of("endpoint", form.host() + ":" + form.apiPort(), "demo", true)));
        }
        log.info("Registered the demo's simulated routers: {}", ROUTERS.stream().map(NasForm::name).toList());
    }
}
