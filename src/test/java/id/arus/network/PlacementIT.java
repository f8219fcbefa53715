package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Placement over several NAS of one site. No router is contacted: the statuses are rows of the history
 * as the prober writes them, and subscribers are desired PPP secrets.
 */
@ArusIT
@WithMockUser(username = "placement-noc", roles = "NOC")
class PlacementIT {

    @Autowired
    Placement placement;
    @Autowired
    NasManagement registry;
    @Autowired
    DesiredState desired;
    @Autowired
    JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);
    private final String site = "Site " + tag;
    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void removeNas() throws InterruptedException {
        FailoverTestNas.remove(registry, created);
    }

    @Test
    void choosesTheAvailablePrimaryWithTheMostHeadroom() {
        long roomy = nas("roomy", site, NasRole.PRIMARY, null, 10, 4);          // 6 left
        long fuller = nas("fuller", site, NasRole.PRIMARY, null, 10, 7);        // 3 left
        nas("unsized", site, NasRole.PRIMARY, null, null, 0);                   // after the sized ones
        long full = nas("full", site, NasRole.PRIMARY, null, 5, 5);             // no room
        long down = nas("down", site, NasRole.PRIMARY, null, 100, 0);           // most room, but unreachable
        long failedOver = nas("failed-over", site, NasRole.PRIMARY, null, 100, 0);
        long backup = nas("standby", site, NasRole.BACKUP, failedOver, 100, 0); // backups are not placed on
        nas("elsewhere", "Other " + tag, NasRole.PRIMARY, null, 100, 0);
        status(roomy, "ONLINE");
        status(down, "ONLINE");
        status(down, "UNREACHABLE");
        jdbc.sql("insert into nas_failover (primary_id, backup_id, reason) values (?, ?, 'test')")
                .param(failedOver).param(backup).update();

        assertThat(placement.choose(" site " + tag.toUpperCase() + " ").id()).as("site matched regardless of case and spaces")
                .isEqualTo(roomy);
        assertThat(placement.candidates(site)).extracting(c -> c.nas().name())
                .containsExactly("roomy " + tag, "fuller " + tag, "unsized " + tag);
        assertThat(placement.candidates(site)).extracting(PlacementCandidate::headroom).startsWith(6, 3);

        status(roomy, "LOGIN_REFUSED");
        assertThat(placement.choose(site).id()).as("cannot provision where Arus cannot log in").isEqualTo(fuller);
        assertThat(List.of(full, down, failedOver, backup)).doesNotContain(placement.choose(site).id());
    }

    @Test
    void hotspotUsersTakeRoomLikePppSubscribers() {
        long mixed = nas("mixed", site, NasRole.PRIMARY, null, 10, 5);          // 5 PPP + 4 hotspot: 1 left
        long plain = nas("plain", site, NasRole.PRIMARY, null, 10, 7);          // 3 left
        for (int i = 0; i < 4; i++) {
            desired.putHotspotUser(mixed, new HotspotUser("voucher-" + i + "-" + tag, "pw", null, false, null));
        }
        status(mixed, "ONLINE");
        status(plain, "ONLINE");

        assertThat(placement.choose(site).id()).isEqualTo(plain);
        assertThat(placement.candidates(site)).extracting(PlacementCandidate::headroom).containsExactly(3, 1);
    }

    @Test
    void saysWhyNoNasCanTakeTheSubscriber() {
        long only = nas("only", site, NasRole.PRIMARY, null, 2, 2);
        status(only, "ONLINE");

        assertThatThrownBy(() -> placement.choose(site)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("site", List.of("placement.site.full")));
        assertThatThrownBy(() -> placement.choose("Nowhere " + tag)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("site", List.of("placement.site.unknown")));
        assertThatThrownBy(() -> placement.choose(" ")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("site", List.of("placement.site.required")));
    }

    @Test
    @WithMockUser(username = "placement-finance", roles = "FINANCE")
    void financeHasNoBusinessPlacingSubscribers() {
        assertThatThrownBy(() -> placement.choose(site)).isInstanceOf(AccessDeniedException.class);
    }

    private long nas(String name, String siteName, NasRole role, Long backupOf, Integer capacity, int subscribers) {
        long id = registry.create(new NasForm(name + " " + tag, name + "-" + tag + ".isp.example", 8728, false, "api", "secret-pw",
                siteName, null, role, backupOf, capacity, null)).id();
        created.add(id);
        if (subscribers > 0) {
            desired.putPppSecrets(id, IntStream.range(0, subscribers)
                    .mapToObj(i -> new PppUser(name + "-" + i + "-" + tag, "pw", null, null, null, false, null)).toList());
        }
        return id;
    }

    /** A status change as the prober records it. */
    private void status(long nasId, String status) {
        jdbc.sql("insert into nas_status_change (nas_id, status) values (?, ?)").param(nasId).param(status).update();
    }
}
