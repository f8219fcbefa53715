package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.shared.GeoPoint;
import id.arus.shared.InvalidInputException;
import id.arus.shared.SystemIdentity;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** ODPs: unique codes, validation in message keys, audit, and the removal event. */
@ArusIT
@RecordApplicationEvents
@WithMockUser(username = "odp-tech", roles = "TECHNICIAN")
class DistributionPointsIT {

    @Autowired
    DistributionPoints odps;
    @Autowired
    NasManagement registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    private final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private long nas;
    private long other;

    @BeforeEach
    void registerNas() {
        nas = SystemIdentity.call("odp-test", () -> registry.create(new NasForm("ODP " + tag, "127.0.0.1", NetworkTestSupport.nowherePort(),
                false, "admin", "pw-1", null, null, NasRole.PRIMARY, null, null, null)).id());
        other = SystemIdentity.call("odp-test", () -> registry.create(new NasForm("ODP other " + tag, "127.0.0.1",
                NetworkTestSupport.nowherePort(), false, "admin", "pw-1", null, null, NasRole.PRIMARY, null, null, null)).id());
    }

    @Test
    void createsChangesListsAndRemovesWithAuditAndAnEvent() {
        DistributionPoint odp = odps.create(" odp-slm-" + tag + " ", "ODP Sleman 1", nas, new GeoPoint(-7.75, 110.37), 16);
        assertThat(odp.code()).isEqualTo("ODP-SLM-" + tag);
        assertThat(odps.findByCode("odp-slm-" + tag)).contains(odp);
        assertThat(odps.ofNas(nas)).containsExactly(odp);

        DistributionPoint moved = odps.update(odp.id(), "ODP Sleman 1A", other, new GeoPoint(-7.76, 110.38), 24);
        assertThat(odps.ofNas(nas)).isEmpty();
        assertThat(odps.ofNas(other)).containsExactly(moved);
        assertThat(odps.list()).contains(moved);

        odps.remove(odp.id());
        odps.remove(odp.id());
        assertThat(odps.findByCode(odp.code())).isEmpty();
        assertThat(events.stream(DistributionPointRemoved.class))
                .containsExactly(new DistributionPointRemoved(odp.id(), odp.code(), other));
        assertThat(jdbc.queryForList("select action from audit_entry where subject = ? order by id", String.class, "odp:" + odp.code()))
                .containsExactly("network.odp.created", "network.odp.changed", "network.odp.removed");
    }

    @Test
    void badInputIsNamedByField() {
        odps.create("ODP-A-" + tag, "A", nas, new GeoPoint(-7.7, 110.4), 8);
        assertField(() -> odps.create("odp-a-" + tag, "A again", nas, new GeoPoint(-7.7, 110.4), 8), "code", "odp.code.taken");
        assertField(() -> odps.create("ODP A " + tag, "A", nas, new GeoPoint(-7.7, 110.4), 8), "code", "odp.code.invalid");
        assertField(() -> odps.create("ODP-B-" + tag, " ", nas, new GeoPoint(-7.7, 110.4), 8), "name", "odp.name.required");
        assertField(() -> odps.create("ODP-B-" + tag, "B", -1, new GeoPoint(-7.7, 110.4), 8), "nas", "odp.nas.unknown");
        assertField(() -> odps.create("ODP-B-" + tag, "B", nas, null, 8), "location", "odp.location.required");
        assertField(() -> odps.create("ODP-B-" + tag, "B", nas, new GeoPoint(-7.7, 110.4), 0), "ports", "odp.ports.range");
    }

    @Test
    @WithMockUser(username = "odp-cs", roles = "CS")
    void customerServiceOnlyReads() {
        assertThat(odps.ofNas(nas)).isEmpty();
        assertThatThrownBy(() -> odps.create("ODP-C-" + tag, "C", nas, new GeoPoint(-7.7, 110.4), 8))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(field, List.of(key)));
    }
}
