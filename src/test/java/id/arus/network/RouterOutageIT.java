package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import id.arus.ArusIT;
import id.arus.TestInfrastructure;
import id.arus.settings.SettingsManagement;
import id.arus.sim.routeros.RouterOsVersion;
import id.arus.sim.routeros.SimulatedRouter;
import id.arus.workflow.InboxFilter;
import id.arus.workflow.InboxTask;
import id.arus.workflow.TaskInbox;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A simulated router goes down and comes back: the NOC gets an inbox task and a mail, a repeated "down"
 * changes nothing, and the router's return mails the NOC, closes the task and ends the outage process.
 * The status changes are real probes of the simulator; the event is published here from the probe's result
 * as the status recorder publishes it (publishing twice is harmless: one outage per NAS).
 */
@ArusIT
class RouterOutageIT {

    /** The mails go out from the engine's job executor. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    NasManagement registry;
    @Autowired
    SettingsManagement settings;
    @Autowired
    TaskInbox inbox;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    private final GreenMail smtp = TestInfrastructure.mail();
    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final String noc = "noc-" + tag + "@isp.example";

    @AfterEach
    void signOut() {
        NetworkTestSupport.signIn("outage-admin", "ADMIN");
        settings.updateNocEmail(null);
        SecurityContextHolder.clearContext();
    }

    @Test
    void theNocHearsWhenARouterGoesDownAndWhenItComesBack() throws Exception {
        NetworkTestSupport.signIn("outage-admin", "ADMIN");
        settings.updateNocEmail(noc);
        NetworkTestSupport.signIn("outage-noc", "NOC");
        SimulatedRouter router = SimulatedRouter.builder(RouterOsVersion.V7_16).start();
        int port = router.port();
        Nas nas = registry.create(new NasForm("Outage " + tag, "127.0.0.1", port, false, router.username(),
                router.password(), "Lab", null, NasRole.PRIMARY, null, null, null));
        assertThat(registry.testConnection(nas.id()).status()).isEqualTo(NasStatus.ONLINE);
        String key = "NAS-" + nas.id();
        InboxFilter outageTasks = InboxFilter.all().withBusinessKey(key);

        router.close();
        NasProbe down = registry.testConnection(nas.id());
        assertThat(down.status()).isEqualTo(NasStatus.UNREACHABLE);
        statusChanged(new NasStatusChanged(nas.id(), nas.name(), NasStatus.ONLINE, down.status(), down.detail(), down.checkedAt()));

        NetworkTestSupport.await("the NOC's inbox task", WAIT, () -> inbox.count(outageTasks) == 1);
        List<InboxTask> tasks = inbox.tasks(outageTasks, 0, 10);
        assertThat(tasks).singleElement().satisfies(t -> {
            assertThat(t.name()).startsWith("Router " + nas.name() + " mati sejak ").endsWith(": periksa");
            assertThat(t.processKey()).isEqualTo("RouterOutageProcess");
        });
        NetworkTestSupport.await("the down mail", WAIT, () -> mailsTo(noc).size() == 1);
        MimeMessage downMail = mailsTo(noc).get(0);
        assertThat(downMail.getSubject()).isEqualTo("Router " + nas.name() + " mati / is down");
        assertThat(String.valueOf(downMail.getContent())).contains("is down since").contains(down.detail());

        statusChanged(new NasStatusChanged(nas.id(), nas.name(), NasStatus.UNREACHABLE, NasStatus.ERROR, "still down", down.checkedAt()));
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).as("one outage per NAS").isEqualTo(1);

        try (SimulatedRouter back = SimulatedRouter.builder(RouterOsVersion.V7_16).port(port)
                .credentials(router.username(), router.password()).start()) {
            NasProbe up = registry.testConnection(nas.id());
            assertThat(up.status()).isEqualTo(NasStatus.ONLINE);
            statusChanged(new NasStatusChanged(nas.id(), nas.name(), NasStatus.UNREACHABLE, NasStatus.ONLINE, null, up.checkedAt()));

            NetworkTestSupport.await("the back mail", WAIT, () -> mailsTo(noc).size() == 2);
            MimeMessage backMail = mailsTo(noc).get(1);
            assertThat(backMail.getSubject()).isEqualTo("Router " + nas.name() + " kembali / is back up");
            assertThat(String.valueOf(backMail.getContent())).contains("is back up after 0 minutes");
            NetworkTestSupport.await("the outage ended", WAIT, () -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count() == 0);
            assertThat(inbox.count(outageTasks)).as("the task closed").isZero();
        }
        assertThat(mailsTo(noc)).as("each mail once").hasSize(2);
    }

    private void statusChanged(NasStatusChanged event) {
        NetworkTestSupport.publishCommitted(transactions, events, event);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }


}
