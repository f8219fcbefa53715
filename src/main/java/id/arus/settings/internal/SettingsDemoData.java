package id.arus.settings.internal;

import id.arus.settings.CompanyProfile;
import id.arus.settings.SettingsManagement;
import id.arus.shared.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo operator's company profile, so the demo's invoices, receipts, mails and portal carry a company
 * name, address and NPWP as a real operator's would. Set only while no name is stored, so a profile a
 * newcomer edited stays; ordered first so the other demo data's invoices already find it.
 */
@Component
@Profile("demo")
class SettingsDemoData {

    private static final Logger log = LoggerFactory.getLogger(SettingsDemoData.class);
    static final CompanyProfile DEMO_COMPANY = new CompanyProfile("PT Arus Net Nusantara (demo)",
            "Jl. Kaliurang Km 7 No. 12, Sleman, DI Yogyakarta 55581", "01.234.567.8-542.000");

    private final SettingsManagement settings;

    SettingsDemoData(SettingsManagement settings) {
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public void createCompanyProfile() {
        SystemIdentity.run("demo-data", () -> {
            if (settings.company().name().isBlank()) {
                settings.updateCompany(DEMO_COMPANY);
                log.info("Set the demo company profile: {}", DEMO_COMPANY.name());
            }
        });
    }
}
