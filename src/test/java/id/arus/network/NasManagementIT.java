package id.arus.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.arus.ArusIT;
import id.arus.audit.AuditEntry;
import id.arus.audit.AuditQuery;
import id.arus.audit.AuditTrail;
import id.arus.platform.SecretCipher;
import id.arus.shared.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@ArusIT
@WithMockUser(username = "nas-admin", roles = "ADMIN")
class NasManagementIT {

    @Autowired
    NasManagement nas;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecretCipher cipher;
    @Autowired
    AuditTrail audit;

    private final String tag = UUID.randomUUID().toString().substring(0, 6);

    private NasForm form(String name, String host) {
        return new NasForm(name, host, null, false, "arus-api", "p@ss \"word\" = 1 ü", "Bandung", "POP Dago",
                NasRole.PRIMARY, null, 500, null);
    }

    @Test
    void storesTheRouterWithItsPasswordEncryptedAndAuditsWithoutIt() {
        Nas created = nas.create(form("NAS Dago " + tag, "10.20.0." + (int) (Math.random() * 200 + 1)));

        assertThat(created.apiPort()).isEqualTo(8728);
        assertThat(created.hasPassword()).isTrue();
        String stored = jdbc.sql("select password_cipher from nas where id = ?").param(created.id()).query(String.class).single();
        assertThat(stored).doesNotContain("p@ss");
        assertThat(cipher.decrypt(stored)).isEqualTo("p@ss \"word\" = 1 ü");

        List<AuditEntry> entries = audit.search(new AuditQuery(null, null, null, "network.nas.created", "NAS Dago " + tag), 0, 5);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).after()).contains("\"password\":\"***\"").doesNotContain("p@ss");
    }

    @Test
    void editingWithoutAPasswordKeepsTheStoredOne() {
        Nas created = nas.create(form("NAS Keep " + tag, "nas-keep-" + tag + ".isp.example"));
        String before = jdbc.sql("select password_cipher from nas where id = ?").param(created.id()).query(String.class).single();

        NasForm edit = NasForm.of(created);
        Nas updated = nas.update(created.id(), new NasForm(edit.name(), edit.host(), 8729, true, edit.username(), null,
                edit.site(), edit.location(), edit.role(), edit.backupOf(), 800, "moved to TLS"));

        assertThat(updated.tls()).isTrue();
        assertThat(updated.capacity()).isEqualTo(800);
        assertThat(jdbc.sql("select password_cipher from nas where id = ?").param(created.id()).query(String.class).single())
                .isEqualTo(before);
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        NasForm bad = new NasForm(" ", "300.1.1.1", 70000, false, "", null, null, null, NasRole.BACKUP, null, -1, null);

        assertThatThrownBy(() -> nas.create(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors()).containsOnlyKeys("name", "host", "apiPort", "username", "password", "backupOf", "capacity"));
    }

    @Test
    void refusesADuplicateNameOrEndpoint() {
        nas.create(form("NAS Dup " + tag, "nas-dup-" + tag + ".isp.example"));

        assertThatThrownBy(() -> nas.create(form("nas dup " + tag, "other-" + tag + ".isp.example")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("name"));
        assertThatThrownBy(() -> nas.create(form("NAS Dup2 " + tag, "NAS-DUP-" + tag + ".isp.example")))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors().get("host")).containsExactly("nas.endpoint.taken"));
    }

    @Test
    void aBackupStandsByForAPrimaryWhichCannotBeRemovedWhileItDoes() {
        Nas primary = nas.create(form("NAS Primary " + tag, "primary-" + tag + ".isp.example"));
        Nas backup = nas.create(new NasForm("NAS Backup " + tag, "backup-" + tag + ".isp.example", null, false, "arus-api",
                "secret-1", null, null, NasRole.BACKUP, primary.id(), null, null));

        assertThat(backup.backupOf()).isEqualTo(primary.id());
        assertThatThrownBy(() -> nas.remove(primary.id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("backupOf"));
        assertThatThrownBy(() -> nas.create(new NasForm("NAS Chain " + tag, "chain-" + tag + ".isp.example", null, false,
                "arus-api", "secret-1", null, null, NasRole.BACKUP, backup.id(), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.fieldErrors().get("backupOf")).containsExactly("nas.backupOf.notPrimary"));

        nas.remove(backup.id());
        nas.remove(primary.id());
        assertThat(nas.list()).extracting(Nas::name).doesNotContain("NAS Primary " + tag, "NAS Backup " + tag);
    }

    @Test
    @WithMockUser(username = "nas-finance", roles = "FINANCE")
    void financeAndCustomersCannotReachTheRegistry() {
        assertThatThrownBy(() -> nas.list()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "nas-cs", roles = "CS")
    void customerServiceMayLookButNotChange() {
        nas.list();
        assertThatThrownBy(() -> nas.create(form("NAS CS " + tag, "cs-" + tag + ".isp.example")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
